package dev.migrations.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds an in-process trial in time: when it runs longer than the limit, the sessions on its database are ended,
 * so the tool under test fails instead of hanging (e.g. on a lock).
 */
final class TrialGuard implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trial-guard");
        t.setDaemon(true);
        return t;
    });

    private final ScheduledFuture<?> alarm;
    private final AtomicBoolean fired = new AtomicBoolean();

    private TrialGuard(BenchDatabase database, Duration limit) {
        this.alarm = TIMER.schedule(() -> {
            fired.set(true);
            try {
                database.terminateSessions();
            } catch (SQLException e) {
                System.err.println("could not end the sessions of " + database.name() + ": " + e.getMessage());
            }
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts the clock for a trial on {@code database}. */
    static TrialGuard start(BenchDatabase database, Duration limit) {
        return new TrialGuard(database, limit);
    }

    /** Whether the limit was reached and the sessions were ended. */
    boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        alarm.cancel(false);
    }
}
