package dev.migrations.core.internal.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.error.MigrationsException;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void libpqUriBecomesJdbcWithCredentialsAsProperties() {
        DatabaseUrl url = DatabaseUrl.parse(
                "postgres://app:p%40ss%3Aword@db.example.com:6432/main?sslmode=require&search_path=app,public"
                        + "&connect_timeout=5&application_name=orders");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6432/main?sslmode=require");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("p@ss:word");
        assertThat(url.searchPathSchema()).contains("app");
        assertThat(url.driverProperties()).containsEntry("connectTimeout", "5")
                .containsEntry("ApplicationName", "orders").containsEntry("password", "p@ss:word");
    }

    @Test
    void jdbcUrlKeepsItsParametersAndCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/db?user=u&password=pw&ssl=true");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db?ssl=true");
        assertThat(url.user()).isEqualTo("u");
        assertThat(url.password()).isEqualTo("pw");
    }

    @Test
    void thePasswordNeverShowsInTextForms() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://admin:TopSecret@host/db");

        assertThat(url.toString()).isEqualTo("admin:***@host/db").doesNotContain("TopSecret");
        assertThat(url.redacted()).doesNotContain("TopSecret");
        assertThat(DatabaseUrl.redact("FATAL for postgres://a:TopSecret@h/db and password=TopSecret&x=1"))
                .doesNotContain("TopSecret");
    }

    @Test
    void quotedSearchPathSchemasAreUnquoted() {
        assertThat(DatabaseUrl.parse("postgres://h/db?search_path=%22My%20Schema%22,public").searchPathSchema())
                .contains("My Schema");
    }

    @Test
    void otherSchemesAreRejectedWithoutEchoingSecrets() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:Secret1@h/db"))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("postgres://user:password@host:5432/database")
                .hasMessageNotContaining("Secret1");
        assertThatThrownBy(() -> DatabaseUrl.parse(" "))
                .hasMessageContaining("DATABASE_URL");
    }
}
