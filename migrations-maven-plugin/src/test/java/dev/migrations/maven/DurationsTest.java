package dev.migrations.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parsesTheCommandLineFormsAndIso() {
        assertThat(Durations.parse("500ms", "p")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("30s", "p")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("5m", "p")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h", "p")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("90", "p")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("PT2M", "p")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse(" ", "p")).isNull();
        assertThat(Durations.parse(null, "p")).isNull();
    }

    @Test
    void rejectsWhatIsNotADuration() {
        assertThatThrownBy(() -> Durations.parse("5 minutes", "lockTimeout (migrations.lockTimeout)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lockTimeout (migrations.lockTimeout): '5 minutes' is not a duration: use e.g. 500ms, 30s,"
                        + " 5m, 1h or PT30S");
        assertThatThrownBy(() -> Durations.parse("-5s", "p")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.parse("5x", "p")).isInstanceOf(IllegalArgumentException.class);
    }
}
