package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading options and environment; no database involved. */
class AppConfigTest {

    @Test
    void withNothingSetItServesOnPort8080FromTheEmbeddedDatabaseInTheUserCache() {
        AppConfig config = AppConfig.from(new String[0], Map.of("XDG_CACHE_HOME", "/home/ann/.cache"));

        assertThat(config.command()).isEqualTo(AppConfig.Command.SERVE);
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.embedded()).isTrue();
        assertThat(config.dataDirectory()).endsWithRaw(Path.of("migrations-sample", "pgdata"));
        assertThat(config.baselineVersion()).isEmpty();
    }

    @Test
    void theEnvironmentNamesPortUrlsAndDataDirectory() {
        AppConfig config = AppConfig.from(new String[0], Map.of("PORT", "9090",
                "DATABASE_URL", "postgres://app@pooler:6543/db", "DIRECT_DATABASE_URL", "postgres://app@db:5432/db",
                "MIGRATIONS_SAMPLE_DATA", "/srv/pg"));

        assertThat(config.httpPort()).isEqualTo(9090);
        assertThat(config.url()).contains("postgres://app@pooler:6543/db");
        assertThat(config.directUrl()).contains("postgres://app@db:5432/db");
        assertThat(config.embedded()).isFalse();
        assertThat(config.dataDirectory()).isEqualTo(Path.of("/srv/pg"));
    }

    @Test
    void blankVariablesCountAsUnset() {
        AppConfig config = AppConfig.from(new String[0], Map.of("PORT", " ", "DATABASE_URL", ""));

        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.embedded()).isTrue();
    }

    @Test
    void optionsPickTheCommandAndBaseline() {
        assertThat(AppConfig.from(new String[] {"--migrate-only"}, Map.of()).command())
                .isEqualTo(AppConfig.Command.MIGRATE_ONLY);
        assertThat(AppConfig.from(new String[] {"--create-legacy-db"}, Map.of()).command())
                .isEqualTo(AppConfig.Command.CREATE_LEGACY_DB);
        assertThat(AppConfig.from(new String[] {"--baseline", "20250110090300"}, Map.of()).baselineVersion())
                .contains("20250110090300");
        assertThat(AppConfig.from(new String[] {"--migrate-only", "--baseline=20250110090300"}, Map.of()))
                .satisfies(c -> {
                    assertThat(c.command()).isEqualTo(AppConfig.Command.MIGRATE_ONLY);
                    assertThat(c.baselineVersion()).contains("20250110090300");
                });
        assertThat(AppConfig.from(new String[] {"--help"}, Map.of()).command()).isEqualTo(AppConfig.Command.HELP);
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> AppConfig.from(new String[] {"--migrate"}, Map.of()))
                .hasMessage("unknown option '--migrate'");
        assertThatThrownBy(() -> AppConfig.from(new String[] {"--baseline"}, Map.of()))
                .hasMessageContaining("--baseline needs a version");
        assertThatThrownBy(() -> AppConfig.from(new String[] {"--create-legacy-db", "--baseline", "1"}, Map.of()))
                .hasMessageContaining("does not go with --create-legacy-db");
        assertThatThrownBy(() -> AppConfig.from(new String[] {"--migrate-only", "--create-legacy-db"}, Map.of()))
                .hasMessage("--create-legacy-db cannot be combined with --migrate-only");
        assertThatThrownBy(() -> AppConfig.from(new String[0], Map.of("PORT", "http")))
                .hasMessage("PORT must be a number, got 'http'");
        assertThatThrownBy(() -> AppConfig.from(new String[0], Map.of("PORT", "70000")))
                .hasMessageContaining("between 0 and 65535");
    }
}
