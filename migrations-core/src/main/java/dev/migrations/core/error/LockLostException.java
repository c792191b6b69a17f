package dev.migrations.core.error;

import dev.migrations.error.MigrationsException;

/** The session holding the migration lock ended during a run, so the run stopped before its next file. */
public final class LockLostException extends MigrationsException {

    public LockLostException(String lockName, String next, String statusCommand) {
        super("the migration lock on " + lockName + " was lost before " + next + ": its session ended (ended by "
                + "pg_terminate_backend, a restart of the server, or a broken connection), so another instance may be "
                + "migrating now. This run stopped; the files it applied before stay applied. Run '" + statusCommand
                + "' to see where the schema is, then start again: the next run takes the lock anew.");
    }
}
