package dev.migrations.core.error;

import java.time.Duration;
import java.time.Instant;

/**
 * The session holding the migration lock, from {@code pg_locks} and {@code pg_stat_activity}.
 *
 * @param pid             backend process id
 * @param applicationName the holder's {@code application_name} (may be empty)
 * @param clientAddress   client address, or {@code local} for a Unix socket
 * @param since           when the holder's session started
 */
public record LockHolder(int pid, String applicationName, String clientAddress, Instant since) {

    /** e.g. {@code pid 4242 (application_name 'orders-api', client 10.1.2.3, connected since 2026-11-21T17:00:00Z, 42s ago)}. */
    public String describe() {
        long ago = Duration.between(since, Instant.now()).toSeconds();
        return "pid " + pid + " (application_name '" + applicationName + "', client " + clientAddress
                + ", connected since " + since + ", " + ago + "s ago)";
    }
}
