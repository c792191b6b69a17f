package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlStatement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code -- atlas:nolint} comments of one file, as Atlas reads them: in the file header (the leading comment
 * lines followed by a blank line) they silence the whole file; on the comment lines right above a statement, that
 * statement. Without codes they silence every check; {@code -- atlas:nolint DS103 PG301} only those codes.
 */
final class Suppressions {

    private static final String DIRECTIVE = "atlas:nolint";

    /** The codes silenced; the empty set with {@code all} set silences everything. */
    private record Scope(boolean all, Set<String> codes) {

        static final Scope NONE = new Scope(false, Set.of());

        boolean covers(LintCode code) {
            return all || codes.contains(code.name());
        }
    }

    private final List<String> lines;
    private final Scope file;

    private Suppressions(List<String> lines, Scope file) {
        this.lines = lines;
        this.file = file;
    }

    static Suppressions of(LintFile lintFile) {
        if (!lintFile.text().contains(DIRECTIVE)) {
            return new Suppressions(List.of(), Scope.NONE);
        }
        List<String> lines = List.of(lintFile.text().replace("\uFEFF", "").split("\n", -1));
        List<String> header = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && lines.get(i).strip().startsWith("--")) {
            header.add(lines.get(i));
            i++;
        }
        boolean isHeader = !header.isEmpty() && (i == lines.size() || lines.get(i).isBlank());
        return new Suppressions(lines, isHeader ? scope(header) : Scope.NONE);
    }

    /** Whether {@code code} is silenced for {@code statement}. */
    boolean silences(LintCode code, SqlStatement statement) {
        if (file.covers(code)) {
            return true;
        }
        if (lines.isEmpty()) {
            return false;
        }
        List<String> above = new ArrayList<>();
        for (int index = statement.line() - 2; index >= 0 && lines.get(index).strip().startsWith("--"); index--) {
            above.add(lines.get(index));
        }
        return scope(above).covers(code);
    }

    private static Scope scope(List<String> comments) {
        boolean all = false;
        Set<String> codes = new HashSet<>();
        for (String comment : comments) {
            String text = comment.strip();
            while (text.startsWith("-")) {
                text = text.substring(1);
            }
            text = text.strip();
            if (!text.startsWith(DIRECTIVE)) {
                continue;
            }
            String rest = text.substring(DIRECTIVE.length()).strip();
            if (rest.isEmpty()) {
                all = true;
            }
            for (String code : rest.split("[\\s,]+")) {
                if (!code.isEmpty()) {
                    codes.add(code.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return new Scope(all, codes);
    }
}
