package dev.migrations.sample;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads profiles and creates users in schema {@code app}; the trigger does the profile side of a new user. */
@Repository
public class ProfileRepository {

    private static final String SELECT_PROFILES = "SELECT id, user_id, display_name, email, bio, avatar_url, "
            + "updated_at FROM app.profiles";

    private final JdbcClient jdbc;

    ProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every profile, oldest first. */
    public List<Profile> findAll() {
        return jdbc.sql(SELECT_PROFILES + " ORDER BY id").query(Profile.class).list();
    }

    /**
     * Inserts a user and returns the profile the trigger created for it, in one transaction.
     *
     * @throws org.springframework.dao.DuplicateKeyException        when the email is taken (SQLSTATE 23505)
     * @throws org.springframework.dao.DataIntegrityViolationException when it is not an email address (23514)
     */
    @Transactional
    public Profile createUser(NewUser user) {
        long userId = jdbc.sql("INSERT INTO app.users (email, name) VALUES (?, ?) RETURNING id")
                .params(user.email(), user.name())
                .query(Long.class).single();
        return jdbc.sql(SELECT_PROFILES + " WHERE user_id = ?").param(userId).query(Profile.class).optional()
                .orElseThrow(() -> new IllegalStateException("no profile was created for user " + userId
                        + ": is the sync_profile trigger missing?"));
    }
}
