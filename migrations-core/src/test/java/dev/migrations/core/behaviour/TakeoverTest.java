package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationListener;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.Histories;
import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.FileStatus;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.PlannedFile;
import dev.migrations.core.result.StatusResult;
import dev.migrations.core.result.Takeover;
import dev.migrations.core.result.ForeignTool;
import dev.migrations.sql.dir.DirectoryFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database another tool migrated is taken over on the first migrate: its history is recorded as applied, nothing
 * it applied runs again, the pending files run, its table stays as it was, and the next run has nothing to do.
 * Every file here fails if it runs twice (CREATE TABLE without IF NOT EXISTS, or an INSERT into a primary key).
 */
class TakeoverTest extends DatabaseTest {

    private static final String USERS = "CREATE TABLE users (id int PRIMARY KEY);\n";
    private static final String ORDERS = "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);\n";
    private static final String SEED = "INSERT INTO users VALUES (1);\n";
    private static final String ITEMS = "CREATE TABLE items (id int PRIMARY KEY);\n";
    private static final String TAGS = "CREATE TABLE tags (id int PRIMARY KEY);\n";

    // ------------------------------------------------------------------------------------------------- Flyway

    @Test
    void aDatabaseFlywayMigratedIsTakenOverWithItsChecksumsVerified() throws IOException {
        // CRLF line endings and a byte order mark: Flyway's checksum ignores both, and so must ours
        write("V1__users.sql", USERS);
        write("V2__orders.sql", ORDERS.replace("\n", "\r\n"));
        write("V3__seed.sql", "\uFEFF-- seed\n" + SEED);
        flyway().migrate();
        List<Map<String, String>> flywayRows = Histories.rows(db, "flyway_schema_history");
        write("V4__items.sql", ITEMS);
        Histories.hash(tmp, DirectoryFormat.FLYWAY);

        MigrateResult result = config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate();

        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("V4__items.sql");
        assertTakeover(result, ForeignTool.FLYWAY, "\"public\".\"flyway_schema_history\"", 3, "3");
        assertThat(result.fromVersion()).contains("3");
        assertThat(revisions()).containsExactly("1:2", "2:2", "3:2", "4:2");
        assertThat(Db.value(db, "SELECT operator_version FROM atlas_schema_revisions WHERE version = '2'"))
                .endsWith("(taken over from Flyway)");
        assertThat(Histories.rows(db, "flyway_schema_history")).as("Flyway's table is untouched")
                .isEqualTo(flywayRows);
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.FLYWAY, 4);
    }

    @Test
    void aFlywayBaselineBecomesABaselineRevision() throws IOException {
        Db.exec(db, "CREATE TABLE legacy (id int PRIMARY KEY)");
        write("V1__legacy.sql", "CREATE TABLE legacy (id int PRIMARY KEY);\n");
        write("V2__users.sql", USERS);
        write("V3__orders.sql", ORDERS);
        Flyway.configure().dataSource(db.dataSource()).locations("filesystem:" + tmp)
                .baselineOnMigrate(true).baselineVersion("1").load().migrate();
        assertThat(Db.value(db, "SELECT count(*) FROM flyway_schema_history WHERE type = 'BASELINE'")).isEqualTo("1");
        write("V4__items.sql", ITEMS);
        Histories.hash(tmp, DirectoryFormat.FLYWAY);

        MigrateResult result = config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate();

        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("V4__items.sql");
        assertThat(result.takeover()).get().satisfies(t -> {
            assertThat(t.baseline()).contains("1");
            assertThat(t.files()).containsExactly("V1__legacy.sql", "V2__users.sql", "V3__orders.sql");
        });
        assertThat(revisions()).containsExactly("1:1", "2:2", "3:2", "4:2");
        StatusResult status = config().directoryFormat(DirectoryFormat.FLYWAY).load().status();
        assertThat(status.executed()).extracting(FileStatus::state)
                .containsExactly(FileState.BASELINE, FileState.APPLIED, FileState.APPLIED, FileState.APPLIED);
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.FLYWAY, 4);
    }

    // -------------------------------------------------------------------------------------------------- goose

    // a log table counts every run of a file; the repeatable file replaces a view and logs its run
    private static final String LOG = "CREATE TABLE log (n serial PRIMARY KEY, file text NOT NULL);\n"
            + "INSERT INTO log (file) VALUES ('V1');\n";
    private static final String NAMES = "CREATE TABLE names (id int PRIMARY KEY, name text);\n"
            + "INSERT INTO log (file) VALUES ('V2');\n";
    private static final String VIEW_FILE = "views/R__user_names.sql";

    private static String view(String query) {
        return "DROP VIEW IF EXISTS user_names;\nCREATE VIEW user_names AS " + query + ";\n"
                + "INSERT INTO log (file) VALUES ('R');\n";
    }

    private void flywayDirectoryWithARepeatable() throws IOException {
        write("V1__log.sql", LOG);
        write("V2__names.sql", NAMES);
        Files.createDirectories(tmp.resolve("views"));
        write(VIEW_FILE, view("SELECT name FROM names"));
    }

    private String viewOid() {
        return Db.value(db, "SELECT 'user_names'::regclass::oid");
    }

    private List<String> log() {
        return Db.rows(db, "SELECT file FROM log ORDER BY n").stream().map(r -> r.get("file")).toList();
    }

    private int checksum32(String path) {
        return config().directoryFormat(DirectoryFormat.FLYWAY).load().loadedDirectory().migrations().stream()
                .filter(m -> m.path().equals(path)).findFirst().orElseThrow().checksum32();
    }

    @Test
    void aRepeatableFlywayAppliedAsItIsIsTakenOverAndNotRunAgain() throws IOException {
        flywayDirectoryWithARepeatable();
        flyway().migrate();
        assertThat(Histories.rows(db, "flyway_schema_history")).filteredOn(r -> r.get("version") == null)
                .singleElement().as("Flyway knows it by its description, underscores as spaces")
                .satisfies(r -> assertThat(r).containsEntry("description", "user names")
                        .containsEntry("script", VIEW_FILE).containsEntry("type", "SQL"));
        String oid = viewOid();
        Histories.hash(tmp, DirectoryFormat.FLYWAY);

        MigrateResult result = config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate();

        assertThat(result.applied()).as("nothing runs again").isEmpty();
        assertThat(log()).containsExactly("V1", "V2", "R");
        assertThat(viewOid()).as("the view is the one Flyway created").isEqualTo(oid);
        assertTakeover(result, ForeignTool.FLYWAY, "\"public\".\"flyway_schema_history\"", 2, "2");
        Takeover t = result.takeover().orElseThrow();
        assertThat(t.files()).containsExactly("V1__log.sql", "V2__names.sql", VIEW_FILE);
        assertThat(t.repeatables()).containsExactly(VIEW_FILE);
        assertThat(t.changedRepeatables()).isEmpty();
        assertThat(Db.rows(db, "SELECT version, type, applied, total, operator_version FROM atlas_schema_revisions "
                + "WHERE version = 'R__user_names'")).singleElement().satisfies(r -> assertThat(r)
                        .containsEntry("type", "2").containsEntry("applied", "0").containsEntry("total", "0")
                        .extractingByKey("operator_version").asString().endsWith("(taken over from Flyway)"));
        assertThat(Db.rows(db, "SELECT version, description, type, script, checksum, success FROM migrations_journal "
                + "WHERE version IS NULL")).singleElement().satisfies(r -> assertThat(r)
                        .containsEntry("description", "user_names").containsEntry("type", "SQL")
                        .containsEntry("script", VIEW_FILE).containsEntry("success", "t")
                        .containsEntry("checksum", Integer.toString(checksum32(VIEW_FILE))));
        StatusResult status = config().directoryFormat(DirectoryFormat.FLYWAY).load().status();
        assertThat(status.executed()).filteredOn(FileStatus::repeatable).singleElement()
                .satisfies(f -> assertThat(f.state()).isEqualTo(FileState.APPLIED));
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.FLYWAY, 3);
        assertThat(log()).containsExactly("V1", "V2", "R");
        assertThat(viewOid()).isEqualTo(oid);
    }

    @Test
    void aRepeatableChangedSinceFlywayAppliedItRunsOnceOnTakeover() throws IOException {
        flywayDirectoryWithARepeatable();
        flyway().migrate();
        String oid = viewOid();
        write(VIEW_FILE, view("SELECT id, name FROM names"));
        Histories.hash(tmp, DirectoryFormat.FLYWAY);

        StatusResult before = config().directoryFormat(DirectoryFormat.FLYWAY).load().status();
        MigrateResult result = config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate();

        assertThat(before.takeover()).get().extracting(Takeover::changedRepeatables).asList()
                .containsExactly(VIEW_FILE);
        assertThat(before.pending()).extracting(FileStatus::file).containsExactly(VIEW_FILE);
        assertThat(result.applied()).extracting(a -> a.file()).containsExactly(VIEW_FILE);
        assertThat(log()).containsExactly("V1", "V2", "R", "R");
        assertThat(viewOid()).as("the new view").isNotEqualTo(oid);
        assertThat(Db.value(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'user_names'"))
                .isEqualTo("2");
        Takeover t = result.takeover().orElseThrow();
        assertThat(t.files()).containsExactly("V1__log.sql", "V2__names.sql");
        assertThat(t.repeatables()).isEmpty();
        assertThat(t.changedRepeatables()).containsExactly(VIEW_FILE);
        assertThat(t.versions()).isEqualTo(2);
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.FLYWAY, 3);
        assertThat(log()).containsExactly("V1", "V2", "R", "R");
    }

    @Test
    void aFailedRepeatableRunThatALaterRunSupersedesAndARepeatableWithoutAFileAreNoObstacle() throws IOException {
        flywayDirectoryWithARepeatable();
        write("R__gone.sql", "CREATE VIEW gone AS SELECT 1 AS one;\n");
        flyway().migrate();
        Files.delete(tmp.resolve("R__gone.sql"));
        // an earlier failed run of the view's file, then the successful one Flyway wrote
        Db.exec(db, "UPDATE flyway_schema_history SET installed_rank = installed_rank + 10 WHERE version IS NULL",
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time, success) VALUES (5, NULL, 'user names', 'SQL', '" + VIEW_FILE
                + "', 42, 'postgres', 5, false)");
        Histories.hash(tmp, DirectoryFormat.FLYWAY);

        MigrateResult result = config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate();

        assertThat(result.applied()).isEmpty();
        assertThat(result.takeover()).get().extracting(Takeover::repeatables).asList().containsExactly(VIEW_FILE);
        assertThat(log()).containsExactly("V1", "V2", "R");
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.FLYWAY, 3);
    }

    @Test
    void aDatabaseGooseMigratedIsTakenOverByTheLatestRowOfEachVersion() {
        atlasFiles("00001_users.sql", USERS, "00002_orders.sql", ORDERS, "00003_items.sql", ITEMS);
        Db.exec(db, USERS, ORDERS);
        Histories.goose(db, "goose_db_version");
        // 3 was applied, then rolled back by an older goose that recorded the down as a false row
        Db.exec(db, "INSERT INTO goose_db_version (version_id, is_applied) VALUES (1, true), (2, true), (3, true), "
                + "(3, false)");
        List<Map<String, String>> gooseRows = Histories.rows(db, "goose_db_version");
        dir.file("00004_tags.sql", TAGS);

        MigrateResult result = config().load().migrate();

        assertTakeover(result, ForeignTool.GOOSE, "\"public\".\"goose_db_version\"", 2, "00002");
        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("00003_items.sql", "00004_tags.sql");
        assertThat(revisions()).containsExactly("00001:2", "00002:2", "00003:2", "00004:2");
        assertThat(Histories.rows(db, "goose_db_version")).isEqualTo(gooseRows);
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.ATLAS, 4);
    }

    @Test
    void gooseInAnotherSchemaAndTableIsNamedWithTheHistoryTableOption() {
        atlasFiles("1_users.sql", USERS, "2_orders.sql", ORDERS);
        Db.exec(db, USERS, "CREATE SCHEMA ops");
        Histories.goose(db, "ops.\"Goose.Versions\"");
        Db.exec(db, "INSERT INTO ops.\"Goose.Versions\" (version_id, is_applied) VALUES (1, true)");

        MigrateResult result = config().historyTable("ops.\"Goose.Versions\"").load().migrate();

        assertTakeover(result, ForeignTool.GOOSE, "\"ops\".\"Goose.Versions\"", 1, "1");
        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("2_orders.sql");
    }

    // ----------------------------------------------------------------------------------------- golang-migrate

    @Test
    void aDatabaseGolangMigrateMigratedCountsEveryFileUpToItsVersion() {
        atlasFiles("1_users.sql", USERS, "2_seed.sql", SEED, "3_orders.sql", ORDERS);
        Db.exec(db, USERS, SEED, ORDERS);
        Histories.golangMigrate(db, 3, false);
        List<Map<String, String>> before = Histories.rows(db, "schema_migrations");
        dir.file("4_items.sql", ITEMS);

        MigrateResult result = config().load().migrate();

        assertTakeover(result, ForeignTool.GOLANG_MIGRATE, "\"public\".\"schema_migrations\"", 3, "3");
        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("4_items.sql");
        assertThat(revisions()).containsExactly("1:2", "2:2", "3:2", "4:2");
        assertThat(Histories.rows(db, "schema_migrations")).isEqualTo(before);
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.ATLAS, 4);
    }

    // ------------------------------------------------------------------------------------------------- dbmate

    @Test
    void aDatabaseDbmateMigratedIsTakenOverRowByRow() {
        atlasFiles("20240101000000_users.sql", USERS, "20240102000000_seed.sql", SEED);
        Db.exec(db, USERS, SEED);
        Histories.dbmate(db, "20240101000000", "20240102000000");
        List<Map<String, String>> before = Histories.rows(db, "schema_migrations");
        dir.file("20240103000000_orders.sql", ORDERS);

        MigrateResult result = config().load().migrate();

        assertTakeover(result, ForeignTool.DBMATE, "\"public\".\"schema_migrations\"", 2, "20240102000000");
        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("20240103000000_orders.sql");
        assertThat(revisions()).containsExactly("20240101000000:2", "20240102000000:2", "20240103000000:2");
        assertThat(Histories.rows(db, "schema_migrations")).isEqualTo(before);
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.ATLAS, 3);
    }

    // ------------------------------------------------------------------------------------------------- Prisma

    @Test
    void aDatabasePrismaMigratedIsTakenOverWithItsChecksumsVerified() throws IOException {
        String crlfOrders = ORDERS.replace("\n", "\r\n");
        prismaFile("20240101000000_init", USERS);
        prismaFile("20240102000000_orders", crlfOrders);
        prismaFile("20240103000000_seed", SEED);
        Histories.hash(tmp, DirectoryFormat.PRISMA);
        Db.exec(db, USERS, ORDERS, SEED);
        Histories.prisma(db);
        Histories.prismaRow(db, "a", "20240101000000_init", sha256(USERS), true, false);
        // orders failed once and was marked rolled back, then applied; Prisma hashed the file with LF endings
        Histories.prismaRow(db, "b", "20240102000000_orders", sha256(ORDERS), false, true);
        Histories.prismaRow(db, "c", "20240102000000_orders", sha256(ORDERS), true, false);
        Histories.prismaRow(db, "d", "20240103000000_seed", sha256(SEED), true, false);
        List<Map<String, String>> before = Histories.rows(db, "_prisma_migrations");
        prismaFile("20240104000000_items", ITEMS);
        Histories.hash(tmp, DirectoryFormat.PRISMA);

        MigrateResult result = config().directoryFormat(DirectoryFormat.PRISMA).load().migrate();

        assertTakeover(result, ForeignTool.PRISMA, "\"public\".\"_prisma_migrations\"", 3, "20240103000000");
        assertThat(result.applied()).extracting(a -> a.file())
                .containsExactly("20240104000000_items/migration.sql");
        assertThat(revisions()).containsExactly("20240101000000:2", "20240102000000:2", "20240103000000:2",
                "20240104000000:2");
        assertThat(Histories.rows(db, "_prisma_migrations")).isEqualTo(before);
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.PRISMA, 4);
    }

    // -------------------------------------------------------------------------------------------------- Atlas

    @Test
    void aDatabaseTheAtlasCliMigratedWithADatabaseWideUrlIsTakenOver() {
        atlasFiles("1_users.sql", USERS, "2_orders.sql", ORDERS, "3_seed.sql", SEED);
        Db.exec(db, USERS, ORDERS, SEED);
        Histories.atlas(db, "atlas_schema_revisions");
        Histories.atlasRow(db, "atlas_schema_revisions", ".atlas_cloud_identifiers", "a1b2", 0, 0, 0, null, "");
        Histories.atlasRow(db, "atlas_schema_revisions", "1", "users", 1, 0, 0, null, "");
        Histories.atlasRow(db, "atlas_schema_revisions", "2", "orders", 2, 1, 1, "", dir.sumEntry("2_orders.sql"));
        Histories.atlasRow(db, "atlas_schema_revisions", "3", "seed", 2, 1, 1, null, dir.sumEntry("3_seed.sql"));
        List<Map<String, String>> before = Histories.rows(db, "atlas_schema_revisions.atlas_schema_revisions");
        dir.file("4_items.sql", ITEMS);

        MigrateResult result = config().load().migrate();

        assertTakeover(result, ForeignTool.ATLAS, "\"atlas_schema_revisions\".\"atlas_schema_revisions\"", 3, "3");
        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("4_items.sql");
        assertThat(revisions()).containsExactly("1:1", "2:2", "3:2", "4:2");
        assertThat(Db.rows(db, "SELECT applied, total, operator_version, error FROM atlas_schema_revisions "
                + "WHERE version = '2'").get(0)).as("Atlas's rows are copied as Atlas wrote them")
                .containsEntry("applied", "1").containsEntry("total", "1")
                .containsEntry("operator_version", "Atlas CLI v0.30.0").containsEntry("error", null);
        assertThat(Histories.rows(db, "atlas_schema_revisions.atlas_schema_revisions")).isEqualTo(before);
        StatusResult status = config().load().status();
        assertThat(status.executed()).extracting(FileStatus::state)
                .containsExactly(FileState.BASELINE, FileState.APPLIED, FileState.APPLIED, FileState.APPLIED);
        assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat.ATLAS, 4);
    }

    // ---------------------------------------------------------------------------- status, dry run, listener

    @Test
    void statusAndDryRunShowTheTakeoverWithoutWritingAnything() {
        atlasFiles("1_users.sql", USERS, "2_orders.sql", ORDERS, "3_items.sql", ITEMS);
        Db.exec(db, USERS, ORDERS);
        Histories.golangMigrate(db, 2, false);
        List<Map<String, String>> catalog = Db.catalog(db);

        StatusResult status = config().load().status();
        DryRunResult dryRun = config().load().dryRun();

        assertThat(status.takeover()).get().extracting(Takeover::files).asList()
                .containsExactly("1_users.sql", "2_orders.sql");
        assertThat(status.executed()).extracting(FileStatus::file).containsExactly("1_users.sql", "2_orders.sql");
        assertThat(status.pending()).extracting(FileStatus::file).containsExactly("3_items.sql");
        assertThat(status.currentVersion()).contains("2");
        assertThat(status.problems()).isEmpty();
        assertThat(dryRun.takeover()).get().extracting(Takeover::versions).isEqualTo(2);
        assertThat(dryRun.files()).extracting(PlannedFile::file).containsExactly("3_items.sql");
        assertThat(dryRun.fromVersion()).contains("2");
        assertThat(Db.catalog(db)).as("nothing written").isEqualTo(catalog);
    }

    @Test
    void theListenerHearsOfTheTakeoverBeforeTheFirstFile() {
        atlasFiles("1_users.sql", USERS, "2_orders.sql", ORDERS);
        Db.exec(db, USERS);
        Histories.dbmate(db, "1");
        List<String> events = new ArrayList<>();

        config().listener(new MigrationListener() {
            @Override
            public void takenOver(Takeover takeover) {
                events.add("takeover " + takeover.tool() + " " + takeover.versions());
            }

            @Override
            public void fileApplied(dev.migrations.core.result.AppliedFile file, int number, int pending) {
                events.add("applied " + file.file());
            }
        }).load().migrate();

        assertThat(events).containsExactly("takeover DBMATE 1", "applied 2_orders.sql");
    }

    @Test
    void anAgreeingBaselineTakesTheHistoryOverAndAllowDirtyChangesNothing() {
        atlasFiles("1_users.sql", USERS, "2_orders.sql", ORDERS, "3_items.sql", ITEMS);
        Db.exec(db, USERS, ORDERS, "CREATE TABLE unrelated (id int)");
        Histories.dbmate(db, "1", "2");

        MigrateResult result = config().baselineVersion("2").allowDirty(true).load().migrate();

        assertThat(result.baseline()).isEmpty();
        assertTakeover(result, ForeignTool.DBMATE, "\"public\".\"schema_migrations\"", 2, "2");
        assertThat(revisions()).containsExactly("1:2", "2:2", "3:2");
    }

    @Test
    void anEmptyForeignHistoryIsNoTakeoverAndItsTableDoesNotMakeTheSchemaDirty() {
        atlasFiles("1_users.sql", USERS);
        Histories.goose(db, "goose_db_version");

        MigrateResult result = config().load().migrate();

        assertThat(result.takeover()).isEmpty();
        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("1_users.sql");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void assertTakeover(MigrateResult result, ForeignTool tool, String table, int versions,
            String version) {
        assertThat(result.takeover()).as("takeover").isPresent();
        Takeover t = result.takeover().get();
        assertThat(t.tool()).isEqualTo(tool);
        assertThat(t.table()).isEqualTo(table);
        assertThat(t.versions()).isEqualTo(versions);
        assertThat(t.version()).isEqualTo(version);
    }

    private void assertSecondRunIsANoOpAndStatusIsOk(DirectoryFormat format, int files) {
        MigrateResult again = config().directoryFormat(format).load().migrate();
        assertThat(again.nothingApplied()).isTrue();
        assertThat(again.takeover()).isEmpty();
        StatusResult status = config().directoryFormat(format).load().status();
        assertThat(status.status()).isEqualTo(StatusResult.Status.OK);
        assertThat(status.executed()).hasSize(files);
        assertThat(status.problems()).isEmpty();
        assertThat(status.takeover()).isEmpty();
        assertThat(config().directoryFormat(format).load().validate().valid()).isTrue();
    }

    /** Revisions as {@code version:type}, in version order. */
    private List<String> revisions() {
        return Db.rows(db, "SELECT version, type FROM atlas_schema_revisions ORDER BY version::numeric").stream()
                .map(r -> r.get("version") + ":" + r.get("type")).toList();
    }

    private void atlasFiles(String... namesAndContents) {
        for (int i = 0; i < namesAndContents.length; i += 2) {
            dir.file(namesAndContents[i], namesAndContents[i + 1]);
        }
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(db.dataSource()).locations("filesystem:" + tmp).load();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void prismaFile(String folder, String content) throws IOException {
        Path f = Files.createDirectories(tmp.resolve(folder));
        Files.writeString(f.resolve("migration.sql"), content, StandardCharsets.UTF_8);
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
