package dev.migrations.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsageTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "migrate", "migrate hash", "migrate validate", "migrate new"})
    void helpWorksOnEveryCommand(String command) {
        String[] args = (command + " --help").strip().split(" ");

        Cli cli = Cli.run(args);

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("Usage: migrations " + command);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void verbsShowTheirOptions() {
        assertThat(Cli.run("migrate", "hash", "--help").out()).contains("--dir=<dir>", "--dir-format=<format>", "--verbose");
        assertThat(Cli.run("migrate", "validate", "--help").out()).contains("--format=<format>");
        assertThat(Cli.run("migrate", "new", "--help").out()).contains("[<name>]");
    }

    @Test
    void version() {
        Cli cli = Cli.run("--version");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("migrations ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "migrate",
            "migrate hsh",
            "migrate hash --bogus",
            "migrate hash --dir-format liquibase",
            "migrate validate --format yaml",
            "migrate hash --dir classpath:db/migrations",
            "migrate hash --dir file://db?format=flyway",
            "migrate hash --dir file://",
            "migrate new a b",
    })
    void usageErrorsExitWithTwoAndOneMessageWithoutStackTrace(String command) {
        Cli cli = Cli.run(command.isEmpty() ? new String[0] : command.split(" "));

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("error: ").contains("--help' for usage.").doesNotContain("\tat ");
    }

    @Test
    void unknownFormatListsTheValidOnes() {
        assertThat(Cli.run("migrate", "hash", "--dir-format", "liquibase").err())
                .contains("unknown directory format 'liquibase'; valid formats are atlas, flyway, golang-migrate,"
                        + " goose, dbmate, prisma, auto");
    }

    @Test
    void mistypedVerbGetsASuggestion() {
        assertThat(Cli.run("migrate", "hsh").err()).contains("Did you mean: migrate hash or migrate rehash?");
    }
}
