package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.core.result.StatusResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DataSource and MigratedDatabase, in the constructor, @BeforeEach and the test, all name the test's database. */
@MigratedPostgres(directory = "classpath:db/migrations", schema = "app")
class InjectionTest {

    private final MigratedDatabase fromConstructor;
    private MigratedDatabase fromBeforeEach;

    InjectionTest(MigratedDatabase db) {
        this.fromConstructor = db;
    }

    @BeforeEach
    void keep(MigratedDatabase db) {
        this.fromBeforeEach = db;
    }

    @Test
    void everyParameterOfOneTestIsTheSameDatabase(DataSource ds, MigratedDatabase db) {
        assertThat(Pg.text(ds, "SELECT current_database()")).isEqualTo(db.name());
        assertThat(fromConstructor).isSameAs(db);
        assertThat(fromBeforeEach).isSameAs(db);
        assertThat(db.dataSource()).isSameAs(ds);
    }

    @Test
    void theDatabaseDescribesHowToReachIt(MigratedDatabase db) throws Exception {
        assertThat(db.name()).startsWith(TemplateRegistry.shared().copyPrefix());
        assertThat(db.schema()).isEqualTo("app");
        assertThat(db.jdbcUrl()).startsWith("jdbc:postgresql://").endsWith("/" + db.name());
        assertThat(db.url()).startsWith("postgres://" + db.user()).endsWith("/" + db.name());
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_database(), current_user")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(db.name());
            assertThat(rs.getString(2)).isEqualTo(db.user());
        }
        StatusResult viaUrl = Migrations.configure().url(db.url()).schema("app").load().status();
        assertThat(viaUrl.status()).isEqualTo(StatusResult.Status.OK);
        assertThat(viaUrl.executed()).hasSize(6);
    }

    @Test
    void theConfiguredMigrationsFindNothingToDo(MigratedDatabase db) {
        assertThat(db.migrations()).isSameAs(db.migrations());
        assertThat(db.migrations().settings().schema()).isEqualTo("app");
        assertThat(db.migrations().status().pending()).isEmpty();
        assertThat(db.migrations().migrate().applied()).isEmpty();
        assertThat(db.migrations().validate().problems()).isEmpty();
    }

    @Test
    void theCopyHoldsEveryObjectOfBothReleases(DataSource ds) {
        assertThat(Pg.count(ds, "SELECT count(*) FROM app.atlas_schema_revisions")).isEqualTo(6);
        assertThat(Pg.count(ds, "SELECT count(*) FROM app.profiles WHERE avatar_url IS NOT NULL")).isEqualTo(3);
        assertThat(Pg.text(ds, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'app.profiles_display_name_idx'::regclass"))
                .isEqualTo("t");
        assertThat(Pg.count(ds, "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'users_sync_profile_%'")).isEqualTo(2);
    }
}
