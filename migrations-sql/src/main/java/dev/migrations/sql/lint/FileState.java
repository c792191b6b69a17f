package dev.migrations.sql.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the statements of the current file did so far, for checks that span statements. */
final class FileState {

    boolean lockTimeoutSet;
    boolean lockTimeoutReported;
    /** Explicit {@code BEGIN}s not yet ended. */
    int openTransactions;
    /** Line of the last unmatched {@code BEGIN}. */
    dev.migrations.sql.internal.analysis.SqlStatement openedBy;
    /** Constraints added {@code NOT VALID} in this file, by name. */
    final Set<String> notValidConstraints = new HashSet<>();
    /** Columns given their name by a rename in this file, as {@code table-key.column}: no client knows them yet. */
    final Set<String> renamedColumns = new HashSet<>();
    /** Indexes dropped in this file: name to whether it was unique. */
    final Map<String, Boolean> droppedIndexes = new HashMap<>();
}
