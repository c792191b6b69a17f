package dev.migrations.sample;

import java.time.Instant;
import java.util.Optional;

/**
 * A row of {@code app.profiles}, created and updated by the {@code sync_profile} trigger.
 *
 * @param id          the profile's id
 * @param userId      the user it belongs to
 * @param displayName the user's name
 * @param email       the user's email
 * @param bio         free text
 * @param avatarUrl   the avatar (column added in release 1.1.0)
 * @param updatedAt   when the trigger (or an edit) last changed it
 */
record Profile(long id, long userId, String displayName, String email, String bio, Optional<String> avatarUrl,
        Instant updatedAt) {

    /** The profile as a JSON object. */
    String toJson() {
        return new JsonWriter()
                .field("id", id)
                .field("userId", userId)
                .field("displayName", displayName)
                .field("email", email)
                .field("bio", bio)
                .field("avatarUrl", avatarUrl.orElse(null))
                .field("updatedAt", updatedAt.toString())
                .toString();
    }
}
