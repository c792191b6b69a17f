package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.FileStatus;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.RehashResult;
import dev.migrations.core.result.StatusResult;
import dev.migrations.core.error.MigrationFailedException;
import dev.migrations.sql.dir.DirectoryFormat;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flyway repeatable ({@code R__}) files: applied after the pending versioned files in description order, again
 * whenever their content changes, recorded under the key {@code R__<description>} in the revisions table and as
 * version-less rows in the journal.
 */
class RepeatableTest extends DatabaseTest {

    private static final String FUNCTION = "sub/R__a_count_users.sql";
    private static final String VIEW = "R__b_user_names.sql";

    @BeforeEach
    void setUp() {
        dir = dir.as(DirectoryFormat.FLYWAY)
                .file("V1__log.sql", "CREATE TABLE log (n serial PRIMARY KEY, file text NOT NULL);\n"
                        + "INSERT INTO log (file) VALUES ('V1');\n")
                .file("V2__users.sql", "CREATE TABLE users (id int PRIMARY KEY, name text);\n"
                        + "INSERT INTO log (file) VALUES ('V2');\n")
                .file(VIEW, view("SELECT name FROM users"))
                .file(FUNCTION, "CREATE OR REPLACE FUNCTION count_users() RETURNS bigint LANGUAGE sql AS "
                        + "$$ SELECT count(*) FROM users $$;\nINSERT INTO log (file) VALUES ('R a');\n");
    }

    private static String view(String query) {
        return "CREATE OR REPLACE VIEW user_names AS " + query + ";\nINSERT INTO log (file) VALUES ('R b');\n";
    }

    @Override
    protected MigrationsConfiguration config() {
        return super.config().directoryFormat(DirectoryFormat.FLYWAY);
    }

    private List<String> log() {
        return Db.rows(db, "SELECT file FROM log ORDER BY n").stream().map(r -> r.get("file")).toList();
    }

    private List<Map<String, String>> journal() {
        return Db.rows(db, "SELECT version, description, type, script, checksum, success FROM migrations_journal "
                + "ORDER BY installed_rank");
    }

    private Map<String, String> revision(String key) {
        List<Map<String, String>> rows = Db.rows(db, "SELECT version, description, type, applied, total, error, hash, "
                + "executed_at FROM atlas_schema_revisions WHERE version = '" + key + "'");
        return rows.isEmpty() ? null : rows.get(0);
    }

    private int checksum(String path) {
        return config().load().loadedDirectory().migrations().stream().filter(m -> m.path().equals(path)).findFirst()
                .orElseThrow().checksum32();
    }

