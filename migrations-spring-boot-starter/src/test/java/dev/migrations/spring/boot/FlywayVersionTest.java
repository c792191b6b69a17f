package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Flyway check: the Flyway Spring Boot pins passes; an older one is told which property to set. */
class FlywayVersionTest {

    @Test
    void theFlywayThisTestRunsOnIsBootsAndPasses() {
        assertThat(FlywayVersion.onClassPath()).hasValue(System.getProperty("test.flyway.version"));
        FlywayVersion.check();
    }

    @Test
    void versionsFromTheOldestTestedOnAreSupported() {
        assertThat(FlywayVersion.supported("11.7.2")).isTrue();
        assertThat(FlywayVersion.supported("11.14.1")).isTrue();
        assertThat(FlywayVersion.supported("13.12.0")).isTrue();
        assertThat(FlywayVersion.supported("12.0.0-beta")).isTrue();
        assertThat(FlywayVersion.supported("11.7.1")).isFalse();
        assertThat(FlywayVersion.supported("10.20.1")).isFalse();
        assertThat(FlywayVersion.supported("9")).isFalse();
        assertThat(FlywayVersion.supported("unknown")).isTrue();
    }

    @Test
    void anOlderFlywayIsToldWhichPropertyToSet() {
        String message = FlywayVersion.tooOld("10.20.1").getMessage();
        assertThat(message).contains("Flyway 10.20.1 is on the class path")
                .contains("<flyway.version>13.12.0</flyway.version>").contains("ext['flyway.version'] = '13.12.0'");
        assertThat(FixWording.action(message)).startsWith("Set the property flyway.version to 13.12.0 in your build");
    }

    @Test
    void theBuiltWithVersionIsTheProjectsFlyway() throws IOException {
        String pom = Files.readString(Path.of(System.getProperty("migrations.repo.dir"), "pom.xml"));
        Matcher m = Pattern.compile("<flyway\\.version>([^<]+)</flyway\\.version>").matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat(FlywayVersion.BUILT_WITH).isEqualTo(m.group(1));
    }
}
