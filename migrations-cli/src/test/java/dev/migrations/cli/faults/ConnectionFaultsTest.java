package dev.migrations.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Bad database URLs, credentials and schema names. The password is in every URL here and must never be printed,
 * not even with {@code --verbose}.
 */
class ConnectionFaultsTest extends FaultFixture {

    private String hostPort() {
        return db.server().host() + ":" + db.server().port();
    }

    private Run applyWithUrl(String url, String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"migrate", "apply", "--dir", dirArg(), "--url", url}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return cli(args);
    }

    /** The same command with --verbose: stack traces and log lines must not leak the password either. */
    private void assertVerboseRunHidesThePassword(String url) {
        Run verbose = applyWithUrl(url, "--verbose");
        assertThat(verbose.exit()).as(verbose.toString()).isEqualTo(1);
        assertNoPassword(verbose);
    }

    /** The server trusts the test client, so "wrong credentials" are a role that does not exist. */
    @Test
    void roleThatDoesNotExist() {
        twoFiles();
        CatalogSnapshot before = snapshot();
        String url = urlAs("faults_ghost", PASSWORD, "search_path=app");

        Run run = applyWithUrl(url);

        assertFailed(run, 1, "could not connect to faults_ghost:***@" + hostPort() + "/" + db.name()
                + ": FATAL: role \"faults_ghost\" does not exist");
        assertVerboseRunHidesThePassword(url);
        assertUnchanged(before);
    }

    @Test
    void roleThatMayNotLogIn() {
        twoFiles();
        sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'faults_nologin') THEN "
                + "CREATE ROLE faults_nologin NOLOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
        CatalogSnapshot before = snapshot();
        String url = urlAs("faults_nologin", PASSWORD, "search_path=app");

        Run run = applyWithUrl(url);

        assertFailed(run, 1, "could not connect to faults_nologin:***@" + hostPort() + "/" + db.name()
                + ": FATAL: role \"faults_nologin\" is not permitted to log in");
        assertVerboseRunHidesThePassword(url);
        assertUnchanged(before);
    }

    @Test
    void unreachableHost() {
        twoFiles();
        CatalogSnapshot before = snapshot();
        String url = "postgres://" + ROLE + ":" + PASSWORD + "@127.0.0.1:1/" + db.name()
                + "?connect_timeout=2&search_path=app";

        Run run = applyWithUrl(url);

        assertFailed(run, 1, "could not connect to " + ROLE + ":***@127.0.0.1:1/" + db.name()
                + ": Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct and that the"
                + " postmaster is accepting TCP/IP connections.");
        assertVerboseRunHidesThePassword(url);
        assertUnchanged(before);
    }

    /** The password as a JDBC URL parameter takes another path through the URL parser. */
    @Test
    void unreachableHostWithThePasswordInAJdbcUrl() {
        twoFiles();
        CatalogSnapshot before = snapshot();
        String url = "jdbc:postgresql://127.0.0.1:1/" + db.name() + "?user=" + ROLE + "&password=" + PASSWORD
                + "&connect_timeout=2";

        Run run = applyWithUrl(url, "--schema", "app");

        assertFailed(run, 1, "could not connect to " + ROLE + ":***@127.0.0.1:1/" + db.name()
                + ": Connection to 127.0.0.1:1 refused.");
        assertVerboseRunHidesThePassword(url);
        assertUnchanged(before);
    }

    @Test
    void unknownUrlScheme() {
        twoFiles();
        CatalogSnapshot before = snapshot();
        String url = "mysql://" + ROLE + ":" + PASSWORD + "@" + hostPort() + "/" + db.name();

        Run run = applyWithUrl(url);

        assertFailed(run, 1, "unsupported database URL 'mysql://" + ROLE + ":***@" + hostPort() + "/" + db.name()
                + "': expected postgres://user:password@host:5432/database or jdbc:postgresql://host:5432/database");
        assertVerboseRunHidesThePassword(url);
        assertUnchanged(before);
    }

    @Test
    void poolerPort6543() {
        twoFiles();
        CatalogSnapshot before = snapshot();
        String url = "postgres://" + ROLE + ":" + PASSWORD + "@" + db.server().host() + ":6543/" + db.name()
                + "?search_path=app";

        Run run = applyWithUrl(url);

        assertFailed(run, 1, "refusing to migrate through a connection pooler (port 6543 is Supabase's"
                + " transaction-mode pooler): the migration lock and no-transaction files need a direct connection to"
                + " PostgreSQL. Use the direct URL (set DIRECT_DATABASE_URL, or on Supabase the direct connection on"
                + " port 5432), or set allowPooler(true) if this pooler runs in session mode.");
        assertHint(run, "--allow-pooler, only for a pooler in session mode");
        assertUnchanged(before);
    }

    @Test
    void poolerFlagInTheUrl() {
        twoFiles();
        CatalogSnapshot before = snapshot();

        Run run = applyWithUrl(url("search_path=app&pgbouncer=true"));

        assertFailed(run, 1, "refusing to migrate through a connection pooler (the URL says pgbouncer=true): the"
                + " migration lock and no-transaction files need a direct connection to PostgreSQL.");
        assertUnchanged(before);
    }

    @Test
    void noUrlAtAll() {
        assumeTrue(blank(System.getenv("DATABASE_URL")) && blank(System.getenv("DIRECT_DATABASE_URL")),
                "DATABASE_URL or DIRECT_DATABASE_URL is set in this environment");
        twoFiles();
        CatalogSnapshot before = snapshot();

        Run run = cli("migrate", "apply", "--dir", dirArg());

        assertFailed(run, 1, "no database URL: pass --url postgres://user:password@host:5432/database, or set"
                + " DATABASE_URL (or DIRECT_DATABASE_URL)");
        assertUnchanged(before);
    }

    /**
     * A schema name with quotes and semicolons is a name, not SQL: the files land in it, and no other schema is
     * touched.
     */
    @Test
    void schemaNameWithQuotesAndSemicolonsWorks() {
        String schema = "we\"ird'; DROP SCHEMA victim CASCADE; --";
        String quoted = "\"we\"\"ird'; DROP SCHEMA victim CASCADE; --\"";
        sql("CREATE SCHEMA victim", "CREATE TABLE victim.keep (id int PRIMARY KEY)", "INSERT INTO victim.keep VALUES (1)");
        write("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        write("2_seed.sql", "INSERT INTO users VALUES (1);\nCREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql"
                + " AS $$ SELECT count(*) FROM users $$;\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = applyWithUrl(url(""), "--schema", schema);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertNoPassword(run);
        assertThat(run.out()).contains("-- 2 migrations");
        assertThat(snapshot().without(line -> line.contains(quoted)).lines())
                .as("nothing outside the target schema changed").isEqualTo(before.lines());
        assertThat(snapshot().lines()).contains("relation " + quoted + ".users kind r owner " + ROLE,
                "relation " + quoted + ".atlas_schema_revisions kind r owner " + ROLE,
                "relation " + quoted + ".migrations_journal kind r owner " + ROLE)
                .anyMatch(line -> line.startsWith("function " + quoted + ".user_count() kind f returns bigint"));
        Run status = cli("migrate", "status", "--dir", dirArg(), "--url", url(""), "--schema", schema);
        assertThat(status.out()).as(status.toString()).contains("Migration Status: OK");
        Run again = applyWithUrl(url(""), "--schema", schema);
        assertThat(again.out()).as(again.toString()).contains("No migration files to execute");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
