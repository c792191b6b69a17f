package dev.migrations.error;

import java.util.Objects;

/**
 * Base of every error this project raises on purpose. {@link #kind()} says what went wrong as a stable value; the
 * subclasses carry the data that matters (file, line, version, SQLSTATE, the versions involved) as accessors.
 *
 * <p>The message is complete text for a human: it names the directory or file (and line where there is one), says
 * what is wrong and how to fix it in terms of the library's API. The command line, the Maven plugin and the Spring
 * Boot starter add their own advice, keyed on {@link #kind()}.
 */
public class MigrationsException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    private final ErrorKind kind;

    public MigrationsException(ErrorKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public MigrationsException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What went wrong. */
    public ErrorKind kind() {
        return kind;
    }
}
