package dev.migrations.core.internal.apply;

import dev.migrations.core.error.FailureStage;
import dev.migrations.core.internal.engine.ExecutionListener;
import dev.migrations.core.internal.engine.PreparedFile;
import dev.migrations.core.internal.lock.MigrationLock;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.sql.migration.Migration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects what a run applied, logs one line per file and progress on long runs, keeps the failure, and checks
 * before a file (at most once a second) that the run still holds its lock.
 */
final class RunRecorder implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrations");
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(10).toNanos();
    private static final Duration LOCK_CHECK_EVERY = Duration.ofSeconds(1);

    /** A failed statement (or the recording or commit after it) as the executor saw it. */
    record Failure(PreparedFile file, int index, FailureStage stage, Exception cause) {
    }

    private final int planned;
    private final dev.migrations.core.MigrationListener listener;
    private final MigrationLock lock;
    private final long started = System.nanoTime();
    private final List<AppliedFile> applied = new ArrayList<>();
    private long lastProgress = started;
    private final List<String> repairs = new ArrayList<>();
    private Failure failure;
    private PreparedFile current;

    /**
     * @param lock the run's lock, checked before files
     */
    RunRecorder(int planned, dev.migrations.core.MigrationListener listener, MigrationLock lock) {
        this.planned = planned;
        this.listener = listener;
        this.lock = lock;
    }

    @Override
    public void starting(PreparedFile file) {
        Migration m = file.migration();
        lock.requireHeld(LOCK_CHECK_EVERY, m.label());
        current = file;
    }

    @Override
    public void applied(PreparedFile file, Duration duration, int resumedAt) {
        current = null;
        Migration m = file.migration();
        AppliedFile done = new AppliedFile(m.revisionKey(), m.description(), m.path(), duration,
                file.statements().size(), resumedAt);
        applied.add(done);
        if (resumedAt > 0) {
            LOG.info("applied {} in {} ms: resumed at statement {} of {}", m.label(), duration.toMillis(),
                    resumedAt + 1, file.statements().size());
        } else {
            LOG.info("applied {} in {} ms, {} statement{}", m.label(), duration.toMillis(),
                    file.statements().size(), file.statements().size() == 1 ? "" : "s");
        }
        listener.fileApplied(done, applied.size(), planned);
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY_NANOS && applied.size() < planned) {
            lastProgress = now;
            LOG.info("progress: {}/{} files applied, {} s elapsed", applied.size(), planned,
                    Duration.ofNanos(now - started).toSeconds());
        }
    }

    @Override
    public void failed(PreparedFile file, int index, FailureStage stage, Exception cause) {
        if (failure == null || failure.file() != file) {
            failure = new Failure(file, index, stage, cause);
        }
    }

    @Override
    public void repaired(PreparedFile file, int index, String what) {
        repairs.add(what);
    }

    /** What the run repaired before statements (invalid indexes of interrupted builds dropped and rebuilt). */
    List<String> repairs() {
        return List.copyOf(repairs);
    }

    /** The file started and not finished, if the run stopped inside one. */
    Optional<PreparedFile> current() {
        return Optional.ofNullable(current);
    }

    List<AppliedFile> appliedFiles() {
        return List.copyOf(applied);
    }

    Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }
}
