package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.spring.boot.it.Db;
import dev.migrations.spring.boot.it.jdbc.JdbcApp;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migration connection: a separate user through {@code migrations.url}/{@code user}/{@code password}, through
 * {@code migrations.user} alone, or a {@link MigrationsDataSource} bean; the application keeps its own user.
 */
class ConnectionTest {

    private final TestDatabase database = TestPostgres.newDatabase();
    private final Db db = new Db(database);
    private final String migrator = "migrator_" + database.name();

    @BeforeEach
    void createMigrator() {
        db.execute("CREATE ROLE " + migrator + " LOGIN PASSWORD 'secret-pw'",
                "GRANT CONNECT, CREATE ON DATABASE " + database.name() + " TO " + migrator);
    }

    @AfterEach
    void drop() throws Exception {
        database.close();
        try (Connection c = database.server().adminConnection(); Statement st = c.createStatement()) {
            st.execute("DROP ROLE IF EXISTS " + migrator);
        }
    }

    @Test
    void migrationsUrlUserAndPasswordMigrateAsAnotherUser() {
        try (ConfigurableApplicationContext context = Apps.run(JdbcApp.class, database,
                "migrations.url=" + database.jdbcUrl(),
                "migrations.user=" + migrator,
                "migrations.password=secret-pw",
                "migrations.schema=app")) {
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT current_user", String.class))
                    .isEqualTo(database.user());
        }
        assertThat(db.owner("app", "person")).isEqualTo(migrator);
        assertThat(db.owner("app", "atlas_schema_revisions")).isEqualTo(migrator);
    }

    @Test
    void aPostgresUriWorksAsMigrationsUrl() {
        String uri = "postgres://nobody:wrong@" + database.server().host() + ":" + database.server().port() + "/"
                + database.name() + "?search_path=app";
        Apps.run(JdbcApp.class, database, "migrations.url=" + uri, "migrations.user=" + migrator,
                "migrations.password=secret-pw").close();
        assertThat(db.owner("app", "person")).isEqualTo(migrator);
    }

    @Test
    void migrationsUserAloneLogsInToTheApplicationsDatabase() {
        Apps.run(JdbcApp.class, database, "migrations.user=" + migrator, "migrations.password=secret-pw",
                "migrations.schema=app").close();
        assertThat(db.owner("app", "person")).isEqualTo(migrator);
    }

    @Test
    void aMigrationsDataSourceBeanIsUsed() {
        try (ConfigurableApplicationContext context = Apps.run(TwoDataSources.class, database,
                "test.migrator=" + migrator, "migrations.schema=app")) {
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT current_user", String.class))
                    .isEqualTo(database.user());
        }
        assertThat(db.owner("app", "person")).isEqualTo(migrator);
    }

    /** The application's DataSource, and one for migrations that logs in as the schema owner. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TwoDataSources {

        @Bean
        @Primary
        DataSource dataSource(Environment env) {
            return dataSource(env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username"),
                    env.getProperty("spring.datasource.password"));
        }

        @Bean
        @MigrationsDataSource
        DataSource migrationsDataSource(Environment env) {
            return dataSource(env.getProperty("spring.datasource.url"), env.getProperty("test.migrator"),
                    "secret-pw");
        }

        private static DataSource dataSource(String url, String user, String password) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
    }
}
