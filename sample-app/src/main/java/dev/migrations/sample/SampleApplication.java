package dev.migrations.sample;

import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.error.ErrorKind;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;

/**
 * A small Spring Boot service whose database is migrated by {@code migrations-spring-boot-starter} when it starts:
 * schema {@code app} from the release folders in the jar ({@code classpath:db/migrations}), then
 * {@code GET /health}, {@code GET /profiles} and {@code POST /users} on {@code $PORT}.
 *
 * <p>Exit codes: 0 done (or serving), 1 the start or the command failed (Spring Boot prints why), 2 usage error.
 */
@SpringBootApplication
public class SampleApplication {

    private static final Logger LOG = LoggerFactory.getLogger(SampleApplication.class);

    /** Entry point; see {@link SampleCommand#USAGE}. */
    public static void main(String[] args) {
        SampleCommand command;
        try {
            command = SampleCommand.from(new DefaultApplicationArguments(args));
        } catch (IllegalArgumentException e) {
            System.err.println("sample-app: " + e.getMessage());
            System.err.println(SampleCommand.USAGE);
            System.exit(2);
            return;
        }
        if (command.mode() == SampleCommand.Mode.HELP) {
            System.out.println(SampleCommand.USAGE);
            return;
        }
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(SampleApplication.class, command.bootArguments());
        } catch (RuntimeException e) {
            // Spring Boot has printed the failure report (for a migration error: the starter's description and fix)
            dirtyDatabase(e).ifPresent(conflict -> LOG.info("With this sample: if the schema is that of release {} "
                    + "(as --create-legacy-db makes it), adopt it with --baseline {}", LegacyDatabase.RELEASE,
                    LegacyDatabase.baselineVersion(LegacyDatabase.DIRECTORY)));
            System.exit(1);
            return;
        }
        switch (command.mode()) {
            case MIGRATE_ONLY -> System.exit(SpringApplication.exit(context));
            case CREATE_LEGACY_DB -> System.exit(createLegacyDatabase(context));
            default -> {
                // serving until the JVM is stopped; Spring Boot's shutdown hook closes the context
            }
        }
    }

    /** Says where to find the API once the web server is up. */
    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            LOG.info("listening on http://localhost:{} (GET /health, GET /profiles, POST /users); Ctrl-C stops",
                    web.getWebServer().getPort());
        }
    }

    private static int createLegacyDatabase(ConfigurableApplicationContext context) {
        int exitCode;
        try {
            String version = context.getBean(LegacyDatabase.class).create();
            LOG.info("legacy database ready: schema {} has the {} tables, rows and trigger, and no revisions table. "
                    + "Adopt it with: java -jar sample-app.jar --baseline {}", context.getEnvironment()
                    .getProperty("migrations.schema"), LegacyDatabase.RELEASE, version);
            exitCode = 0;
        } catch (RuntimeException e) {
            LOG.error("could not create the legacy database: {}", e.getMessage());
            exitCode = 1;
        }
        SpringApplication.exit(context);
        return exitCode;
    }

    private static Optional<HistoryConflictException> dirtyDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HistoryConflictException conflict
                    && conflict.kind() == ErrorKind.DIRTY_DATABASE) {
                return Optional.of(conflict);
            }
        }
        return Optional.empty();
    }
}
