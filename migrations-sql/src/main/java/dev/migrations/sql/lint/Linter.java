package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.sql.internal.analysis.SqlTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Lints migration files in apply order. Every file feeds the schema context (which tables, columns, indexes and
 * foreign keys exist, and which file created them); only the selected files are checked. A statement on a table
 * created earlier in the same file takes no lock anyone waits for, so the locking checks skip it.
 */
public final class Linter {

    private static final List<LintRule> RULES = List.of(new DestructiveChanges(), new DataDependentChanges(),
            new BackwardIncompatibleChanges(), new ConstraintDeletion(), new ConcurrentIndexes(),
            new LockingConstraints(), new TableRewrites(), new TableScans(), new ValidationInSameTransaction(),
            new UnorderedEnumValue(), new TimestampWithoutTimeZone(), new TruncateCascade(),
            new ExplicitTransactions(), new LongIdentifiers(), new MissingLockTimeout());

    private Linter() {
    }

    /**
     * @param files    every file of the directory, in apply order
     * @param linted   which of them to check
     * @param settings the severity of each check
     */
    public static LintReport lint(List<LintFile> files, Predicate<LintFile> linted, LintSettings settings) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(linted, "linted");
        Objects.requireNonNull(settings, "settings");
        // Reading the statements is independent per file, so it runs in parallel; the checks run in order.
        List<List<Parsed>> parsed = files.parallelStream().map(Linter::parse).toList();
        SchemaContext schema = new SchemaContext();
        List<String> lintedPaths = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int suppressed = 0;
        for (int index = 0; index < files.size(); index++) {
            LintFile file = files.get(index);
            boolean check = linted.test(file);
            FileState state = new FileState();
            List<RawFinding> raw = new ArrayList<>();
            for (Parsed statement : parsed.get(index)) {
                if (check) {
                    CheckedStatement checked = new CheckedStatement(file, index, statement.statement(),
                            statement.words(), statement.ddl(), schema, state, raw);
                    for (LintRule rule : RULES) {
                        rule.check(checked);
                    }
                }
                schema.apply(statement.ddl(), index);
            }
            if (!check) {
                continue;
            }
            for (LintRule rule : RULES) {
                rule.endOfFile(file, state, raw);
            }
            raw.sort(java.util.Comparator.comparingInt(f -> f.statement().line()));
            lintedPaths.add(file.path());
            Suppressions suppressions = Suppressions.of(file);
            for (RawFinding finding : raw) {
                Severity severity = settings.severityOf(finding.code());
                if (severity == Severity.OFF) {
                    continue;
                }
                if (suppressions.silences(finding.code(), finding.statement())) {
                    suppressed++;
                    continue;
                }
                findings.add(new Finding(finding.code(), severity, file.path(), finding.statement().line(),
                        finding.statement().sql(), finding.table(), finding.message(), finding.fix(),
                        OptionalLong.empty()));
            }
        }
        return new LintReport(lintedPaths, findings, suppressed);
    }

    /** A statement with its tokens and what it does. */
    private record Parsed(SqlStatement statement, Words words, Ddl ddl) {
    }

    private static final Words NO_WORDS = new Words(List.of());

    private static List<Parsed> parse(LintFile file) {
        List<Parsed> parsed = new ArrayList<>(file.statements().size());
        for (SqlStatement statement : file.statements()) {
            if (mayMatter(statement.sql())) {
                Words words = new Words(SqlTokens.of(statement.sql()));
                parsed.add(new Parsed(statement, words, StatementParser.parse(words)));
            } else {
                parsed.add(new Parsed(statement, NO_WORDS, new Ddl.Other()));
            }
        }
        return parsed;
    }

    /**
     * Whether any check could care about the statement, told from its first word without lexing it: data
     * statements ({@code INSERT}, {@code UPDATE}, {@code COPY}, ...) change no schema and are skipped.
     */
    private static boolean mayMatter(String sql) {
        int end = 0;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        String word = sql.substring(0, end).toUpperCase(java.util.Locale.ROOT);
        return switch (word) {
            case "CREATE", "ALTER", "DROP", "TRUNCATE", "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT",
                    "SET" -> true;
            case "SELECT" -> sql.regionMatches(true, 0, "SELECT", 0, 6)
                    && sql.toLowerCase(java.util.Locale.ROOT).contains("set_config");
            default -> false;
        };
    }

    /** Lints every file. */
    public static LintReport lint(List<LintFile> files, LintSettings settings) {
        return lint(files, file -> true, settings);
    }
}
