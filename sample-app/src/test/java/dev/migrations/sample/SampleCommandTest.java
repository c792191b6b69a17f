package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** The sample's options on Spring Boot's command line; no database involved. */
class SampleCommandTest {

    @Test
    void withoutOptionsItServesAndPassesSpringPropertiesThrough() {
        SampleCommand command = parse("--server.port=9090", "--debug");

        assertThat(command.mode()).isEqualTo(SampleCommand.Mode.SERVE);
        assertThat(command.baseline()).isEmpty();
        assertThat(command.bootArguments()).containsExactly("--server.port=9090", "--debug");
    }

    @Test
    void migrateOnlyAndCreateLegacyDbRunWithoutAWebServerAndLegacyDbWithoutTheStarter() {
        assertThat(parse("--migrate-only").mode()).isEqualTo(SampleCommand.Mode.MIGRATE_ONLY);
        assertThat(parse("--migrate-only").bootArguments())
                .containsExactly("--migrate-only", "--spring.main.web-application-type=none");
        assertThat(parse("--create-legacy-db").mode()).isEqualTo(SampleCommand.Mode.CREATE_LEGACY_DB);
        assertThat(parse("--create-legacy-db").bootArguments()).containsExactly("--create-legacy-db",
                "--spring.main.web-application-type=none", "--migrations.enabled=false");
        assertThat(parse("--help").mode()).isEqualTo(SampleCommand.Mode.HELP);
    }

    @Test
    void theBaselineVersionFollowsTheOptionOrIsGivenWithAnEqualsSignAndBecomesTheStartersProperty() {
        SampleCommand spaced = parse("--baseline", "20250110090300");
        SampleCommand joined = parse("--migrate-only", "--baseline=20250110090300");

        assertThat(spaced.mode()).isEqualTo(SampleCommand.Mode.SERVE);
        assertThat(spaced.baseline()).contains("20250110090300");
        assertThat(spaced.bootArguments()).endsWith("--migrations.baseline-version=20250110090300");
        assertThat(joined.mode()).isEqualTo(SampleCommand.Mode.MIGRATE_ONLY);
        assertThat(joined.baseline()).contains("20250110090300");
        assertThat(joined.bootArguments()).endsWith("--migrations.baseline-version=20250110090300");
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> parse("--migrate")).hasMessage("unknown option '--migrate'");
        assertThatThrownBy(() -> parse("--baseline")).hasMessageContaining("--baseline needs a version");
        assertThatThrownBy(() -> parse("--baseline=")).hasMessageContaining("--baseline needs a version");
        assertThatThrownBy(() -> parse("--create-legacy-db", "--baseline", "1"))
                .hasMessageContaining("does not go with --create-legacy-db");
        assertThatThrownBy(() -> parse("--migrate-only", "--create-legacy-db"))
                .hasMessage("--create-legacy-db cannot be combined with --migrate-only");
        assertThatThrownBy(() -> parse("serve")).hasMessage("unexpected argument 'serve'");
        assertThatThrownBy(() -> parse("--baseline", "1", "2")).hasMessage("unexpected argument '2'");
    }

    private static SampleCommand parse(String... args) {
        return SampleCommand.from(new DefaultApplicationArguments(args));
    }
}
