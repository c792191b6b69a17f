package dev.migrations.junit;

import dev.migrations.core.Migrations;
import javax.sql.DataSource;

/**
 * A database handed to a {@link MigratedPostgres} test: a copy of the migrated template that belongs to this test
 * (or test class) alone and is dropped after it.
 *
 * <p>Inject it as a parameter of a test, lifecycle method or constructor. It is safe to use from several threads.
 */
public interface MigratedDatabase {

    /** The database's name on the server (unique for the server, e.g. {@code mjc_4711_a3f9_12}). */
    String name();

    /**
     * A libpq-style URI with credentials, {@code postgres://user:password@host:port/name}, as
     * {@code Migrations.configure().url(...)}, {@code psql} and most tools take it.
     */
    String url();

    /** The JDBC URL, without credentials: {@code jdbc:postgresql://host:port/name}. */
    String jdbcUrl();

    /** The login user (a superuser of the test server). */
    String user();

    /** The login password; may be empty. */
    String password();

    /** The schema the directory was migrated into ({@link MigratedPostgres#schema()}). */
    String schema();

    /**
     * A data source for this database. It does not pool: each {@code getConnection()} opens a new connection,
     * and a connection still open when the test ends is closed by the server when the database is dropped. The
     * {@code search_path} is the server's default; qualify names or set it when the schema is not {@code public}.
     */
    DataSource dataSource();

    /**
     * {@link Migrations} configured for this database with the test's directory, schema and format, e.g. to
     * check {@code status()} or to {@code migrate()} again (nothing is pending: the copy is at the directory's
     * latest version). Loaded on first use.
     */
    Migrations migrations();
}
