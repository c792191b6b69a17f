package dev.migrations.maven;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends the migration engine's (Flyway's) log lines to the Maven log while a goal runs. Inside Maven, Flyway logs
 * through {@code java.util.logging}, which would print two-line records on standard error. Its warnings stay warnings;
 * everything else is debug output, because the library logs each file itself and reports every failure in its own,
 * more precise, words.
 */
final class FlywayLog implements AutoCloseable {

    private final Logger logger;
    private final Handler handler;
    private final boolean usedParentHandlers;

    private FlywayLog(Logger logger, Handler handler) {
        this.logger = logger;
        this.handler = handler;
        this.usedParentHandlers = logger.getUseParentHandlers();
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    static FlywayLog install(Log log) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = "flyway: " + format(record);
                if (record.getLevel().intValue() == Level.WARNING.intValue()) {
                    log.warn(message);
                } else if (log.isDebugEnabled()) {
                    log.debug(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        return new FlywayLog(Logger.getLogger("org.flywaydb"), handler);
    }

    private static String format(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        if (message != null && parameters != null && parameters.length > 0) {
            try {
                message = java.text.MessageFormat.format(message, parameters);
            } catch (IllegalArgumentException e) {
                // keep the raw message
            }
        }
        return String.valueOf(message);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(usedParentHandlers);
    }
}
