package dev.migrations.junit;

import dev.migrations.sql.dir.DirectoryFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the tests of a class a real PostgreSQL database, migrated from a migration directory.
 *
 * <pre>{@code
 * @MigratedPostgres(directory = "classpath:db/migrations", schema = "app")
 * class UserRepositoryTest {
 *
 *     @Test
 *     void savesUsers(DataSource dataSource) { ... }          // a database of this test's own
 *
 *     @Test
 *     void readsTheSchemaVersion(MigratedDatabase db) {        // the same, with its URL, name and Migrations
 *         assertThat(db.migrations().status().pending()).isEmpty();
 *     }
 * }
 * }</pre>
 *
 * <p>Parameters of type {@link javax.sql.DataSource} or {@link MigratedDatabase} are injected into test methods,
 * {@code @BeforeEach}/{@code @AfterEach} methods and constructors (with {@link Isolation#PER_CLASS} also into
 * {@code @BeforeAll}/{@code @AfterAll} methods). Within one test they all denote the same database.
 *
 * <p>The directory is migrated once per JVM into a template database; every test (or test class, see
 * {@link #isolation()}) then gets a copy made with {@code CREATE DATABASE ... TEMPLATE}, which takes milliseconds
 * whatever the number of migration files, and which is dropped when the test (or class) is done. Copies for tests
 * that run in parallel are made safely. Configurations that differ in directory content, schema or format get
 * templates of their own.
 *
 * <p>The server is the one the project's own tests use: the server named by the environment variable
 * {@code MIGRATIONS_TEST_URL} when it is set, else a Testcontainers {@code postgres} container when a Docker engine
 * answers, else an embedded PostgreSQL started in the test JVM.
 *
 * <p>A directory that cannot be read or migrated fails every test that asks for a database, with the library's
 * message (the file, the statement, the line and the server's error).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(MigratedPostgresExtension.class)
public @interface MigratedPostgres {

    /**
     * The migration directory, as {@code Migrations.configure().directory(...)} takes it: a path (relative to the
     * working directory), {@code file://path}, or {@code classpath:location} (the default,
     * {@code classpath:db/migrations}), resolved with the test class's class loader. It may be a root of release
     * folders.
     */
    String directory() default "classpath:db/migrations";

    /** The target schema the files run in; the revisions table and the journal live there too. */
    String schema() default "public";

    /** The directory layout (default {@link DirectoryFormat#AUTO}: recognised from the files). */
    DirectoryFormat format() default DirectoryFormat.AUTO;

    /** Whether each test method or each test class gets a database of its own (default: each method). */
    Isolation isolation() default Isolation.PER_METHOD;
}
