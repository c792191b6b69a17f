package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.Histories;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.StatusResult;
import dev.migrations.core.result.ForeignTool;
import dev.migrations.core.error.TakeoverException;
import dev.migrations.core.error.TakeoverException.Reason;
import dev.migrations.sql.dir.DirectoryFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A takeover that cannot go ahead is refused before anything is written, in the other tool's words and with the
 * fix: the catalog (no revisions table, no journal) and the other tool's table are exactly as they were.
 */
class TakeoverRefusalTest extends DatabaseTest {

    private static final String USERS = "CREATE TABLE users (id int PRIMARY KEY);\n";
    private static final String ORDERS = "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);\n";
    private static final String ITEMS = "CREATE TABLE items (id int PRIMARY KEY);\n";

    @Test
    void aDirtyGolangMigrateVersionIsRefusedWithWhatForceWouldMean() {
        files("1_users.sql", USERS, "2_orders.sql", ORDERS, "3_items.sql", ITEMS);
        Db.exec(db, USERS);
        Histories.golangMigrate(db, 2, true);

        TakeoverException e = refused(() -> config().load().migrate(), "schema_migrations");

        assertThat(e.reason()).isEqualTo(Reason.DIRTY);
        assertThat(e.tool()).contains(ForeignTool.GOLANG_MIGRATE);
        assertThat(e.table()).isEqualTo("\"public\".\"schema_migrations\"");
        assertThat(e.versions()).containsExactly("2");
        assertThat(e.getMessage()).contains("\"Dirty database version 2\"").contains("2_orders.sql")
                .contains("'migrate force 2' declares that file complete")
                .contains("'migrate force 1' declares that it never ran").contains("Nothing was changed");
    }

    @Test
    void aFailedPrismaMigrationIsRefusedAsP3009() throws IOException {
        prismaFile("20240101000000_init", USERS);
        prismaFile("20240102000000_orders", ORDERS);
        Histories.hash(tmp, DirectoryFormat.PRISMA);
        Db.exec(db, USERS);
        Histories.prisma(db);
        Histories.prismaRow(db, "a", "20240101000000_init", TakeoverTest.sha256(USERS), true, false);
        Histories.prismaRow(db, "b", "20240102000000_orders", TakeoverTest.sha256(ORDERS), false, false);

        TakeoverException e = refused(() -> config().directoryFormat(DirectoryFormat.PRISMA).load().migrate(),
                "_prisma_migrations");

        assertThat(e.reason()).isEqualTo(Reason.FAILED_MIGRATION);
        assertThat(e.tool()).contains(ForeignTool.PRISMA);
        assertThat(e.table()).isEqualTo("\"public\".\"_prisma_migrations\"");
        assertThat(e.versions()).containsExactly("20240102000000_orders");
        assertThat(e.getMessage()).contains("P3009")
                .contains("prisma migrate resolve --rolled-back 20240102000000_orders")
                .contains("prisma migrate resolve --applied 20240102000000_orders");
    }

    @Test
    void aFailedFlywayMigrationIsRefusedUntilRepair() throws IOException {
        write("V1__users.sql", USERS);
        write("V2__orders.sql", ORDERS);
        flyway().migrate();
        Db.exec(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) VALUES (3, '3', 'items', 'SQL', 'V3__items.sql', "
                + "42, 'postgres', 5, false)");
        write("V3__items.sql", ITEMS);
        Histories.hash(tmp, DirectoryFormat.FLYWAY);

        TakeoverException e = refused(() -> config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate(),
                "flyway_schema_history");

        assertThat(e.reason()).isEqualTo(Reason.FAILED_MIGRATION);
        assertThat(e.tool()).contains(ForeignTool.FLYWAY);
        assertThat(e.versions()).containsExactly("3");
        assertThat(e.getMessage()).contains("Detected failed migration to version 3 (items)")
                .contains("'flyway repair'");
    }

    @Test
    void aFailedFlywayRepeatableRunIsRefusedUntilRepair() throws IOException {
        write("V1__users.sql", USERS);
        write("R__user_ids.sql", "CREATE OR REPLACE VIEW user_ids AS SELECT id FROM users;\n");
        flyway().migrate();
        // the view's file failed in a later run: that failed row is now its latest
        Db.exec(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) VALUES (3, NULL, 'user ids', 'SQL', "
                + "'R__user_ids.sql', 42, 'postgres', 5, false)");
        Histories.hash(tmp, DirectoryFormat.FLYWAY);

        TakeoverException e = refused(() -> config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate(),
                "flyway_schema_history");

        assertThat(e.reason()).isEqualTo(Reason.FAILED_MIGRATION);
        assertThat(e.tool()).contains(ForeignTool.FLYWAY);
        assertThat(e.versions()).containsExactly("user ids");
        assertThat(e.getMessage()).contains("repeatable migration user ids")
                .contains("Detected failed repeatable migration: user ids").contains("'flyway repair'");
    }

