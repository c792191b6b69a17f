package dev.migrations.sql.internal.directive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The first-line rule, with the exact edges of Atlas's expression. */
class SumIgnoreDirectiveTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "-- atlas:sum ignore\nSELECT 1;",
            "-- atlas:sum ignore",
            "--atlas:sum ignore\n",
            "-- atlas:sum   ignore\n",
            "# atlas:sum ignore\n",
            "SELECT 1; -- atlas:sum ignore\n",
            "/* atlas:sum ignore\n*/",
            "-- atlas:nolint atlas:sum ignore\n",
    })
    void recognises(String content) {
        assertThat(SumIgnoreDirective.isPresentIn(content)).isTrue();
        assertThat(SumIgnoreDirective.isPresentIn(content.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "SELECT 1;\n-- atlas:sum ignore\n",
            "-- atlas:sum ignore\r\nSELECT 1;",
            "-- atlas:sum ignore \n",
            "-- atlas:sum IGNORE\n",
            "-- atlas:sum\n",
            "-- atlas:sumignore\n",
            "-- atlas:sum ignore me\n",
            "\uFEFF-- atlas:sum ignore\n",
            "\t-- atlas:sum ignore\n",
            "-- é atlas:sum ignore\n",
            "-- atlas:sum ignore atlas:nolint\n",
    })
    void doesNotRecognise(String content) {
        assertThat(SumIgnoreDirective.isPresentIn(content)).isFalse();
        assertThat(SumIgnoreDirective.isPresentIn(content.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-- atlas:sum ignore\u00e9\n", "-- atlas:sum ignore\u0085\n"})
    void nonAsciiAfterTheModeIsPartOfIt(String content) {
        assertThat(SumIgnoreDirective.isPresentIn(content.getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
