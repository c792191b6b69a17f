package dev.migrations.core.internal.lock;

import dev.migrations.core.error.LockHolder;
import dev.migrations.core.error.LockLostException;
import dev.migrations.core.error.LockTimeoutException;
import dev.migrations.core.internal.connect.SessionTimeouts;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run-wide migration lock: a PostgreSQL session advisory lock keyed by the revisions table, held on a
 * dedicated connection for the whole run. Runs on different revisions tables (schemas) do not block each other.
 *
 * <p>Waiting is done by polling {@code pg_try_advisory_lock}, never by a blocking {@code pg_advisory_lock}: a
 * session blocked inside a statement holds a snapshot, which would make the holder's
 * {@code CREATE INDEX CONCURRENTLY} wait for the waiter forever.
 */
public final class MigrationLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);
    private static final Duration FIRST_POLL = Duration.ofMillis(25);
    private static final Duration MAX_POLL = Duration.ofMillis(500);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final Connection connection;
    private final long key;
    private final String lockName;
    private final String restoreTimeouts;
    private long checkedAt = System.nanoTime();

    private MigrationLock(Connection connection, long key, String lockName, String restoreTimeouts) {
        this.connection = connection;
        this.key = key;
        this.lockName = lockName;
        this.restoreTimeouts = restoreTimeouts;
    }

    /** The advisory lock key of a revisions table: the first 8 bytes of SHA-256 over its qualified name. */
    public static long keyFor(String schema, String table) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("dev.migrations:" + schema + "." + table).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes the lock, waiting up to {@code timeout}; throws {@link LockTimeoutException} naming the holder, also when
     * the waiting thread is interrupted (then with the interrupt flag set again and the wait's session closed).
     *
     * @param lockName what to call the lock in messages, e.g. {@code "app"."atlas_schema_revisions"}
     */
    public static MigrationLock acquire(DataSource dataSource, String schema, String table, String lockName,
            Duration timeout) throws SQLException {
        return acquire(dataSource.getConnection(), schema, table, lockName, timeout);
    }

    /**
     * Takes the lock on {@code c}, which the lock then owns (closed by {@link #close()}, or at once on failure).
     *
     * @see #acquire(DataSource, String, String, String, Duration)
     */
    public static MigrationLock acquire(Connection c, String schema, String table, String lockName,
            Duration timeout) throws SQLException {
        long key = keyFor(schema, table);
        try {
            c.setAutoCommit(true);
            // the session idles while the files run on another one: the role's or database's timeouts must not end it
            String restoreTimeouts = SessionTimeouts.disable(c, Set.of(SessionTimeouts.IDLE_SESSION,
                    SessionTimeouts.IDLE_IN_TRANSACTION, SessionTimeouts.STATEMENT));
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            long nextReport = start + Duration.ofSeconds(1).toNanos();
            Duration pause = FIRST_POLL;
            while (!tryLock(c, key)) {
                long now = System.nanoTime();
                if (now >= deadline) {
                    Optional<LockHolder> holder = LockHolders.find(c, key);
                    throw new LockTimeoutException(lockName, timeout, holder);
                }
                if (now >= nextReport) {
                    LOG.info("waiting for the migration lock on {} ({}s so far, up to {}s): held by {}", lockName,
                            Duration.ofNanos(now - start).toSeconds(), timeout.toSeconds(),
                            LockHolders.find(c, key).map(LockHolder::describe).orElse("a session that just left"));
                    nextReport = now + REPORT_EVERY.toNanos();
                }
                if (!sleep(Math.min(pause.toNanos(), Math.max(0, deadline - now)))) {
                    throw interrupted(c, key, lockName, Duration.ofNanos(System.nanoTime() - start));
                }
                pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
            }
            return new MigrationLock(c, key, lockName, restoreTimeouts);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * The session holding the lock. Reading on it saves a connection; whatever runs on it must leave the session
     * as it found it (auto-commit on, no open transaction).
     */
    public Connection connection() {
        return connection;
    }

    /**
     * Checks, at most once per {@code interval}, that the lock's session is still alive (a session lock lives exactly
     * as long as its session): someone may have ended it with {@code pg_terminate_backend}, or the connection broke,
     * and then another run can take the lock.
     *
     * @param next what the caller is about to do, for the message, e.g. {@code 0005_x.sql (version 5)}
     * @throws LockLostException when the session is gone
     */
    public void requireHeld(Duration interval, String next) {
        long now = System.nanoTime();
        if (now - checkedAt < interval.toNanos()) {
            return;
        }
        checkedAt = now;
        boolean alive;
        try {
            alive = connection.isValid(LIVENESS_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            alive = false;
        }
        if (!alive) {
            throw new LockLostException(lockName, next);
        }
    }

    private static final int LIVENESS_TIMEOUT_SECONDS = 10;

    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Sleeps; false when the thread was interrupted (the interrupt flag is then cleared). */
    private static boolean sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** The interrupted wait's error; sets the interrupt flag again once the holder is read. */
    private static LockTimeoutException interrupted(Connection c, long key, String lockName, Duration waited) {
        Optional<LockHolder> holder;
        try {
            holder = LockHolders.find(c, key);
        } catch (SQLException e) {
            holder = Optional.empty();
        }
        Thread.currentThread().interrupt();
        LOG.info("the thread waiting for the migration lock on {} was interrupted after {} ms: nothing was applied",
                lockName, waited.toMillis());
        return LockTimeoutException.interrupted(lockName, waited, holder);
    }

    /**
     * Releases the lock and closes its connection. A broken connection is only logged: the server ends a session
     * lock together with its session.
     */
    @Override
    public void close() {
        try (Connection c = connection; PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
            SessionTimeouts.restore(c, restoreTimeouts);
        } catch (SQLException e) {
            LOG.warn("could not release the migration lock cleanly ({}); the server releases it with the session",
                    e.getMessage());
        }
    }
}
