package dev.migrations.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.internal.lock.MigrationLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Bad command-line options: values that cannot be parsed are usage errors (exit 2, what is valid), options that
 * conflict with the files or the database are failures (exit 1); nothing is written either way.
 */
class OptionFaultsTest extends FaultFixture {

    @Test
    void txModeAllWithANoTransactionFile() {
        write("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n");
        write("2_idx.sql", "-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply("--tx-mode", "all");

        assertFailed(run, 1, "2_idx.sql (version 2) runs outside a transaction (-- atlas:txmode none) but the transaction"
                + " mode is 'all',"
                + " which runs every pending file in one transaction; use transactionMode(TransactionMode.FILE) (the"
                + " default) for this run. Nothing was applied.");
        assertHint(run, "--tx-mode file runs each file in its own transaction");
        assertUnchanged(before);
    }

    /** A bad --tx-mode is a usage error (exit 2), not an escaped IllegalArgumentException. */
    @Test
    void invalidTxMode() {
        twoFiles();
        CatalogSnapshot before = snapshot();

        Run run = apply("--tx-mode", "sometimes");

        assertFailed(run, 2, "Invalid value for option '--tx-mode': unknown transaction mode 'sometimes': use file,"
                + " all or none");
        assertThat(run.err()).doesNotContain("java.lang.IllegalArgumentException");
        assertUnchanged(before);
    }

    /** A bad --exec-order is a usage error (exit 2), not an escaped IllegalArgumentException. */
    @Test
    void invalidExecOrder() {
        twoFiles();
        CatalogSnapshot before = snapshot();

        Run run = apply("--exec-order", "sideways");

        assertFailed(run, 2, "Invalid value for option '--exec-order': unknown exec order 'sideways': use linear,"
                + " linear-skip or non-linear");
        assertThat(run.err()).doesNotContain("java.lang.IllegalArgumentException");
        assertUnchanged(before);
    }

    @Test
    void lockTimeoutGarbage() {
        twoFiles();
        CatalogSnapshot before = snapshot();

        Run run = apply("--lock-timeout", "soon");

        assertFailed(run, 2, "'soon' is not a duration: use e.g. 500ms, 30s, 5m or 1h");
        assertUnchanged(before);
    }

    /** A negative duration is refused by the option's converter (exit 2). */
    @Test
    void lockTimeoutNegative() {
        twoFiles();
        CatalogSnapshot before = snapshot();

        Run run = apply("--lock-timeout", "-5s");

        assertFailed(run, 2, "'-5s' is not a duration: use e.g. 500ms, 30s, 5m or 1h");
        assertThat(run.err()).doesNotContain("java.lang.IllegalArgumentException");
        assertUnchanged(before);
    }

    @Test
    void lockHeldByAnotherSession() throws Exception {
        twoFiles();
        CatalogSnapshot before = snapshot();
        Properties props = new Properties();
        props.setProperty("user", db.user());
        props.setProperty("password", db.password());
        props.setProperty("ApplicationName", "faults-lock-holder");
        try (Connection holder = DriverManager.getConnection(db.jdbcUrl(), props)) {
            int pid;
            try (Statement st = holder.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            try (PreparedStatement ps = holder.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, MigrationLock.keyFor("app", "atlas_schema_revisions"));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                }
            }

            Run run = apply("--lock-timeout", "1s");

            assertFailed(run, 1, "timed out after 1s waiting for the migration lock on \"app\".\"atlas_schema_revisions\":"
                    + " held by pid " + pid + " (application_name 'faults-lock-holder', client ");
            assertFailed(run, 1, "Another instance is migrating this schema: wait for it to finish, or raise the"
                    + " lock timeout (lockTimeout(Duration)). If that instance hangs, stop the instance itself: its lock"
                    + " ends with it. Ending only pid " + pid + " (its lock session) would let another run start while the"
                    + " first one finishes the file it is on");
            assertHint(run, "--lock-timeout sets how long to wait, e.g. --lock-timeout 10m");
        }
        assertUnchanged(before);
    }

    @Test
    void dirThatDoesNotExist() {
        CatalogSnapshot before = snapshot();
        Path missing = temp.resolve("no-such-folder");

        Run run = cli("migrate", "apply", "--dir", missing.toString(), "--url", url());

        assertFailed(run, 1, "migration directory " + missing + " does not exist (looked at " + missing + "); create"
                + " it, or configure the right folder with directory(...)");
        assertHint(run, "--dir names the migration folder");
        assertUnchanged(before);
    }

    @Test
    void dirThatIsAFile() throws Exception {
        twoFiles();
        CatalogSnapshot before = snapshot();
        Path file = dir.resolve("1_users.sql");

        Run run = cli("migrate", "apply", "--dir", file.toString(), "--url", url());

        assertFailed(run, 1, file + " is not a folder; pass the folder that holds the migration files");
        assertThat(Files.isRegularFile(file)).isTrue();
        assertUnchanged(before);
    }

    @Test
    void dirOnTheClassPath() {
        CatalogSnapshot before = snapshot();

        Run run = cli("migrate", "apply", "--dir", "classpath:db/migrations", "--url", url());

        assertFailed(run, 2, "'classpath:db/migrations': the command line works on folders, not the class path; pass"
                + " the source folder, e.g. --dir src/main/resources/db/migrations");
        assertUnchanged(before);
    }

    @Test
    void unknownDirFormat() {
        twoFiles();
        CatalogSnapshot before = snapshot();

        Run run = apply("--dir-format", "liquibase");

        assertFailed(run, 2, "unknown directory format 'liquibase'; valid formats are atlas, flyway, golang-migrate");
        assertUnchanged(before);
    }
}
