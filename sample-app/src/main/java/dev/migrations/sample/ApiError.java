package dev.migrations.sample;

/**
 * The body of every error answer of the API: {@code {"error": "..."}}.
 *
 * @param error what went wrong, and what to send instead where that helps
 */
public record ApiError(String error) {
}
