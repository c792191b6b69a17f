package dev.migrations.core.internal.run;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels a running statement on the server when the thread that runs it is interrupted. A JDBC call blocked on its
 * socket does not notice an interrupt, so one daemon thread looks at the watched threads every 100 ms and sends
 * PostgreSQL a cancel request for the statement of an interrupted one; the statement then fails with SQLSTATE 57014,
 * which {@link FaultKind#of} reads as {@link FaultKind#INTERRUPTED}.
 */
public final class InterruptWatch {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptWatch.class);
    private static final long POLL_MILLIS = 100;
    private static final Map<Thread, Statement> RUNNING = new ConcurrentHashMap<>();
    private static volatile Thread watcher;

    private InterruptWatch() {
    }

    /** A statement run by the current thread, watched until {@link #close()}. */
    public static Watched watch(Statement statement) {
        Thread current = Thread.currentThread();
        RUNNING.put(current, statement);
        startWatcher();
        return () -> RUNNING.remove(current, statement);
    }

    /** Ends the watch of one statement. */
    @FunctionalInterface
    public interface Watched extends AutoCloseable {
        @Override
        void close();
    }

    private static void startWatcher() {
        if (watcher != null) {
            return;
        }
        synchronized (InterruptWatch.class) {
            if (watcher != null) {
                return;
            }
            Thread t = new Thread(InterruptWatch::loop, "migrations-interrupt-watch");
            t.setDaemon(true);
            t.start();
            watcher = t;
        }
    }

    private static void loop() {
        while (true) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            RUNNING.forEach((thread, statement) -> {
                if (thread.isInterrupted() && RUNNING.remove(thread, statement)) {
                    try {
                        LOG.info("the migrating thread {} was interrupted: cancelling its running statement",
                                thread.getName());
                        statement.cancel();
                    } catch (SQLException e) {
                        LOG.debug("could not cancel the statement of an interrupted thread: {}", e.getMessage());
                    }
                }
            });
        }
    }
}
