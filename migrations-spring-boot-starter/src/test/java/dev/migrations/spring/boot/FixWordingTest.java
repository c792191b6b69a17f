package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fix part of the library's messages, in {@code migrations.*} property wording. */
class FixWordingTest {

    @Test
    void execOrderFlagsBecomeTheProperty() {
        String message = "file(s) older than the applied version 3 are not applied: 2_b.sql (version 2). Give them a "
                + "version above 3 (rename, then 'migrations migrate hash --dir db/migrations'), or choose "
                + "--exec-order non-linear to apply them anyway or --exec-order linear-skip to skip them. Nothing was "
                + "changed.";
        assertThat(FixWording.action(message)).isEqualTo("Give them a version above 3 (rename, then 'migrations "
                + "migrate hash --dir db/migrations'), or set migrations.exec-order=non-linear to apply them anyway "
                + "or migrations.exec-order=linear-skip to skip them.");
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
                + "table (revisionsSchema(\"atlas\") and revisionsTable(\"atlas_schema_revisions\"), "
                + "--revisions-schema atlas --revisions-table atlas_schema_revisions).");
        assertThat(action).isEqualTo("or let this library resume it by using that table as its revisions table "
                + "(migrations.revisions-schema=atlas and migrations.revisions-table=atlas_schema_revisions).");
    }

    @Test
    void timeoutsPoolersAndBaselines() {
        assertThat(FixWording.toProperties("wait for it to finish, or raise the lock timeout (--lock-timeout)."))
                .isEqualTo("wait for it to finish, or raise the lock timeout (migrations.lock-timeout).");
        assertThat(FixWording.toProperties("or pass --allow-pooler if this pooler runs in session mode."))
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
