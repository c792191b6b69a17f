package dev.migrations.junit;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One template database: created and migrated on first use, at most once per JVM, then sealed (no connections,
 * {@code datistemplate}). A failed migration is remembered: every later request gets the same error without another
 * attempt.
 *
 * <p>Copies are not serialized: PostgreSQL copies one template into several databases at once (its share lock on
 * the template allows that); what it refuses is a copy while a session is connected to the template, which sealing
 * prevents and {@link ServerDatabases#copy} waits out.
 */
final class Template {

    private static final Logger LOG = LoggerFactory.getLogger(Template.class);

    private final String key;
    private final String name;
    private final Setup setup;
    private final ServerDatabases databases;

    private boolean migrated;
    private RuntimeException failure;
    private int migrations;

    Template(String key, String name, Setup setup, ServerDatabases databases) {
        this.key = key;
        this.name = name;
        this.setup = setup;
        this.databases = databases;
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    /** The setup the template was migrated with (the first that asked for it). */
    Setup setup() {
        return setup;
    }

    /** How many times the directory was migrated into this template: 1 once it has been asked for. */
    synchronized int migrations() {
        return migrations;
    }

    synchronized boolean migrated() {
        return migrated;
    }

    /**
     * Creates and migrates the template unless that was done; threads asking at the same time wait for the one
     * doing it.
     *
     * @throws TemplateMigrationException when the directory could not be migrated (now or at the first attempt)
     */
    synchronized void ensureMigrated() {
        if (migrated) {
            return;
        }
        if (failure != null) {
            throw new TemplateMigrationException(failure.getMessage(), failure.getCause());
        }
        migrations++;
        long start = System.nanoTime();
        try {
            databases.createEmpty(name);
        } catch (RuntimeException e) {
            failure = new TemplateMigrationException("could not create a template database for " + setup.describe()
                    + ": " + e.getMessage(), e);
            throw failure;
        }
        try {
            setup.configure(databases.dataSource(name)).load().migrate();
            databases.seal(name);
        } catch (RuntimeException e) {
            failure = new TemplateMigrationException("could not migrate " + setup.describe()
                    + " into a template database: " + e.getMessage(), e);
            try {
                databases.drop(name, true);
            } catch (RuntimeException dropFailure) {
                failure.addSuppressed(dropFailure);
            }
            throw failure;
        }
        migrated = true;
        LOG.info("migrated {} into template database {} in {} ms", setup.describe(), name,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** Creates {@code copyName} from this (migrated) template. */
    void copyTo(String copyName) {
        databases.copy(name, copyName);
    }

    /** A template whose directory could not be read or migrated; the message is the library's, with context. */
    static final class TemplateMigrationException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        TemplateMigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
