package dev.migrations.sql.lint;

import java.util.List;

/** One small check. */
interface LintRule {

    /** Looks at one statement, before the schema context records it. */
    void check(CheckedStatement statement);

    /** Looks at the file once all its statements were checked. */
    default void endOfFile(LintFile file, FileState state, List<RawFinding> findings) {
    }
}
