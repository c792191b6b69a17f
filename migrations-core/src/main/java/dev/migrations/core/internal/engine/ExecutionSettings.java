package dev.migrations.core.internal.engine;

import dev.migrations.core.internal.revisions.RevisionsTable;

/**
 * What every {@link FileExecutor} of one run shares.
 *
 * @param revisions        the revisions table written per file
 * @param operatorVersion  the {@code operator_version} of the rows written
 * @param listener         told of every file applied or failed
 * @param groupTransaction true when one transaction holds every file (the all-files mode)
 * @param batchStatements  whether statements that return no rows may share a round trip (off when a statement
 *                         timeout is set: PostgreSQL would time such a group as one statement)
 * @param connections      the engine's connections, which know the {@code search_path} files start with
 */
record ExecutionSettings(RevisionsTable revisions, String operatorVersion, ExecutionListener listener,
        boolean groupTransaction, boolean batchStatements, EngineDataSource connections) {
}
