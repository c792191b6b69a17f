package dev.migrations.core.internal.engine;

import dev.migrations.core.error.FailureStage;
import java.time.Duration;

/** Told by {@link FileExecutor} what happened to each file, in order. */
public interface ExecutionListener {

    /** The file is about to run; throwing stops the run before it. */
    void starting(PreparedFile file);

    /** The file finished; {@code resumedAt} is the 0-based statement it resumed at (0 for a fresh start). */
    void applied(PreparedFile file, Duration duration, int resumedAt);

    /**
     * The file failed at statement {@code index} (0-based): while it ran, or after it (while the file's revisions row
     * was written, or its transaction committed), as {@code stage} says.
     */
    void failed(PreparedFile file, int index, FailureStage stage, Exception cause);

    /** Before statement {@code index} of the file, something an interrupted earlier run left was repaired. */
    void repaired(PreparedFile file, int index, String what);
}
