package dev.migrations.sql.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Splits large and randomly assembled scripts whose statements are known in advance. */
class GeneratedScriptTest {

    /** Statements that each contain something a naive splitter would get wrong. */
    private static final List<String> TRICKY_STATEMENTS = List.of(
            "INSERT INTO notes (body) VALUES ('semi;colon'), ('it''s'), (E'back\\\\slash\\'; quote')",
            "CREATE TABLE \"odd;name\" (\"col\"\"umn\" int, \"--not comment\" text)",
            "DO $$\nBEGIN\n  RAISE NOTICE 'step;';\nEND\n$$",
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $fn$ BEGIN RETURN 1; END; $fn$",
            "CREATE FUNCTION g(x int) RETURNS text LANGUAGE sql\nBEGIN ATOMIC\n"
                    + "  SELECT CASE WHEN x > 0 THEN 'pos;' ELSE 'neg' END;\nEND",
            "SELECT 1 /* inner ; /* nested ; */ comment */ + 2 -- tail;\n  AS three",
            "SELECT $1::int, a$b$c FROM t$x",
            "CREATE RULE r AS ON UPDATE TO t DO ALSO (NOTIFY t; NOTIFY u)",
            "SELECT U&'\\0041;', B'101', X'FF', N'nat;ional'",
            "UPDATE vilkår SET navn = 'Søknad ✓;' WHERE id = 1");

    private static final List<String> SEPARATORS = List.of(
            ";\n", ";", ";\r\n\r\n", " ; ", ";\n-- comment; with semicolon\n", ";/* block; */\n", ";\n;\n", ";\n\n\t");

    @Test
    void splitsAGeneratedFiveMegabyteScriptWithFiftyThousandStatements() {
        int statementCount = 50_000;
        StringBuilder script = new StringBuilder(6_000_000);
        script.append("-- generated migration\n");
        for (int i = 0; i < statementCount; i++) {
            switch (i % 5) {
                case 0 -> script.append("INSERT INTO events (id, payload) VALUES (").append(i)
                        .append(", '{\"kind\": \"created; pending\", \"note\": \"it''s fine\", \"source\": \"generator\"}');\n");
                case 1 -> script.append("/* step ").append(i).append(" */ UPDATE events SET payload = E'\\'quoted\\';' ")
                        .append("WHERE id = ").append(i).append(" AND payload IS NOT NULL;\n");
                case 2 -> script.append("CREATE FUNCTION fn_").append(i)
                        .append("() RETURNS int LANGUAGE plpgsql AS $body$\nBEGIN\n  RETURN 1;\nEND;\n$body$;\n");
                case 3 -> script.append("-- comment; ").append(i).append("\nDELETE FROM \"events;archive\" WHERE id < ")
                        .append(i).append(";\n");
                default -> script.append("SELECT count(*) FROM events WHERE id BETWEEN ").append(i)
                        .append(" AND ").append(i + 1000).append(" AND payload::text LIKE '%;%' AND status <> 'archived';\n");
            }
        }
        assertThat(script.length()).isGreaterThan(5_000_000);

        List<SqlStatement> statements = StatementSplitter.split(script.toString());

        assertThat(statements).hasSize(statementCount);
        assertThat(statements.get(0).line()).isEqualTo(2);
        assertThat(statements.get(statementCount - 1).sql()).startsWith("SELECT count(*) FROM events WHERE id BETWEEN 49999");
    }

    @Test
    void randomlyAssembledScriptsSplitBackIntoTheirStatements() {
        Random random = new Random(20240101L);
        for (int round = 0; round < 200; round++) {
            List<String> expected = new ArrayList<>();
            List<Integer> expectedLines = new ArrayList<>();
            StringBuilder script = new StringBuilder(random.nextBoolean() ? "-- header\n" : "");
            int count = 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                String statement = TRICKY_STATEMENTS.get(random.nextInt(TRICKY_STATEMENTS.size()));
                expected.add(statement);
                expectedLines.add(lineAtEndOf(script));
                script.append(statement);
                if (i < count - 1 || random.nextBoolean()) {
                    script.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
                }
            }

            List<SqlStatement> statements = StatementSplitter.split(script.toString());

            assertThat(statements).as("script:%n%s", script)
                    .extracting(SqlStatement::sql).containsExactlyElementsOf(expected);
            assertThat(statements).extracting(SqlStatement::line).containsExactlyElementsOf(expectedLines);
            assertThat(statements).extracting(SqlStatement::copyData).containsOnly(Optional.empty());
        }
    }

    private static int lineAtEndOf(CharSequence text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
