package dev.migrations.sample;

import java.time.Instant;

/**
 * A row of {@code app.profiles}, created and updated by the {@code sync_profile} trigger; written as JSON by Jackson
 * with these names ({@code avatarUrl} is {@code null} when not set).
 *
 * @param id          the profile's id
 * @param userId      the user it belongs to
 * @param displayName the user's name
 * @param email       the user's email
 * @param bio         free text
 * @param avatarUrl   the avatar (column added in release 1.1.0), or {@code null}
 * @param updatedAt   when the trigger (or an edit) last changed it
 */
public record Profile(long id, long userId, String displayName, String email, String bio, String avatarUrl,
        Instant updatedAt) {
}
