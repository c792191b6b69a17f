package dev.migrations.core.internal.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The session holding the migration lock, from {@code pg_locks} and {@code pg_stat_activity}.
 *
 * @param pid             backend process id
 * @param applicationName the holder's {@code application_name} (may be empty)
 * @param clientAddress   client address, or {@code local} for a Unix socket
 * @param since           when the holder's session started
 */
public record LockHolder(int pid, String applicationName, String clientAddress, Instant since) {

    static Optional<LockHolder> find(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.pid, coalesce(a.application_name, ''), "
                + "coalesce(host(a.client_addr), 'local'), a.backend_start FROM pg_catalog.pg_locks l "
                + "JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
                + "AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1 "
                + "AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())")) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LockHolder(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
            }
        }
    }

    /** e.g. {@code pid 4242 (application_name 'orders-api', client 10.1.2.3, connected since 2026-11-21T17:00:00Z, 42s ago)}. */
    public String describe() {
        long ago = Duration.between(since, Instant.now()).toSeconds();
        return "pid " + pid + " (application_name '" + applicationName + "', client " + clientAddress
                + ", connected since " + since + ", " + ago + "s ago)";
    }
}
