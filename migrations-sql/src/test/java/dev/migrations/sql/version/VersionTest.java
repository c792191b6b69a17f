package dev.migrations.sql.version;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionTest {

    @Test
    void parsesTimestampsSequencesAndDottedVersions() {
        assertThat(Version.parse("20240101120000").parts()).containsExactly(new BigInteger("20240101120000"));
        assertThat(Version.parse("001").parts()).containsExactly(BigInteger.ONE);
        assertThat(Version.parse("1.2.3").parts())
                .containsExactly(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3));
        assertThat(Version.parse("001")).hasToString("001");
    }

    @Test
    void handlesNumbersBeyondLong() {
        Version huge = Version.parse("99999999999999999999999");

        assertThat(huge).isGreaterThan(Version.parse(String.valueOf(Long.MAX_VALUE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.a", "a", "1..2", ".1", "1.", "v1", "1_2", "-1", "+1", " 1", "١"})
    void rejectsAnythingButDigitsSeparatedByDots(String text) {
        assertThatThrownBy(() -> Version.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "' is not a version");
        assertThat(Version.isValid(text)).isFalse();
    }

    @Test
    void comparesNumericallyPartByPart() {
        assertThat(Version.parse("9")).isLessThan(Version.parse("10"));
        assertThat(Version.parse("1.9")).isLessThan(Version.parse("1.10"));
        assertThat(Version.parse("1.2")).isLessThan(Version.parse("1.2.1"));
        assertThat(Version.parse("2")).isGreaterThan(Version.parse("1.99"));
    }

    @Test
    void missingPartsCountAsZeroSoTheseAreTheSameVersion() {
        Version one = Version.parse("1");
        Version oneZero = Version.parse("1.0");
        Version padded = Version.parse("01.0.0");

        assertThat(one.compareTo(oneZero)).isZero();
        assertThat(one).isEqualTo(oneZero).isEqualTo(padded).hasSameHashCodeAs(padded);
        assertThat(new TreeSet<>(List.of(one, oneZero, padded))).hasSize(1);
        assertThat(Version.parse("0")).isEqualTo(Version.parse("0.0")).hasSameHashCodeAs(Version.parse("0.0"));
    }
}
