package dev.migrations.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

import static org.assertj.core.api.Assertions.assertThat;

class VerbTest {

    @Test
    void everyVerbIsNamedAsItsCommand() {
        for (Verb verb : Verb.values()) {
            Command command = verb.newCommand().getClass().getAnnotation(Command.class);

            assertThat(command.name()).as(verb.name()).isEqualTo(verb.commandName());
        }
    }

    @Test
    void aNamedVerbIsTheOnlyOneBuilt() {
        assertThat(Verb.neededBy("migrate", "validate", "--dir", "file://db")).containsExactly(Verb.VALIDATE);
        assertThat(Verb.neededBy("--verbose", "migrate", "--verbose", "status")).containsExactly(Verb.STATUS);
        assertThat(Verb.neededBy("migrate", "lint", "--help")).containsExactly(Verb.LINT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "migrate", "migrate --help", "migrate --help validate", "migrate valdate",
            "migrate Validate", "--version migrate status", "status", "migrate migrate apply"})
    void anythingElseGetsEveryVerb(String command) {
        String[] args = command.isEmpty() ? new String[0] : command.split(" ");

        assertThat(Verb.neededBy(args)).containsExactly(Verb.values());
    }

    @Test
    void helpOfMigrateListsEveryVerb() {
        Cli cli = Cli.run("migrate", "--help");

        assertThat(cli.exitCode()).isZero();
        for (Verb verb : Verb.values()) {
            assertThat(cli.out()).containsPattern("(?m)^\\s+" + verb.commandName() + "\\s");
        }
    }

    @Test
    void aMistypedVerbIsStillSuggested() {
        Cli cli = Cli.run("migrate", "valdate");

        assertThat(cli.exitCode()).isEqualTo(MigrationsCommand.USAGE);
        assertThat(cli.err()).contains("validate");
    }
}
