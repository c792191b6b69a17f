package dev.migrations.error;

/**
 * Base of every error this project raises on purpose.
 *
 * <p>The message is complete text for a human: it names the directory or file (and line where there is
 * one), says what is wrong and how to fix it. Callers can print {@link #getMessage()} as is.
 */
public class MigrationsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationsException(String message) {
        super(message);
    }

    public MigrationsException(String message, Throwable cause) {
        super(message, cause);
    }
}
