package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which database the sample uses, from {@code sample.database.*}. */
class DatabaseSettingsTest {

    @Test
    void databaseUrlIsServedAndTheDirectUrlOnlyWhenItIsTheOneSet() {
        assertThat(new DatabaseSettings("postgres://app@pooler:6543/db", "postgres://app@db:5432/db", "")
                .servingUrl()).contains("postgres://app@pooler:6543/db");
        assertThat(new DatabaseSettings(" ", "postgres://app@db:5432/db", null).servingUrl())
                .contains("postgres://app@db:5432/db");
        assertThat(new DatabaseSettings("", "", "").servingUrl()).isEmpty();
    }

    @Test
    void theEmbeddedDataDirectoryDefaultsToTheUserCache() {
        assertThat(new DatabaseSettings(null, null, "/srv/pg").embeddedDataDirectory()).isEqualTo(Path.of("/srv/pg"));
        assertThat(new DatabaseSettings(null, null, "").embeddedDataDirectory())
                .endsWithRaw(Path.of("migrations-sample", "pgdata"));
    }
}
