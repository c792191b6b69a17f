package dev.migrations.core.internal.engine;

import java.time.Duration;

/** Told by {@link FileExecutor} what happened to each file, in order. */
public interface ExecutionListener {

    /** The file is about to run; throwing stops the run before it. */
    void starting(PreparedFile file);

    /** The file finished; {@code resumedAt} is the 0-based statement it resumed at (0 for a fresh start). */
    void applied(PreparedFile file, Duration duration, int resumedAt);

    /** Statement {@code index} (0-based) of the file failed. */
    void failed(PreparedFile file, int index, Exception cause);
}
