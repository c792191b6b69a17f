package dev.migrations.spring.boot;

import dev.migrations.error.ErrorKind;
import dev.migrations.core.Migrations;
import dev.migrations.core.result.FileStatus;
import dev.migrations.core.result.StatusResult;
import dev.migrations.error.MigrationsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs {@code migrations.mode} when the application starts: migrate (through the {@link MigrationsStrategy}),
 * validate, or nothing. Spring Boot's database initialization ordering makes JPA's {@code EntityManagerFactory},
 * JDBC templates, jOOQ and {@code @DependsOnDatabaseInitialization} beans wait for this bean, and it is never lazy.
 */
public class MigrationsInitializer implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationsInitializer.class);

    private final Supplier<Migrations> migrations;
    private final MigrationsProperties.Mode mode;
    private final MigrationsStrategy strategy;

    /**
     * @param migrations gives the loaded {@link Migrations} (asked for only when the mode needs it)
     * @param mode       what to do
     * @param strategy   how to migrate; {@code null} calls {@link Migrations#migrate()}
     */
    public MigrationsInitializer(Supplier<Migrations> migrations, MigrationsProperties.Mode mode,
            MigrationsStrategy strategy) {
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.strategy = strategy;
    }

    /** What this initializer does. */
    public MigrationsProperties.Mode mode() {
        return mode;
    }

    @Override
    public void afterPropertiesSet() {
        switch (mode) {
            case MIGRATE -> {
                Migrations loaded = migrations.get();
                if (strategy != null) {
                    strategy.migrate(loaded);
                } else {
                    loaded.migrate();
                }
            }
            case VALIDATE -> validate(migrations.get());
            case NONE -> LOG.info("migrations.mode=none: the database is neither migrated nor checked at start-up");
        }
    }

    private static void validate(Migrations loaded) {
        StatusResult status = loaded.status();
        String schema = loaded.settings().schema();
        List<String> wrong = new ArrayList<>();
        if (!status.pending().isEmpty()) {
            wrong.add(status.pending().size() + " file(s) pending: " + status.pending().stream()
                    .map(MigrationsInitializer::describe).collect(Collectors.joining(", ")));
        }
        status.takeover().ifPresent(t -> wrong.add(t.tool().displayName() + "'s history " + t.table()
                + " is not taken over yet (" + t.versions() + " file(s) to record as applied)"));
        if (!status.problems().isEmpty()) {
            wrong.add("the database disagrees with the directory: " + String.join("; ", status.problems()));
        }
        if (wrong.isEmpty()) {
            LOG.info("migrations.mode=validate: schema {} is up to date at version {} ({} files)", schema,
                    status.currentVersion().orElse("(none)"), status.totalFiles());
            return;
        }
        throw new MigrationsException(ErrorKind.SCHEMA_NOT_UP_TO_DATE, "migrations.mode=validate: schema " + schema + " at version "
                + status.currentVersion().orElse("(none)") + " is not what the directory "
                + loaded.settings().directory() + " describes: " + String.join("; ", wrong) + ". Migrate it: start "
                + "with migrations.mode=migrate (the default), or apply the files with 'migrations migrate apply' "
                + "before this start. Nothing was changed.");
    }

    private static String describe(FileStatus file) {
        return file.file() + (file.repeatable() ? "" : " (version " + file.version() + ")");
    }
}
