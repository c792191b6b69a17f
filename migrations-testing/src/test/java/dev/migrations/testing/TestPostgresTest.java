package dev.migrations.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void eachTestGetsItsOwnEmptyDatabaseOnTheRequestedMajor() throws Exception {
        try (TestDatabase a = TestPostgres.newDatabase(); TestDatabase b = TestPostgres.newDatabase()) {
            assertThat(a.name()).isNotEqualTo(b.name());
            try (Connection c = a.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE only_in_a (id int)");
                ResultSet rs = st.executeQuery("SHOW server_version_num");
                rs.next();
                int major = Integer.parseInt(rs.getString(1)) / 10000;
                assertThat(String.valueOf(major)).isEqualTo(ServerSelection.majorVersion());
            }
            try (Connection c = b.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_a'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void externalUrlsInBothSpellingsAreUnderstood() {
        ExternalServer uri = ExternalServer.parse("postgres://app:s%40cret@db.internal:6543/main");
        assertThat(uri).isEqualTo(new ExternalServer("db.internal", 6543, "app", "s@cret", "main"));
        ExternalServer jdbc = ExternalServer.parse("jdbc:postgresql://localhost/postgres?user=u&password=p");
        assertThat(jdbc).isEqualTo(new ExternalServer("localhost", 5432, "u", "p", "postgres"));
        assertThat(jdbc.toString()).doesNotContain("p@").isEqualTo("external server localhost:5432");
    }
}
