package dev.migrations.sample;

import java.util.Map;

/**
 * A user to create, from the body of {@code POST /users}.
 *
 * @param email the email address (unique, case-insensitively)
 * @param name  the display name
 */
record NewUser(String email, String name) {

    private static final int MAX_LENGTH = 200;

    /**
     * Validates the fields of a request body.
     *
     * @throws IllegalArgumentException naming the missing or invalid field
     */
    static NewUser of(Map<String, String> fields) {
        return new NewUser(required(fields, "email"), required(fields, "name"));
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field '" + name + "' is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("field '" + name + "' is longer than " + MAX_LENGTH + " characters");
        }
        return value.strip();
    }
}
