package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import dev.migrations.core.error.LockHolder;
import dev.migrations.error.MigrationsException;
import java.time.Duration;
import java.util.Optional;

/** The migration lock could not be taken in time; names the session holding it. */
public final class LockTimeoutException extends MigrationsException {

    private final transient Optional<LockHolder> holder;

    public LockTimeoutException(String lockName, Duration timeout, Optional<LockHolder> holder) {
        super(ErrorKind.LOCK_TIMEOUT, "timed out after " + timeout.toSeconds() + "s waiting for the migration lock on " + lockName + ": "
                + holder.map(h -> "held by " + h.describe() + ". Another instance is migrating this schema: wait "
                        + "for it to finish, or raise the lock timeout (lockTimeout(Duration)). If that instance hangs, stop "
                        + "the instance itself: its lock ends with it. Ending only pid " + h.pid() + " (its lock "
                        + "session) would let another run start while the first one finishes the file it is on")
                        .orElse("the holder released it just now; migrate again"));
        this.holder = holder;
    }

    /** The session that held the lock when the wait ended. */
    public Optional<LockHolder> holder() {
        return holder;
    }
}
