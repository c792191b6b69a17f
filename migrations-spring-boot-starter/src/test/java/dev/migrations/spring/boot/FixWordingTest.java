package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fix part of the library's messages, in {@code migrations.*} property wording. */
class FixWordingTest {

    @Test
    void execOrderOptionsBecomeTheProperty() {
        String message = "file(s) older than the applied version 3 are not applied: 2_b.sql (version 2). Give them a "
                + "version above 3 (rename, then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash "
                + "command)), or choose execOrder(ExecOrder.NON_LINEAR) to apply them anyway or "
                + "execOrder(ExecOrder.LINEAR_SKIP) to skip them. Nothing was changed.";
        assertThat(FixWording.action(message)).isEqualTo("Give them a version above 3 (rename, then rewrite atlas.sum "
                + "with the hash command ('migrations migrate hash' or 'mvn migrations:hash', on the source folder)), "
                + "or set migrations.exec-order=non-linear to apply them anyway or migrations.exec-order=linear-skip "
                + "to skip them.");
    }

    @Test
    void theFlagsOfACommandLineBecomeTheProperty() {
        assertThat(FixWording.toProperties("choose --exec-order non-linear to apply them anyway"))
                .isEqualTo("set migrations.exec-order=non-linear to apply them anyway");
    }

    @Test
    void callsOfTheApiNameWhereToMakeThem() {
        assertThat(FixWording.toProperties("see where the schema is with status(), then start again"))
                .isEqualTo("see where the schema is with Migrations.status() (or the migrations actuator endpoint),"
                        + " then start again");
        assertThat(FixWording.toProperties("record the new hashes with rehash()."))
                .isEqualTo("record the new hashes with Migrations.rehash() (from a MigrationsStrategy bean).");
        assertThat(FixWording.toProperties("mark the file applied with set(\"3\")."))
                .isEqualTo("mark the file applied with Migrations.set(\"3\") (from a MigrationsStrategy bean).");
        assertThat(FixWording.toProperties("create it, or configure the right folder with directory(...)"))
                .isEqualTo("create it, or configure the right folder with migrations.directory");
    }

    @Test
    void anOptionNamedTwiceIsNamedOnce() {
        String message = "schema \"public\" has no revisions yet, and the database holds the histories of more than "
                + "one other migration tool: a and b. Say which one records what this database has applied with the "
                + "history table option (historyTable(\"public.flyway_schema_history\") in the API, --history-table "
                + "public.flyway_schema_history on the command line), and run again. Nothing was changed.";
        assertThat(FixWording.action(message)).isEqualTo("Say which one records what this database has applied with "
                + "the history table option (migrations.history-table=public.flyway_schema_history), and run again.");
    }

    @Test
    void theHistoryTableOption() {
        String message = "schema \"public\" has no revisions yet, and the database holds the histories of more than "
                + "one other migration tool: a and b. Say which one records what this database has applied with "
                + "historyTable(\"public.flyway_schema_history\"), and run again. Nothing was changed.";
        assertThat(FixWording.action(message)).isEqualTo("Say which one records what this database has applied with "
                + "migrations.history-table=public.flyway_schema_history, and run again.");
    }

    @Test
    void aDirectoryFormatOptionAndFlag() {
        String message = "db: 1_a.sql has goose annotations but the directory is read as atlas files; its down "
                + "section would run; read the directory with --dir-format goose (API: "
                + "directoryFormat(DirectoryFormat.GOOSE))";
        assertThat(FixWording.action(message)).isEqualTo("Read the directory with migrations.directory-format=goose");
        assertThat(FixWording.toProperties("--dir-format golang-migrate (API: "
                + "directoryFormat(DirectoryFormat.GOLANG_MIGRATE))")).isEqualTo("migrations.directory-format=golang-migrate");
    }

    @Test
    void revisionsSchemaAndTable() {
        String action = FixWording.toProperties("or let this library resume it by using that table as its revisions "
                + "table (revisionsSchema(\"atlas\") and revisionsTable(\"atlas_schema_revisions\")).");
        assertThat(action).isEqualTo("or let this library resume it by using that table as its revisions table "
                + "(migrations.revisions-schema=atlas and migrations.revisions-table=atlas_schema_revisions).");
    }

    @Test
    void timeoutsPoolersAndBaselines() {
        assertThat(FixWording.toProperties("wait for it to finish, or raise the lock timeout (lockTimeout(Duration))."))
                .isEqualTo("wait for it to finish, or raise the lock timeout (migrations.lock-timeout).");
        assertThat(FixWording.toProperties("or set allowPooler(true) if this pooler runs in session mode."))
                .isEqualTo("or set migrations.allow-pooler=true if this pooler runs in session mode.");
        assertThat(FixWording.toProperties("adopt it with baseline(\"5\") in the API first."))
                .isEqualTo("adopt it with Migrations.baseline(\"5\") (from a MigrationsStrategy bean) first.");
        assertThat(FixWording.toProperties("adopt it with 'migrations migrate apply --dir x --dir-format flyway "
                + "--baseline V' (or baseline(V) in the API); to apply every file, pass --allow-dirty."))
                .isEqualTo("adopt it with migrations.baseline-version=V; to apply every file, set "
                        + "migrations.allow-dirty=true.");
    }

    @Test
    void commandsOfOtherToolsAreLeftAsTheyAre() {
        assertThat(FixWording.toProperties("run 'prisma migrate resolve --applied 1_init' or 'atlas migrate set 3'"))
                .isEqualTo("run 'prisma migrate resolve --applied 1_init' or 'atlas migrate set 3'");
    }

    @Test
    void aMessageWithoutAFixGetsTheGenericAction() {
        assertThat(FixWording.action("internal error: the plans disagree")).isEqualTo(FixWording.GENERIC_ACTION);
    }
}
