package dev.migrations.core.internal.apply;

import dev.migrations.core.ExecOrder;
import dev.migrations.core.MigrationSettings;
import dev.migrations.core.TransactionMode;
import dev.migrations.core.internal.engine.FlywayEngine;
import dev.migrations.core.internal.engine.PreparedFile;
import dev.migrations.core.internal.lock.MigrationLock;
import dev.migrations.core.internal.run.OperatorVersion;
import dev.migrations.core.internal.run.RunContext;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a run's pending files through the engine (Flyway), then waits for them to be durable. When the engine
 * stops, the files applied before the failure are made durable, the engine's journal marker of the failed file is
 * removed, and the failure leaves as this library's error ({@link RunFailures}).
 *
 * <p>This is the only class of a {@code migrate()} run that names Flyway's types: a run with nothing pending does
 * not load it, nor Flyway.
 */
final class EngineRun {

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrations");

    /** The files applied, in order, and what was repaired before their statements. */
    record Outcome(List<AppliedFile> applied, List<String> repairs) {
    }

    private final RunContext target;
    private final MigrationSettings settings;

    EngineRun(RunContext target) {
        this.target = target;
        this.settings = target.settings();
    }

    /**
     * Applies {@code prepared}, in order, while {@code lock} is held.
     *
     * @throws MigrationsException when a file or the engine failed; the message says what stayed applied
     */
    Outcome apply(List<PreparedFile> prepared, MigrationLock lock) {
        Map<String, PreparedFile> byVersion = new LinkedHashMap<>();
        prepared.forEach(p -> byVersion.put(p.migration().revisionKey(), p));
        RunRecorder recorder = new RunRecorder(byVersion.size(), settings.listener(), lock);
        RunFailures failures = new RunFailures(settings);
        var flyway = FlywayEngine.create(new FlywayEngine.Run(target.dataSource(), settings.schema(),
                settings.journalTable(), settings.directory(), target.migrations(), byVersion, target.revisions(),
                OperatorVersion.VALUE, recorder, settings.execOrder() == ExecOrder.NON_LINEAR,
                settings.transactionMode() == TransactionMode.ALL, sessionSettings()));
        try {
            flyway.migrate();
        } catch (FlywayException | MigrationsException e) {
            flushAfterFailure();
            forgetFailedJournalRows();
            Optional<RunRecorder.Failure> failure = recorder.failure();
            if (failure.isPresent()) {
                throw failures.fileFailed(failure.get(), recorder.appliedFiles());
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MigrationsException known) {
                    throw known;
                }
            }
            throw failures.stoppedBetweenFiles(e, prepared, recorder);
        }
        List<AppliedFile> applied = recorder.appliedFiles();
        try {
            DurableCommit.flush(target.dataSource(), target.revisions().qualifiedName());
        } catch (SQLException e) {
            throw failures.flushFailed(e, applied.size());
        }
        if (applied.size() != byVersion.size()) {
            throw new MigrationsException(ErrorKind.ENGINE_FAILED, "the engine applied " + applied.size() + " of "
                    + byVersion.size() + " pending files; status() shows which");
        }
        return new Outcome(applied, recorder.repairs());
    }

    /** Makes the files a failed run applied before its failure durable; a failure of that only warns. */
    private void flushAfterFailure() {
        try {
            DurableCommit.flush(target.dataSource(), target.revisions().qualifiedName());
        } catch (SQLException e) {
            LOG.warn("could not wait for the files applied before the failure to reach the disk: {}", e.getMessage());
        }
    }

    /**
     * Flyway marks the failed file in its journal; the revisions table already says what a partial no-transaction
     * file needs to resume, and a transactional file left nothing behind, so the marker goes.
     */
    private void forgetFailedJournalRows() {
        try (Connection c = target.dataSource().getConnection()) {
            target.journal().deleteFailed(c);
        } catch (SQLException e) {
            LOG.warn("could not remove the failed journal row ({}); the next run removes it", e.getMessage());
        }
    }

    /**
     * The statement and lock timeouts, set on the engine's connections, and commits that do not wait for their flush
     * (the run ends with one that does: {@link DurableCommit}).
     */
    private Map<String, String> sessionSettings() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("synchronous_commit", "off");
        settings.statementTimeout().ifPresent(t -> parameters.put("statement_timeout", Long.toString(t.toMillis())));
        settings.statementLockTimeout().ifPresent(t -> parameters.put("lock_timeout", Long.toString(t.toMillis())));
        return parameters;
    }
}
