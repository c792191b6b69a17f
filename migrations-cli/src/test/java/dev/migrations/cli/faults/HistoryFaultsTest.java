package dev.migrations.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A database whose history disagrees with the directory, or was edited by hand: edited and out-of-order files, a
 * database ahead of the application, a dirty schema, wrong baseline and set versions, and a revisions table someone
 * altered. Every case is refused with the version, the file and the command that gets out of it, and changes
 * nothing; the one exception is a deleted revisions row that the journal still records, which is restored from
 * the journal with a warning (the library's reconciliation).
 */
class HistoryFaultsTest extends FaultFixture {

    private String hashCommand() {
        return "migrations migrate hash --dir " + dirArg();
    }

    @Test
    void fileEditedAfterItWasApplied() {
        twoFiles();
        applyOk();
        write("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL); -- reviewed\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "applied migration file(s) changed since they were applied:\n  1_users.sql (version 1,"
                + " applied ");
        assertFailed(run, 1, "The database ran the old content. Either revert the edit, or, if the database already"
                + " matches the new content, record the new hashes with rehash(). Nothing was changed.");
        assertHint(run, "if the database already matches the new content, record it with 'migrations migrate rehash"
                + " --dir " + dirArg() + " --url <url>'");
        assertUnchanged(before);
    }

    @Test
    void fileAddedOutOfOrderAfterApply() {
        write("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n");
        write("3_orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);\n");
        hash();
        applyOk();
        write("2_seed.sql", "INSERT INTO users VALUES (1, 'ada@example.com');\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "file(s) older than the applied version 3 are not applied: 2_seed.sql (version 2). Give"
                + " them a version above 3 (rename, then rewrite atlas.sum with MigrationDirectory.writeSum() (the"
                + " hash command)), or choose execOrder(ExecOrder.NON_LINEAR) to apply them anyway or"
                + " execOrder(ExecOrder.LINEAR_SKIP) to skip them. Nothing was changed.");
        assertHint(run, "after renaming, rewrite atlas.sum with '" + hashCommand() + "'; --exec-order non-linear"
                + " applies them anyway, --exec-order linear-skip skips them");
        assertUnchanged(before);
    }

    @Test
    void databaseAheadOfTheApplicationWithStrict() {
        twoFiles();
        write("3_orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);\n");
        hash();
        applyOk();
        delete("3_orders.sql");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply("--strict");

        assertFailed(run, 1, "the database has applied version(s) the directory does not have: 3 (an older release"
                + " of the application, or a removed file). Deploy the release that has these files, or set"
                + " strict(false) to continue with a warning. Nothing was changed.");
        assertHint(run, "leave out --strict to continue with a warning");
        assertUnchanged(before);
    }

    @Test
    void dirtyDatabaseWithoutBaseline() {
        twoFiles();
        sql("CREATE SCHEMA app", "CREATE TABLE app.legacy (id int)");
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "schema \"app\" is not empty but has no revisions: found table app.legacy. If it already"
                + " has the schema of some version V, adopt it at that version with baselineVersion(\"V\"); to apply"
                + " every file on top of what is there, set allowDirty(true). Nothing was changed.");
        assertHint(run, "adopt the schema at version V with 'migrations migrate apply --dir " + dirArg()
                + " --baseline V', or apply every file on top of what is there with --allow-dirty");
        assertUnchanged(before);
    }

    @Test
    void baselineOnAVersionThatIsNotAFile() {
        twoFiles();
        sql("CREATE SCHEMA app", "CREATE TABLE app.users (id int PRIMARY KEY, email text NOT NULL)");
        CatalogSnapshot before = snapshot();

        Run run = apply("--baseline", "7");

        assertFailed(run, 1, "baseline version 7 is not a file of " + dirArg() + ": pick the version of the last file"
                + " whose changes the database already has (versions 1 to 2)");
        assertUnchanged(before);
    }

    @Test
    void setToAVersionThatIsNotAFile() {
        twoFiles();
        applyOk();
        CatalogSnapshot before = snapshot();

        Run run = cli("migrate", "set", "7", "--dir", dirArg(), "--url", url());

        assertFailed(run, 1, "version 7 is not a file of " + dirArg() + "; 'set' takes the version of an existing"
                + " file");
        assertUnchanged(before);
    }

    /**
     * A column of the revisions table dropped by hand: the message names the table, the column and how to restore
     * it, instead of a bare "column ... does not exist".
     */
    @Test
    void revisionsTableWithAColumnDroppedByHand() {
        twoFiles();
        applyOk();
        write("3_orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);\n");
        hash();
        sql("ALTER TABLE app.atlas_schema_revisions DROP COLUMN partial_hashes");
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "the revisions table \"app\".\"atlas_schema_revisions\" has no column"
                + " \"partial_hashes\": it was changed by hand or by another tool. Restore the column (partial_hashes"
                + " jsonb NULL) and run the command again. Nothing was changed.");
        assertUnchanged(before);
    }

    /**
     * A row whose type was set to 99, which is no Atlas revision type (1 baseline, 2 applied, 4 set, and their
     * sums): refused, rather than reading its bits as "baseline" and going on.
     */
    @Test
    void revisionsRowWithAnUnknownType() {
        twoFiles();
        applyOk();
        write("3_orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);\n");
        hash();
        sql("UPDATE app.atlas_schema_revisions SET type = 99 WHERE version = '2'");
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "the revisions table \"app\".\"atlas_schema_revisions\" has version 2 with type 99,"
                + " which is not a revision type (1 baseline, 2 applied, 4 set, or their sums). Correct the row by"
                + " hand, or mark the file applied with set(\"2\"). Nothing was changed.");
        assertHint(run, "mark a file applied with 'migrations migrate set <version> --dir " + dirArg()
                + " --url <url>'");
        assertUnchanged(before);
    }

    /**
     * The revisions row of an applied file deleted by hand, while the journal still records it. The library's
     * design (see Reconciler) restores such a row from the journal, with a warning; the file was applied and must
     * not be run, nor reported as out of order or pending.
     */
    @Test
    void revisionsRowDeletedByHand() {
        threeFilesApplied();
        sql("DELETE FROM app.atlas_schema_revisions WHERE version = '2'");

        assertTheRowIsRestoredFromTheJournal("2");
    }

    /**
     * The same for the latest file: restored, not re-run.
     */
    @Test
    void revisionsRowOfTheLatestFileDeletedByHand() {
        threeFilesApplied();
        sql("DELETE FROM app.atlas_schema_revisions WHERE version = '3'");

        assertTheRowIsRestoredFromTheJournal("3");
    }

    private void threeFilesApplied() {
        twoFiles();
        write("3_orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);\n");
        hash();
        applyOk();
    }

    private void assertTheRowIsRestoredFromTheJournal(String version) {
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertThat(run.exit()).as(run.toString()).isZero();
        assertNoPassword(run);
        assertThat(run.out()).as(run.toString()).contains("No migration files to execute (schema app at version 3)");
        assertThat(run.logs()).as(run.toString())
                .contains("recorded version " + version + " in the revisions table from the journal");
        assertThat(snapshot().without(line -> line.startsWith("row app.atlas_schema_revisions (" + version + ",")
                        || line.startsWith("content app.atlas_schema_revisions ")).lines())
                .as("only the revisions row of version " + version + " is back").isEqualTo(before
                        .without(line -> line.startsWith("content app.atlas_schema_revisions ")).lines());
        assertThat(query("SELECT version || ' type ' || type || ' ' || (hash <> '') FROM app.atlas_schema_revisions"
                + " ORDER BY version")).containsExactly("1 type 2 true", "2 type 2 true", "3 type 2 true");
        assertThat(query("SELECT count(*) FROM app.users")).containsExactly("1");
    }
}
