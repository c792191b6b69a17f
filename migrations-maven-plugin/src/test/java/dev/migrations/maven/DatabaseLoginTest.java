package dev.migrations.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.maven.DatabaseLogin.ServerCredentials;
import dev.migrations.url.DatabaseUrl;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DatabaseLoginTest {

    private static final Optional<ServerCredentials> NO_SERVER = Optional.empty();

    @Test
    void theUrlParameterComesFirst() {
        DatabaseLogin login = DatabaseLogin.resolve("postgres://app:secret@db:5432/shop", Map.of("DATABASE_URL",
                "postgres://other@x/y"), null, null, () -> NO_SERVER);
        assertThat(login.url()).isEqualTo(DatabaseUrl.parse("postgres://app:secret@db:5432/shop"));
        assertThat(login.source()).isEqualTo("url");
        assertThat(login.user()).isEqualTo("app");
        assertThat(login.password()).isEqualTo("secret");
        assertThat(login.redacted()).isEqualTo("app:***@db:5432/shop").doesNotContain("secret");
        assertThat(login.toString()).doesNotContain("secret");
    }

    @Test
    void directDatabaseUrlThenDatabaseUrl() {
        assertThat(DatabaseLogin.resolve(" ", Map.of("DATABASE_URL", "postgres://a@pooler:6543/db",
                "DIRECT_DATABASE_URL", "postgres://a@direct:5432/db"), null, null, () -> NO_SERVER).source())
                .isEqualTo("DIRECT_DATABASE_URL");
        DatabaseLogin login = DatabaseLogin.resolve(null, Map.of("DATABASE_URL", "jdbc:postgresql://h/db?user=u"),
                null, null, () -> NO_SERVER);
        assertThat(login.source()).isEqualTo("DATABASE_URL");
        assertThat(login.url()).isEqualTo(DatabaseUrl.parse("jdbc:postgresql://h/db?user=u"));
    }

    @Test
    void noUrlAnywhereNamesEveryWayToGiveOne() {
        assertThatThrownBy(() -> DatabaseLogin.resolve(null, Map.of(), null, null, () -> NO_SERVER))
                .hasMessageContaining("<url>").hasMessageContaining("-Dmigrations.url=")
                .hasMessageContaining("DATABASE_URL");
    }

    @Test
    void settingsServerFillsInAMissingLogin() {
        DatabaseLogin login = DatabaseLogin.resolve("jdbc:postgresql://h:5432/db?sslmode=require", Map.of(), null,
                null, () -> Optional.of(new ServerCredentials("deploy", "p@ss w&rd")));
        assertThat(login.user()).isEqualTo("deploy");
        assertThat(login.password()).isEqualTo("p@ss w&rd");
        DatabaseUrl parsed = login.url();
        assertThat(parsed.user()).isEqualTo("deploy");
        assertThat(parsed.password()).isEqualTo("p@ss w&rd");
        assertThat(parsed.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
        assertThat(login.redacted()).doesNotContain("w&rd");
    }

    @Test
    void credentialsInTheUrlWinOverTheServerWhichIsNotEvenRead() {
        AtomicBoolean asked = new AtomicBoolean();
        DatabaseLogin login = DatabaseLogin.resolve("postgres://app:secret@db/shop", Map.of(), null, null, () -> {
            asked.set(true);
            return Optional.of(new ServerCredentials("deploy", "other"));
        });
        assertThat(login.user()).isEqualTo("app");
        assertThat(login.password()).isEqualTo("secret");
        assertThat(asked).isFalse();
    }

    @Test
    void serverPasswordOnlyForTheSameUserOrAServerWithoutUser() {
        assertThat(DatabaseLogin.resolve("postgres://app@db/shop", Map.of(), null, null,
                () -> Optional.of(new ServerCredentials("deploy", "other"))).password()).isEmpty();
        assertThat(DatabaseLogin.resolve("postgres://app@db/shop", Map.of(), null, null,
                () -> Optional.of(new ServerCredentials("app", "right"))).password()).isEqualTo("right");
        assertThat(DatabaseLogin.resolve("postgres://db/shop", Map.of(), "app", null,
                () -> Optional.of(new ServerCredentials(null, "only-a-password"))).password())
                .isEqualTo("only-a-password");
    }

    @Test
    void parametersOverrideTheUrl() {
        DatabaseLogin login = DatabaseLogin.resolve("postgres://app:secret@db:5432/shop?search_path=s", Map.of(),
                "admin", "admin-secret", () -> NO_SERVER);
        DatabaseUrl parsed = login.url();
        assertThat(parsed.user()).isEqualTo("admin");
        assertThat(parsed.password()).isEqualTo("admin-secret");
        assertThat(parsed.searchPathSchema()).contains("s");
        assertThat(login.url().toString()).doesNotContain("secret");
    }
}
