package dev.migrations.sql.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.sql.internal.analysis.StatementSplitter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The statement corpus in {@code src/test/resources/lint/*.cases}: one case a line, {@code EXPECTED | SQL}, where
 * EXPECTED lists the codes the SQL must produce (space separated, repeated when expected more than once) or
 * {@code -} for none, and SQL is one migration file ({@code \n} for a line break). The file linted runs after
 * {@code existing.sql}, which creates the tables every case treats as existing. {@code # family: DS} lines say which
 * code prefixes the following cases compare (other codes are the other corpora's business). A case whose SQL holds
 * {@code atlas:txmode none} runs without a transaction.
 */
class LintCorpusTest {

    private static final List<String> CORPORA = List.of("ds.cases", "mf.cases", "bc.cases", "cd.cases",
            "pg1.cases", "pg3.cases", "mg.cases");

    @TestFactory
    Stream<DynamicTest> everyCaseProducesItsCodes() throws IOException {
        String existing = resource("existing.sql");
        List<DynamicTest> tests = new ArrayList<>();
        for (String corpus : CORPORA) {
            List<String> prefixes = List.of();
            int lineNumber = 0;
            for (String line : resource(corpus).split("\n")) {
                lineNumber++;
                if (line.startsWith("# family:")) {
                    prefixes = Arrays.asList(line.substring("# family:".length()).trim().split("\\s+"));
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                List<String> expected = codes(line.substring(0, bar));
                String sql = line.substring(bar + 1).trim().replace("\\n", "\n");
                List<String> compared = prefixes;
                tests.add(DynamicTest.dynamicTest(corpus + ":" + lineNumber + " " + sql,
                        () -> assertThat(lintedCodes(existing, sql, compared)).as(sql)
                                .containsExactlyInAnyOrderElementsOf(expected)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(CORPORA.size() * 60);
        return tests.stream();
    }

    private static List<String> lintedCodes(String existing, String sql, List<String> prefixes) {
        LintFile before = new LintFile("1_existing.sql", existing, StatementSplitter.split(existing), true,
                "-- atlas:txmode none");
        LintFile file = new LintFile("2_case.sql", sql, StatementSplitter.split(sql),
                !sql.contains("atlas:txmode none"), "-- atlas:txmode none");
        LintReport report = Linter.lint(List.of(before, file), f -> f == file, LintSettings.DEFAULTS);
        return report.findings().stream().map(f -> f.code().name())
                .filter(code -> prefixes.stream().anyMatch(code::startsWith)).toList();
    }

    private static List<String> codes(String text) {
        String trimmed = text.trim();
        return trimmed.equals("-") ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LintCorpusTest.class.getResourceAsStream("/lint/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