    @Test
    void aFlywayChecksumMismatchNamesTheFileAndBothChecksums() throws IOException {
        write("V1__users.sql", USERS);
        write("V2__orders.sql", ORDERS);
        flyway().migrate();
        write("V2__orders.sql", ORDERS + "-- edited after it was applied\n");
        Histories.hash(tmp, DirectoryFormat.FLYWAY);
        String recorded = Db.value(db, "SELECT checksum FROM flyway_schema_history WHERE version = '2'");

        TakeoverException e = refused(() -> config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate(),
                "flyway_schema_history");

        assertThat(e.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
        assertThat(e.tool()).contains(ForeignTool.FLYWAY);
        assertThat(e.versions()).containsExactly("2");
        assertThat(e.getMessage()).contains("V2__orders.sql (version 2)").contains("checksum " + recorded)
                .contains("Migration checksum mismatch for migration version 2").contains("'flyway repair'");
    }

    @Test
    void aPrismaChecksumMismatchIsRefused() throws IOException {
        prismaFile("20240101000000_init", USERS);
        Histories.hash(tmp, DirectoryFormat.PRISMA);
        Db.exec(db, USERS);
        Histories.prisma(db);
        Histories.prismaRow(db, "a", "20240101000000_init", TakeoverTest.sha256("CREATE TABLE users ();\n"), true,
                false);

        TakeoverException e = refused(() -> config().directoryFormat(DirectoryFormat.PRISMA).load().migrate(),
                "_prisma_migrations");

        assertThat(e.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
        assertThat(e.versions()).containsExactly("20240101000000_init");
        assertThat(e.getMessage()).contains("20240101000000_init/migration.sql")
                .contains(TakeoverTest.sha256(USERS));
    }

    @Test
    void anAtlasHashMismatchIsRefused() {
        files("1_users.sql", USERS);
        Db.exec(db, USERS);
        Histories.atlas(db, "atlas_schema_revisions");
        Histories.atlasRow(db, "atlas_schema_revisions", "1", "users", 2, 1, 1, null, "stale=");

        TakeoverException e = refused(() -> config().load().migrate(), "atlas_schema_revisions.atlas_schema_revisions");

        assertThat(e.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
        assertThat(e.tool()).contains(ForeignTool.ATLAS);
        assertThat(e.getMessage()).contains("1_users.sql (version 1)").contains("hash stale=");
    }

    @Test
    void aPartlyAppliedAtlasRevisionIsRefused() {
        files("1_users.sql", USERS, "2_orders.sql", "-- atlas:txmode none\n\n" + ORDERS + ITEMS);
        Db.exec(db, USERS, ORDERS);
        Histories.atlas(db, "atlas_schema_revisions");
        Histories.atlasRow(db, "atlas_schema_revisions", "1", "users", 2, 1, 1, null, dir.sumEntry("1_users.sql"));
        Histories.atlasRow(db, "atlas_schema_revisions", "2", "orders", 2, 1, 2, "relation exists",
                dir.sumEntry("2_orders.sql"));

        TakeoverException e = refused(() -> config().load().migrate(), "atlas_schema_revisions.atlas_schema_revisions");

        assertThat(e.reason()).isEqualTo(Reason.FAILED_MIGRATION);
        assertThat(e.versions()).containsExactly("2");
        assertThat(e.getMessage()).contains("partly applied: 1 of 2 statements, error: relation exists")
                .contains("atlas migrate apply").contains("revisionsSchema(\"atlas_schema_revisions\") and "
                        + "revisionsTable(\"atlas_schema_revisions\")");
    }

    @Test
    void aFlywayHistoryAheadOfTheDirectoryIsRefused() throws IOException {
        write("V1__users.sql", USERS);
        write("V2__orders.sql", ORDERS);
        write("V3__items.sql", ITEMS);
        flyway().migrate();
        Files.delete(tmp.resolve("V3__items.sql"));
        Histories.hash(tmp, DirectoryFormat.FLYWAY);

        TakeoverException e = refused(() -> config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate(),
                "flyway_schema_history");

        assertThat(e.reason()).isEqualTo(Reason.MISSING_FILE);
        assertThat(e.versions()).containsExactly("3");
        assertThat(e.getMessage()).contains("records version(s) that").contains("3 (items)")
                .contains("ahead of this directory");
    }

    @Test
    void aGolangMigrateVersionWithoutAFileIsRefused() {
        files("1_users.sql", USERS, "2_orders.sql", ORDERS);
        Db.exec(db, USERS, ORDERS, ITEMS);
        Histories.golangMigrate(db, 3, false);

        TakeoverException e = refused(() -> config().load().migrate(), "schema_migrations");

        assertThat(e.reason()).isEqualTo(Reason.MISSING_FILE);
        assertThat(e.tool()).contains(ForeignTool.GOLANG_MIGRATE);
        assertThat(e.versions()).containsExactly("3");
    }

    @Test
    void twoForeignHistoriesAreRefusedNamingBothAndTheOptionPicksOne() throws IOException {
        write("V1__users.sql", USERS);
        flyway().migrate();
        Histories.hash(tmp, DirectoryFormat.FLYWAY);
        Histories.goose(db, "goose_db_version");
        Db.exec(db, "INSERT INTO goose_db_version (version_id, is_applied) VALUES (1, true)");

        TakeoverException e = refused(() -> config().directoryFormat(DirectoryFormat.FLYWAY).load().migrate(),
                "flyway_schema_history");

        assertThat(e.reason()).isEqualTo(Reason.SEVERAL_TABLES);
        assertThat(e.tool()).isEmpty();
        assertThat(e.tables()).containsExactly("\"public\".\"flyway_schema_history\"",
                "\"public\".\"goose_db_version\"");
        assertThat(e.getMessage()).contains("Flyway's \"public\".\"flyway_schema_history\" and goose's "
                + "\"public\".\"goose_db_version\"").contains("historyTable(\"public.flyway_schema_history\")");
        MigrateResult picked = config().directoryFormat(DirectoryFormat.FLYWAY).historyTable("goose_db_version")
                .load().migrate();
        assertThat(picked.takeover()).get().satisfies(t -> assertThat(t.tool()).isEqualTo(ForeignTool.GOOSE));
    }

    @Test
    void aBaselineThatDisagreesWithTheHistoryIsRefused() {
        files("1_users.sql", USERS, "2_orders.sql", ORDERS, "3_items.sql", ITEMS);
        Db.exec(db, USERS, ORDERS);
        Histories.dbmate(db, "1", "2");

        TakeoverException e = refused(() -> config().baselineVersion("1").load().migrate(), "schema_migrations");

        assertThat(e.reason()).isEqualTo(Reason.BASELINE_DISAGREES);
        assertThat(e.tool()).contains(ForeignTool.DBMATE);
        assertThat(e.versions()).containsExactly("1", "2");
        assertThat(e.getMessage()).contains("baseline version 1 disagrees").contains("at version 2");
    }

    @Test
    void aNamedTableThatIsNoToolsHistoryIsRefused() {
        files("1_users.sql", USERS);
        Db.exec(db, "CREATE TABLE audit (id int, happened_at timestamptz)");

        TakeoverException e = refused(() -> config().historyTable("public.audit").load().migrate(), "audit");

        assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(e.getMessage()).contains("happened_at, id");
    }

    @Test
    void statusReportsARefusedTakeoverAsAProblemAndWritesNothing() {
        files("1_users.sql", USERS, "2_orders.sql", ORDERS);
        Db.exec(db, USERS);
        Histories.golangMigrate(db, 1, true);
        List<Map<String, String>> catalog = Db.catalog(db);

        StatusResult status = config().load().status();

        assertThat(status.takeover()).isEmpty();
        assertThat(status.problems()).anySatisfy(p -> assertThat(p).contains("Dirty database version 1"));
        assertThat(config().load().validate().valid()).isFalse();
        assertThat(Db.catalog(db)).isEqualTo(catalog);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Runs the call, expects a refusal, and checks that neither the catalog nor the other tool's table changed. */
    private TakeoverException refused(ThrowingCallable call, String foreignTable) {
        List<Map<String, String>> catalog = Db.catalog(db);
        List<Map<String, String>> rows = Histories.rows(db, foreignTable);
        TakeoverException e = catchThrowableOfType(call, TakeoverException.class);
        assertThat(e).as("refused with a TakeoverException").isNotNull();
        assertThat(e.getMessage()).contains("Nothing was changed");
        assertThat(Db.catalog(db)).as("catalog unchanged: no revisions table, no journal").isEqualTo(catalog);
        assertThat(Db.value(db, "SELECT to_regclass('public.atlas_schema_revisions')::text")).isNull();
        assertThat(Db.value(db, "SELECT to_regclass('public.migrations_journal')::text")).isNull();
        assertThat(Histories.rows(db, foreignTable)).as("the other tool's table is untouched").isEqualTo(rows);
        return e;
    }

    private void files(String... namesAndContents) {
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
}
