package dev.migrations.core.internal.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import dev.migrations.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every URL form, parsed and then connected with, against the test server. */
class DatabaseUrlConnectionTest {

    private static final String ROLE = "url_login";
    private static final String PASSWORD = "p@ss:w/rd+1%";
    private static final String ENCODED_PASSWORD = "p%40ss%3Aw%2Frd%2B1%25";

    private static TestDatabase db;

    @BeforeAll
    static void createLogin() throws SQLException {
        db = TestPostgres.newDatabase();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                    + "CREATE ROLE " + ROLE + " LOGIN; END IF; END $$");
            st.execute("ALTER ROLE " + ROLE + " PASSWORD '" + PASSWORD + "'");
            st.execute("GRANT CONNECT ON DATABASE " + db.name() + " TO " + ROLE);
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void libpqUriWithPercentEncodedPassword() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://" + ROLE + ":" + ENCODED_PASSWORD + "@localhost:" + port()
                + "/" + db.name());

        assertThat(url.password()).isEqualTo(PASSWORD);
        assertThat(query(url, "SELECT current_user || '/' || current_database()"))
                .isEqualTo(ROLE + "/" + db.name());
    }

    @Test
    void jdbcUrlWithCredentialsAsParameters() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:" + port() + "/" + db.name() + "?user="
                + ROLE + "&password=" + ENCODED_PASSWORD);

        assertThat(url.password()).isEqualTo(PASSWORD);
        assertThat(query(url, "SELECT current_user")).isEqualTo(ROLE);
    }

    @Test
    void jdbcUrlWithSeveralHostsReachesTheOneThatAnswers() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:1,localhost:" + port() + "/" + db.name()
                + "?targetServerType=primary&user=" + ROLE);

        assertThat(url.hosts()).hasSize(2);
        assertThat(query(url, "SELECT inet_server_port()::text")).isEqualTo(String.valueOf(port()));
    }

    @Test
    void libpqUriWithSeveralHostsAndReadWriteSession() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("postgres://" + ROLE + "@localhost:1,localhost:" + port() + "/"
                + db.name() + "?target_session_attrs=read-write");

        assertThat(url.parameters()).containsEntry("targetServerType", "primary");
        assertThat(query(url, "SELECT (NOT pg_is_in_recovery())::text")).isEqualTo("true");
    }

    @Test
    void ipv6Loopback() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("postgres://" + ROLE + "@[::1]:" + port() + "/" + db.name());

        assertThat(url.host().name()).isEqualTo("::1");
        // The embedded server listens on IPv4 localhost only; a server on ::1 answers over IPv6. Either way the
        // driver was handed the IPv6 address, not a host name made of its pieces.
        try {
            assertThat(query(url, "SELECT family(inet_client_addr())::text")).isEqualTo("6");
        } catch (SQLException e) {
            assertThat(e.getSQLState()).isEqualTo("08001");
            assertThat(e.getMessage()).contains("Connection to [::1]:" + port() + " refused");
        }
    }

    @Test
    void optionsSetTheSearchPathAndSslmodeReachesTheDriver() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("postgres://" + ROLE + "@localhost:" + port() + "/" + db.name()
                + "?options=-c%20search_path%3Dapp_schema%2Cpublic&sslmode=disable");

        assertThat(url.searchPathSchema()).contains("app_schema");
        assertThat(query(url, "SHOW search_path")).isEqualTo("app_schema,public");
        assertThat(query(url, "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)"
                + "::text")).isEqualTo("false");
    }

    @Test
    void connectionErrorsNeverShowThePassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://" + ROLE + ":" + ENCODED_PASSWORD + "@localhost:" + port()
                + "/no_such_database_here");

        assertThatThrownBy(() -> new UrlDataSource(url).getConnection().close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("3D000"))
                .hasMessageContaining("no_such_database_here")
                .hasMessageNotContaining(PASSWORD)
                .hasMessageNotContaining(ENCODED_PASSWORD);
        assertThat(url.toString()).doesNotContain(PASSWORD).doesNotContain(ENCODED_PASSWORD);
    }

    private static int port() {
        return db.server().port();
    }

    private static String query(DatabaseUrl url, String sql) throws SQLException {
        try (Connection c = new UrlDataSource(url).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
