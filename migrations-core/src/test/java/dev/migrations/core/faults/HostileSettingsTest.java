package dev.migrations.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.error.DatabaseRefusedException;
import dev.migrations.core.error.MigrationFailedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Server settings that production roles and databases carry: the library's own sessions ignore the timeouts set on
 * the role or database (the run's statement timeout still applies), and a read-only database, a role without the
 * privileges the files need, or a server without a free connection is refused before anything is written.
 */
class HostileSettingsTest extends DatabaseTest {

    private String role;

    /** A login role of this test, owning the test database (so it may create in its public schema). */
    private MigrationsConfiguration asRole(String... settings) {
        role = db.name() + "_role";
        Db.exec(db, "CREATE ROLE " + role + " LOGIN");
        for (String setting : settings) {
            Db.exec(db, "ALTER ROLE " + role + " SET " + setting);
        }
        Db.exec(db, "ALTER DATABASE " + db.name() + " OWNER TO " + role, "ALTER SCHEMA public OWNER TO " + role);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(role);
        return Migrations.configure().dataSource(ds).directory(dir.location());
    }

    @AfterEach
    void dropRole() {
        if (role != null) {
            Db.exec(db, "ALTER DATABASE " + db.name() + " OWNER TO " + db.user(),
                    "ALTER SCHEMA public OWNER TO " + db.user());
            Db.exec(db, "REASSIGN OWNED BY " + role + " TO " + db.user(), "DROP OWNED BY " + role,
                    "DROP ROLE " + role);
        }
    }

    private boolean hasIdleSessionTimeout() {
        return ConnectionCutTest.serverMajor(db) >= 14;
    }

    @Test
    void theRolesIdleAndStatementTimeoutsDoNotEndALongRun() {
        dir.file("1_a.sql", "CREATE TABLE a (n int);\n")
                .file("2_slow.sql", "SELECT pg_sleep(3);\nINSERT INTO a VALUES (1);\n")
                .file("3_after.sql", "INSERT INTO a VALUES (2);\n");
        MigrationsConfiguration config = hasIdleSessionTimeout()
                ? asRole("idle_session_timeout = '1s'", "idle_in_transaction_session_timeout = '1s'",
                        "statement_timeout = '2s'")
                : asRole("idle_in_transaction_session_timeout = '1s'", "statement_timeout = '2s'");

        assertThat(config.load().migrate().applied()).hasSize(3);
        assertThat(Db.value(db, "SELECT count(*) FROM a")).isEqualTo("2");
    }

    @Test
    void theRunsStatementTimeoutStillAppliesToMigrationStatements() {
        dir.file("1_slow.sql", "CREATE TABLE a (n int);\nSELECT pg_sleep(3);\n");
        MigrationsConfiguration config = asRole("statement_timeout = '10min'")
                .statementTimeout(Duration.ofMillis(500));

        Throwable error = catchThrowable(() -> config.load().migrate());

        assertThat(error).isInstanceOf(MigrationFailedException.class);
        MigrationFailedException failed = (MigrationFailedException) error;
        assertThat(failed.fault()).isEqualTo(FaultKind.STATEMENT_TIMEOUT);
        assertThat(failed.file()).isEqualTo("1_slow.sql");
        assertThat(failed.statement()).isEqualTo(2);
        assertThat(error).hasMessageContaining("statement timeout (500 ms)");
        assertThat(Db.value(db, "SELECT to_regclass('a')")).isNull();
    }

    @Test
    void aReadOnlyDatabaseIsRefusedBeforeAnythingIsWritten() {
        dir.file("1_a.sql", "CREATE TABLE a (n int);\n");
        Db.exec(db, "ALTER DATABASE " + db.name() + " SET default_transaction_read_only = on");
        List<Map<String, String>> before = Db.catalog(db);

        Throwable error = catchThrowable(() -> config().load().migrate());

        assertThat(error).isInstanceOf(DatabaseRefusedException.class);
        assertThat(((DatabaseRefusedException) error).fault()).isEqualTo(FaultKind.READ_ONLY);
        assertThat(error).hasMessageContaining("only accepts reads").hasMessageContaining("Nothing was changed");
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void aRoleThatMayNotCreateInTheSchemaIsRefusedBeforeAnythingIsWritten() {
        dir.file("1_a.sql", "CREATE TABLE a (n int);\n");
        Db.exec(db, "CREATE SCHEMA app");
        MigrationsConfiguration config = asRole().schema("app");
        Db.exec(db, "GRANT USAGE ON SCHEMA app TO " + role);
        List<Map<String, String>> before = Db.catalog(db);

        Throwable error = catchThrowable(() -> config.load().migrate());

        assertThat(error).isInstanceOf(DatabaseRefusedException.class);
        assertThat(((DatabaseRefusedException) error).fault()).isEqualTo(FaultKind.MISSING_PRIVILEGE);
        assertThat(error).hasMessageContaining("\"" + role + "\" may not create objects in schema \"app\"")
                .hasMessageContaining("GRANT CREATE ON SCHEMA \"app\" TO \"" + role + "\"")
                .hasMessageContaining("Nothing was changed");
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void aServerWithoutAFreeConnectionIsRefusedBeforeAnythingIsWritten() {
        dir.file("1_a.sql", "CREATE TABLE a (n int);\n");
        MigrationsConfiguration config = asRole();
        Db.exec(db, "ALTER ROLE " + role + " CONNECTION LIMIT 1");
        List<Map<String, String>> before = Db.catalog(db);

        Throwable error = catchThrowable(() -> config.load().migrate());

        assertThat(error).isInstanceOf(DatabaseRefusedException.class);
        assertThat(((DatabaseRefusedException) error).fault()).isEqualTo(FaultKind.TOO_MANY_CONNECTIONS);
        assertThat(error).hasMessageContaining("accepts no more connections").hasMessageContaining("needs two")
                .hasMessageContaining("Nothing was changed");
        assertThat(Db.catalog(db)).isEqualTo(before);

        Db.exec(db, "ALTER ROLE " + role + " CONNECTION LIMIT 0");
        Throwable first = catchThrowable(() -> config.load().migrate());
        assertThat(first).isInstanceOf(DatabaseRefusedException.class);
        assertThat(((DatabaseRefusedException) first).fault()).isEqualTo(FaultKind.TOO_MANY_CONNECTIONS);
        assertThat(Db.catalog(db)).isEqualTo(before);
    }
}
