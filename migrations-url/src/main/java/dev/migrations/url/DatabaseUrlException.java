package dev.migrations.url;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;

/**
 * A database URL that cannot be used ({@link ErrorKind#INVALID_CONFIGURATION}); {@link #problem()} says what is wrong.
 * The message shows the URL without its password and names the fix.
 */
public final class DatabaseUrlException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the URL. */
    public enum Problem {
        /** No URL was given. */
        MISSING,
        /** Neither {@code jdbc:postgresql:} nor {@code postgres://} / {@code postgresql://}. */
        UNSUPPORTED_SCHEME,
        /** The URL's syntax is broken (a bad port, an unclosed IPv6 bracket, a bad percent escape...). */
        MALFORMED,
        /** The URL names a Unix-domain socket and no socket library is on the class path. */
        UNIX_SOCKET_UNAVAILABLE
    }

    private final Problem problem;
    private final String redactedUrl;

    DatabaseUrlException(Problem problem, String redactedUrl, String message) {
        super(ErrorKind.INVALID_CONFIGURATION, message);
        this.problem = problem;
        this.redactedUrl = redactedUrl;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /** The URL as given, its password replaced by {@code ***}. */
    public String redactedUrl() {
        return redactedUrl;
    }
}
