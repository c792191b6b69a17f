package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.Migrations;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.error.MigrationsException;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Target schemas, quoting, URLs and secrets. */
class SchemaAndConnectionTest {

    @TempDir
    Path tmp;
    MigrationDir dir;
    TestDatabase db;

    @BeforeEach
    void setUp() {
        dir = new MigrationDir(tmp).file("1_t.sql", "CREATE TABLE t (id int);\n");
        db = TestPostgres.newDatabase();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aMissingSchemaIsCreatedAndTheFilesRunInsideIt() {
        Migrations.configure().dataSource(db.dataSource()).directory(dir.location()).schema("app").load().migrate();

        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'app' AND tablename = 't'"))
                .isEqualTo("1");
        assertThat(Db.value(db, "SELECT count(*) FROM app.atlas_schema_revisions")).isEqualTo("1");
        assertThat(Db.value(db, "SELECT count(*) FROM app.migrations_journal")).isEqualTo("1");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo("0");
    }

    @Test
    void schemaCreationCanBeTurnedOff() {
        List<Map<String, String>> before = Db.catalog(db);

        assertThatThrownBy(() -> Migrations.configure().dataSource(db.dataSource()).directory(dir.location())
                .schema("absent").createSchema(false).load().migrate())
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("schema \"absent\" does not exist");
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void identifiersWithQuotesAndSemicolonsAreQuotedEverywhere() {
        String schema = "we\"ird; DROP SCHEMA public; --";
        String table = "rev\"s;x";

        MigrateResult result = Migrations.configure().dataSource(db.dataSource()).directory(dir.location())
                .schema(schema).revisionsTable(table).journalTable("jour\"nal").load().migrate();

        assertThat(result.applied()).hasSize(1);
        assertThat(Db.value(db, "SELECT count(*) FROM pg_namespace WHERE nspname = 'public'")).isEqualTo("1");
        assertThat(Db.rows(db, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'we\"ird; DROP SCHEMA public; --' AND c.relkind = 'r' ORDER BY 1"))
                .extracting(r -> r.get("relname")).containsExactly("jour\"nal", "rev\"s;x", "t");
    }

    @Test
    void schemasOfOneDatabaseAreIndependent() {
        Migrations.configure().dataSource(db.dataSource()).directory(dir.location()).schema("tenant_a").load()
                .migrate();
        MigrateResult b = Migrations.configure().dataSource(db.dataSource()).directory(dir.location())
                .schema("tenant_b").load().migrate();

        assertThat(b.applied()).hasSize(1);
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 't'")).isEqualTo("2");
    }

    @Test
    void revisionsCanLiveInTheirOwnSchema() {
        Migrations.configure().dataSource(db.dataSource()).directory(dir.location()).schema("app")
                .revisionsSchema("atlas_schema_revisions").load().migrate();

        assertThat(Db.value(db, "SELECT version FROM atlas_schema_revisions.atlas_schema_revisions")).isEqualTo("1");
        assertThat(Db.value(db, "SELECT count(*) FROM app.migrations_journal")).isEqualTo("1");
    }

    @Test
    void aLibpqUriWithSearchPathSelectsTheSchema() {
        Db.exec(db, "ALTER USER " + db.user() + " PASSWORD 's3cr;et@pw'");
        String uri = "postgres://" + db.user() + ":" + URLEncoder.encode("s3cr;et@pw", StandardCharsets.UTF_8) + "@"
                + db.server().host() + ":" + db.server().port() + "/" + db.name() + "?sslmode=disable&search_path=app";
        try {
            MigrateResult result = Migrations.configure().url(uri).directory(dir.location()).load().migrate();

            assertThat(result.schema()).isEqualTo("app");
            assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'app'")).isEqualTo("3");
        } finally {
            Db.exec(db, "ALTER USER " + db.user() + " PASSWORD NULL");
        }
    }

    @Test
    void aJdbcUrlWorksToo() {
        String url = db.jdbcUrl() + "?user=" + db.user() + "&currentSchema=jdbc_app";

        MigrateResult result = Migrations.configure().url(url).directory(dir.location()).load().migrate();

        assertThat(result.schema()).isEqualTo("jdbc_app");
        assertThat(result.applied()).hasSize(1);
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() {
        String uri = "postgres://nosuchuser:Very-Secret-Pw-123@" + db.server().host() + ":" + db.server().port()
                + "/" + db.name();

        assertThatThrownBy(() -> Migrations.configure().url(uri).directory(dir.location()).load().migrate())
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("nosuchuser")
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("Very-Secret-Pw-123");
                        assertThat(t.toString()).doesNotContain("Very-Secret-Pw-123");
                    }
                });
    }

    @Test
    void anUnreachableHostFailsWithTheHostInTheMessage() {
        String uri = "postgres://u:Hidden-Pw-9@127.0.0.1:1/db?connect_timeout=2";

        assertThatThrownBy(() -> Migrations.configure().url(uri).directory(dir.location()).load().migrate())
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("Hidden-Pw-9");
    }
}
