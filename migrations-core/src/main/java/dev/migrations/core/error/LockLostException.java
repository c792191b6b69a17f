package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;

/** The session holding the migration lock ended during a run, so the run stopped before its next file. */
public final class LockLostException extends MigrationsException {

    private final String lockName;

    /**
     * @param lockName the lock's name: the revisions table it guards
     * @param next     what the run was about to do, e.g. {@code applying 3_orders.sql}
     */
    public LockLostException(String lockName, String next) {
        super(ErrorKind.LOCK_LOST, "the migration lock on " + lockName + " was lost before " + next + ": its session ended (ended by "
                + "pg_terminate_backend, a restart of the server, or a broken connection), so another instance may be "
                + "migrating now. This run stopped; the files it applied before stay applied. See where the"
                + " schema is with status(), then start again: the next run takes the lock anew.");
        this.lockName = lockName;
    }

    /** The lock's name: the revisions table it guards. */
    public String lockName() {
        return lockName;
    }
}
