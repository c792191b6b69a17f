package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import dev.migrations.core.error.LockHolder;
import dev.migrations.error.MigrationsException;
import java.time.Duration;
import java.util.Optional;

/**
 * The migration lock could not be taken: the wait ran out ({@link #fault()} {@link FaultKind#LOCK_TIMEOUT}) or the
 * waiting thread was interrupted ({@link FaultKind#INTERRUPTED}). Names the session holding it. Nothing was applied.
 */
public final class LockTimeoutException extends MigrationsException {

    private final transient Optional<LockHolder> holder;
    private final FaultKind fault;

    /** The wait for the lock on {@code lockName} ran out after {@code timeout}. */
    public LockTimeoutException(String lockName, Duration timeout, Optional<LockHolder> holder) {
        super(ErrorKind.LOCK_TIMEOUT, "timed out after " + timeout.toSeconds() + "s waiting for the migration lock on " + lockName + ": "
                + holder.map(h -> "held by " + h.describe() + ". Another instance is migrating this schema: wait "
                        + "for it to finish, or raise the lock timeout (lockTimeout(Duration)). If that instance hangs, stop "
                        + "the instance itself: its lock ends with it. Ending only pid " + h.pid() + " (its lock "
                        + "session) would let another run start while the first one finishes the file it is on")
                        .orElse("the holder released it just now; migrate again"));
        this.holder = holder;
        this.fault = FaultKind.LOCK_TIMEOUT;
    }

    private LockTimeoutException(String message, Optional<LockHolder> holder, FaultKind fault) {
        super(ErrorKind.LOCK_TIMEOUT, message);
        this.holder = holder;
        this.fault = fault;
    }

    /**
     * The thread waiting for the lock on {@code lockName} was interrupted (an application shutdown) after
     * {@code waited}; the wait's session is closed.
     */
    public static LockTimeoutException interrupted(String lockName, Duration waited, Optional<LockHolder> holder) {
        return new LockTimeoutException("the wait for the migration lock on " + lockName + " was interrupted after "
                + waited.toMillis() + " ms" + holder.map(h -> " (held by " + h.describe() + ")").orElse("")
                + ": the migrating thread was interrupted (application shutdown). Nothing was applied; run the "
                + "migration again when the application starts.", holder, FaultKind.INTERRUPTED);
    }

    /** Why the wait ended: {@link FaultKind#LOCK_TIMEOUT} (it ran out) or {@link FaultKind#INTERRUPTED}. */
    public FaultKind fault() {
        return fault;
    }

    /** The session that held the lock when the wait ended. */
    public Optional<LockHolder> holder() {
        return holder;
    }
}
