package dev.migrations.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads profiles and creates users in schema {@code app}; the trigger does the profile side of a new user. */
final class ProfileRepository {

    private static final String SELECT_PROFILES = "SELECT id, user_id, display_name, email, bio, avatar_url, "
            + "updated_at FROM app.profiles";

    private final DataSource dataSource;

    ProfileRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every profile, oldest first. */
    List<Profile> findAll() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SELECT_PROFILES + " ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            List<Profile> profiles = new ArrayList<>();
            while (rs.next()) {
                profiles.add(read(rs));
            }
            return profiles;
        }
    }

    /**
     * Inserts a user and returns the profile the trigger created for it.
     *
     * @throws SQLException SQLSTATE 23505 when the email is taken, 23514 when it has no {@code @}
     */
    Profile createUser(NewUser user) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long userId;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO app.users (email, name) VALUES (?, ?) RETURNING id")) {
                    ps.setString(1, user.email());
                    ps.setString(2, user.name());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        userId = rs.getLong(1);
                    }
                }
                Profile profile;
                try (PreparedStatement ps = c.prepareStatement(SELECT_PROFILES + " WHERE user_id = ?")) {
                    ps.setLong(1, userId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new SQLException("no profile was created for user " + userId
                                    + ": is the sync_profile trigger missing?");
                        }
                        profile = read(rs);
                    }
                }
                c.commit();
                return profile;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static Profile read(ResultSet rs) throws SQLException {
        return new Profile(rs.getLong("id"), rs.getLong("user_id"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("bio"), Optional.ofNullable(rs.getString("avatar_url")),
                rs.getTimestamp("updated_at").toInstant());
    }
}
