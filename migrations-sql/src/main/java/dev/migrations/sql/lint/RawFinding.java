package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlStatement;

/** A finding before its severity and suppressions are applied. */
record RawFinding(LintCode code, SqlStatement statement, String table, String message, String fix) {
}