    private static FileStatus file(StatusResult status, String path) {
        return java.util.stream.Stream.concat(status.executed().stream(), status.pending().stream())
                .filter(f -> f.file().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void repeatablesRunAfterThePendingVersionedFilesInDescriptionOrder() {
        MigrateResult result = config().load().migrate();

        assertThat(log()).containsExactly("V1", "V2", "R a", "R b");
        assertThat(result.applied()).extracting(AppliedFile::version)
                .containsExactly("1", "2", "R__a_count_users", "R__b_user_names");
        assertThat(result.applied()).extracting(AppliedFile::file).containsExactly("V1__log.sql", "V2__users.sql",
                FUNCTION, VIEW);
        assertThat(result.applied()).extracting(AppliedFile::repeatable).containsExactly(false, false, true, true);
        assertThat(result.applied().get(2).statements()).isEqualTo(2);
        assertThat(result.fromVersion()).isEmpty();
        assertThat(result.toVersion()).contains("2");
        assertThat(Db.value(db, "SELECT count_users()")).isEqualTo("0");

        List<Map<String, String>> journal = journal();
        assertThat(journal).extracting(r -> r.get("version")).containsExactly("1", "2", null, null);
        assertThat(journal.get(2)).containsEntry("description", "a_count_users").containsEntry("type", "SQL")
                .containsEntry("script", FUNCTION).containsEntry("success", "t")
                .containsEntry("checksum", Integer.toString(checksum(FUNCTION)));
        assertThat(journal.get(3)).containsEntry("description", "b_user_names").containsEntry("script", VIEW)
                .containsEntry("checksum", Integer.toString(checksum(VIEW)));

        assertThat(revision("R__a_count_users")).containsEntry("description", "a_count_users")
                .containsEntry("type", "2").containsEntry("applied", "2").containsEntry("total", "2")
                .containsEntry("error", null).containsEntry("hash", dir.sumEntry(FUNCTION));
        assertThat(revision("R__b_user_names")).containsEntry("hash", dir.sumEntry(VIEW));
        assertThat(Db.value(db, "SELECT count(*) FROM atlas_schema_revisions")).isEqualTo("4");

        StatusResult status = config().load().status();
        assertThat(status.status()).isEqualTo(StatusResult.Status.OK);
        assertThat(status.currentVersion()).contains("2");
        assertThat(status.executed()).extracting(FileStatus::version)
                .containsExactly("1", "2", "R__a_count_users", "R__b_user_names");
        assertThat(status.executed()).extracting(FileStatus::state).containsOnly(FileState.APPLIED);
        assertThat(status.problems()).isEmpty();
    }

    @Test
    void unchangedRepeatablesDoNotRunAgainAndTheNoOpRunLeavesTheEngineIdle() {
        AtomicInteger connections = new AtomicInteger();
        config().dataSource(counting(db.dataSource(), connections)).load().migrate();
        assertThat(connections.get()).as("a run that applies files uses the engine's connections").isGreaterThan(1);
        List<Map<String, String>> journal = journal();

        connections.set(0);
        MigrateResult again = config().dataSource(counting(db.dataSource(), connections)).load().migrate();

        assertThat(again.nothingApplied()).isTrue();
        assertThat(again.toVersion()).contains("2");
        assertThat(connections.get()).as("deciding that nothing changed takes the lock's connection only, no engine")
                .isEqualTo(1);
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b");
        assertThat(journal()).isEqualTo(journal);
    }

    @Test
    void aChangedRepeatableIsOutdatedAndRunsAgainAlone() {
        config().load().migrate();
        Map<String, String> before = revision("R__b_user_names");
        int oldChecksum = checksum(VIEW);
        dir.file(VIEW, view("SELECT name, id FROM users"));

        StatusResult status = config().load().status();
        assertThat(status.status()).isEqualTo(StatusResult.Status.PENDING);
        assertThat(status.pending()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(VIEW);
            assertThat(f.version()).isEqualTo("R__b_user_names");
            assertThat(f.state()).isEqualTo(FileState.OUTDATED);
            assertThat(f.repeatable()).isTrue();
        });
        assertThat(status.nextVersion()).as("a repeatable file has no version").isEmpty();
        assertThat(status.currentVersion()).contains("2");
        assertThat(file(status, FUNCTION).state()).isEqualTo(FileState.APPLIED);

        DryRunResult plan = config().load().dryRun();
        assertThat(plan.files()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(VIEW);
            assertThat(f.version()).isEqualTo("R__b_user_names");
            assertThat(f.repeatable()).isTrue();
            assertThat(f.transactional()).isTrue();
            assertThat(f.statements()).containsExactly("CREATE OR REPLACE VIEW user_names AS SELECT name, id FROM users",
                    "INSERT INTO log (file) VALUES ('R b')");
        });

        MigrateResult result = config().load().migrate();

        assertThat(result.applied()).extracting(AppliedFile::file).containsExactly(VIEW);
        assertThat(result.fromVersion()).contains("2");
        assertThat(result.toVersion()).contains("2");
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b", "R b");
        assertThat(Db.value(db, "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                + "information_schema.columns WHERE table_name = 'user_names'")).isEqualTo("name,id");
        assertThat(Db.rows(db, "SELECT checksum FROM migrations_journal WHERE version IS NULL AND description = "
                + "'b_user_names' ORDER BY installed_rank")).extracting(r -> r.get("checksum"))
                .containsExactly(Integer.toString(oldChecksum), Integer.toString(checksum(VIEW)));
        Map<String, String> after = revision("R__b_user_names");
        assertThat(after).containsEntry("hash", dir.sumEntry(VIEW)).containsEntry("type", "2");
        assertThat(after.get("executed_at")).isGreaterThan(before.get("executed_at"));
        assertThat(Db.value(db, "SELECT count(*) FROM atlas_schema_revisions")).isEqualTo("4");
        assertThat(config().load().status().status()).isEqualTo(StatusResult.Status.OK);
    }

    @Test
    void pendingVersionedFilesAndChangedRepeatablesRunTogetherVersionedFirst() {
        config().load().migrate();
        dir.file("V3__posts.sql", "CREATE TABLE posts (id int);\nINSERT INTO log (file) VALUES ('V3');\n")
                .file(FUNCTION, "CREATE OR REPLACE FUNCTION count_users() RETURNS bigint LANGUAGE sql AS "
                        + "$$ SELECT count(*) + 0 FROM users $$;\nINSERT INTO log (file) VALUES ('R a');\n");

        MigrateResult result = config().load().migrate();

        assertThat(result.applied()).extracting(AppliedFile::version).containsExactly("3", "R__a_count_users");
        assertThat(result.toVersion()).contains("3");
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b", "V3", "R a");
    }

    @Test
    void aRemovedRepeatableIsLeftAlone() {
        config().load().migrate();
        Map<String, String> recorded = revision("R__b_user_names");
        dir.remove(VIEW);

        MigrateResult result = config().strict(true).load().migrate();

        assertThat(result.nothingApplied()).isTrue();
        assertThat(result.warnings()).as("a removed repeatable file is no version the database is ahead by").isEmpty();
        assertThat(revision("R__b_user_names")).isEqualTo(recorded);
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE description = 'b_user_names'"))
                .isEqualTo("1");
        assertThat(Db.value(db, "SELECT count(*) FROM user_names")).isEqualTo("0");
        StatusResult status = config().load().status();
        assertThat(status.status()).isEqualTo(StatusResult.Status.OK);
        assertThat(status.currentVersion()).contains("2");
        assertThat(status.totalFiles()).isEqualTo(3);
        assertThat(status.problems()).isEmpty();
        assertThat(config().load().validate().valid()).isTrue();

        dir.file("V3__posts.sql", "CREATE TABLE posts (id int);\nINSERT INTO log (file) VALUES ('V3');\n");
        MigrateResult next = config().strict(true).load().migrate();

        assertThat(next.applied()).extracting(AppliedFile::version).containsExactly("3");
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b", "V3");
        assertThat(revision("R__b_user_names")).isEqualTo(recorded);
    }

    @Test
    void aFailingRepeatableRollsBackAndIsNamed() {
        config().load().migrate();
        Map<String, String> recorded = revision("R__b_user_names");
        dir.file("V3__posts.sql", "CREATE TABLE posts (id int);\n")
                .file(VIEW, view("SELECT name, id FROM users") + "SELECT 1 / 0;\n");

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                    assertThat(e.file()).isEqualTo(VIEW);
                    assertThat(e.version()).isEqualTo("R__b_user_names");
                    assertThat(e.statement()).isEqualTo(3);
                    assertThat(e.line()).isEqualTo(3);
                })
                .hasMessageContaining(VIEW + " (repeatable) failed at statement 3 of 3, line 3")
                .hasMessageContaining("division by zero")
                .hasMessageContaining("The file was rolled back: none of its statements were applied; the 1 file(s)"
                        + " before it in this run stay applied.");

        assertThat(Db.value(db, "SELECT to_regclass('posts') IS NOT NULL")).isEqualTo("t");
        assertThat(Db.value(db, "SELECT string_agg(column_name, ',') FROM information_schema.columns "
                + "WHERE table_name = 'user_names'")).as("the old view stays").isEqualTo("name");
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b");
        assertThat(revision("R__b_user_names")).isEqualTo(recorded);
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE NOT success")).isEqualTo("0");
        StatusResult status = config().load().status();
        assertThat(status.currentVersion()).contains("3");
        assertThat(status.pending()).singleElement()
                .satisfies(f -> assertThat(f.state()).isEqualTo(FileState.OUTDATED));
    }

