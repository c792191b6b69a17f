package dev.migrations.core.internal.lock;

import dev.migrations.core.error.LockHolder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Finds the session holding an advisory lock, from {@code pg_locks} and {@code pg_stat_activity}. */
final class LockHolders {

    private LockHolders() {
    }

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
}