    @Test
    void aRepeatableThatFailsOnAFreshDatabaseStaysPending() {
        dir.file(VIEW, "CREATE OR REPLACE VIEW user_names AS SELECT missing FROM users;\n");

        assertThatThrownBy(() -> config().load().migrate()).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining(VIEW + " (repeatable) failed at statement 1 of 1");

        assertThat(revision("R__b_user_names")).isNull();
        assertThat(log()).containsExactly("V1", "V2", "R a");
        StatusResult status = config().load().status();
        assertThat(status.pending()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(VIEW);
            assertThat(f.state()).isEqualTo(FileState.PENDING);
        });
    }

    @Test
    void aNoTransactionRepeatableResumesAtTheFailedStatement() {
        dir.file("R__c_refresh.sql", "INSERT INTO log (file) VALUES ('R c 1');\n"
                        + "INSERT INTO log (file) VALUES ('R c ' || (1 / 0));\n")
                .editWithoutRehash("R__c_refresh.sql.conf", "executeInTransaction=false\n");

        assertThatThrownBy(() -> config().load().migrate()).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("R__c_refresh.sql (repeatable) failed at statement 2 of 2")
                .hasMessageContaining("statement 1 was applied and recorded; the next run resumes at statement 2");
        assertThat(revision("R__c_refresh")).containsEntry("applied", "1").containsEntry("total", "2");
        assertThat(file(config().load().status(), "R__c_refresh.sql").state()).isEqualTo(FileState.PARTIAL);

        dir.file("R__c_refresh.sql", "INSERT INTO log (file) VALUES ('R c 1');\n"
                + "INSERT INTO log (file) VALUES ('R c 2');\n");
        MigrateResult resumed = config().load().migrate();

        assertThat(resumed.applied()).singleElement().satisfies(a -> {
            assertThat(a.file()).isEqualTo("R__c_refresh.sql");
            assertThat(a.resumedAt()).isEqualTo(1);
        });
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b", "R c 1", "R c 2");
        assertThat(revision("R__c_refresh")).containsEntry("applied", "2").containsEntry("total", "2")
                .containsEntry("error", null);
        assertThat(file(config().load().status(), "R__c_refresh.sql").state()).isEqualTo(FileState.APPLIED);
    }

    @Test
    void aPartlyAppliedRepeatableWhoseAppliedStatementsChangedStartsAgain() {
        dir.file("R__c_refresh.sql", "INSERT INTO log (file) VALUES ('R c 1');\n"
                        + "INSERT INTO log (file) VALUES ('R c ' || (1 / 0));\n")
                .editWithoutRehash("R__c_refresh.sql.conf", "executeInTransaction=false\n");
        assertThatThrownBy(() -> config().load().migrate()).isInstanceOf(MigrationFailedException.class);

        dir.file("R__c_refresh.sql", "INSERT INTO log (file) VALUES ('R c one');\n"
                + "INSERT INTO log (file) VALUES ('R c two');\n");
        MigrateResult result = config().load().migrate();

        assertThat(result.applied()).singleElement().satisfies(a -> assertThat(a.resumedAt()).isZero());
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b", "R c 1", "R c one", "R c two");
        assertThat(revision("R__c_refresh")).containsEntry("applied", "2").containsEntry("error", null);
    }

    @Test
    void aRepeatableWhoseJournalRowsWereLostRunsAgain() {
        config().load().migrate();
        Db.exec(db, "DELETE FROM migrations_journal WHERE version IS NULL AND description = 'a_count_users'");

        assertThat(file(config().load().status(), FUNCTION).state()).isEqualTo(FileState.OUTDATED);
        MigrateResult result = config().load().migrate();

        assertThat(result.applied()).extracting(AppliedFile::file).containsExactly(FUNCTION);
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b", "R a");
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE description = 'a_count_users'"))
                .isEqualTo("1");
    }

    @Test
    void aRepeatableWhoseRevisionWasLostGetsItBackWithoutRunning() {
        config().load().migrate();
        String hash = revision("R__b_user_names").get("hash");
        Db.exec(db, "DELETE FROM atlas_schema_revisions WHERE version = 'R__b_user_names'");

        StatusResult status = config().load().status();
        assertThat(file(status, VIEW).state()).isEqualTo(FileState.APPLIED);
        assertThat(status.problems()).containsExactly("repeatable " + VIEW + " is in the journal but not in the "
                + "revisions table");

        MigrateResult result = config().load().migrate();

        assertThat(result.nothingApplied()).isTrue();
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b");
        assertThat(revision("R__b_user_names")).containsEntry("type", "2").containsEntry("hash", hash);
        assertThat(config().load().status().problems()).isEmpty();
    }

    @Test
    void aBaselineDoesNotCoverRepeatables() {
        Db.exec(db, "CREATE TABLE log (n serial PRIMARY KEY, file text NOT NULL)",
                "CREATE TABLE users (id int PRIMARY KEY, name text)");

        MigrateResult result = config().baselineVersion("2").load().migrate();

        assertThat(result.baseline()).contains("2");
        assertThat(result.applied()).extracting(AppliedFile::version)
                .containsExactly("R__a_count_users", "R__b_user_names");
        assertThat(result.toVersion()).contains("2");
        assertThat(log()).containsExactly("R a", "R b");
        StatusResult status = config().load().status();
        assertThat(status.executed()).extracting(FileStatus::state)
                .containsExactly(FileState.BASELINE, FileState.BASELINE, FileState.APPLIED, FileState.APPLIED);
    }

    @Test
    void setLeavesRepeatablesAlone() {
        config().load().migrate();

        List<String> changed = config().load().set("1").changedVersions();

        assertThat(changed).containsExactly("2");
        assertThat(Db.rows(db, "SELECT version FROM atlas_schema_revisions ORDER BY version"))
                .extracting(r -> r.get("version")).containsExactly("1", "R__a_count_users", "R__b_user_names");
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE version IS NULL")).isEqualTo("2");
        StatusResult status = config().load().status();
        assertThat(status.currentVersion()).contains("1");
        assertThat(status.nextVersion()).contains("2");
        assertThat(status.pending()).extracting(FileStatus::file).containsExactly("V2__users.sql");
    }

    @Test
    void rehashRecordsTheMovedSumHashesOfUnchangedRepeatables() {
        config().load().migrate();
        dir.file("V1__log.sql", "CREATE TABLE log (n serial PRIMARY KEY, file text NOT NULL);\n"
                + "INSERT INTO log (file) VALUES ('V1');\n-- reviewed\n");
        assertThat(dir.sumEntry(VIEW)).isNotEqualTo(revision("R__b_user_names").get("hash"));

        RehashResult rehash = config().load().rehash();

        assertThat(rehash.editedFiles()).containsExactly("V1__log.sql");
        assertThat(rehash.hashUpdated()).containsExactlyInAnyOrder("V2__users.sql", FUNCTION, VIEW);
        assertThat(revision("R__b_user_names")).containsEntry("hash", dir.sumEntry(VIEW));
        assertThat(revision("R__a_count_users")).containsEntry("hash", dir.sumEntry(FUNCTION));
        assertThat(config().load().migrate().nothingApplied()).isTrue();
        assertThat(log()).containsExactly("V1", "V2", "R a", "R b");
    }

    @Test
    void oneTransactionForAllFilesIncludesTheRepeatables() {
        dir.file(VIEW, view("SELECT name FROM users") + "SELECT 1 / 0;\n");

        assertThatThrownBy(() -> config().transactionMode(dev.migrations.core.TransactionMode.ALL).load().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("The run used one transaction for all files: it was rolled back");

        assertThat(Db.value(db, "SELECT to_regclass('log') IS NULL")).isEqualTo("t");
        assertThat(config().load().status().pending()).extracting(FileStatus::state).containsOnly(FileState.PENDING)
                .hasSize(4);
    }

    /** A data source that counts the connections taken from it. */
    private static DataSource counting(DataSource delegate, AtomicInteger count) {
        return (DataSource) Proxy.newProxyInstance(RepeatableTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        count.incrementAndGet();
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
