package dev.migrations.url;

import dev.migrations.sql.MigrationsException;

/**
 * A database URL that cannot be used. The message shows the URL without its password and names the fix.
 */
public final class DatabaseUrlException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the URL. */
    public enum Kind {
        /** No URL was given. */
        MISSING,
        /** Neither {@code jdbc:postgresql:} nor {@code postgres://} / {@code postgresql://}. */
        UNSUPPORTED_SCHEME,
        /** The URL's syntax is broken (a bad port, an unclosed IPv6 bracket, a bad percent escape...). */
        MALFORMED,
        /** The URL names a Unix-domain socket and no socket library is on the class path. */
        UNIX_SOCKET_UNAVAILABLE
    }

    private final Kind kind;
    private final String redactedUrl;

    DatabaseUrlException(Kind kind, String redactedUrl, String message) {
        super(message);
        this.kind = kind;
        this.redactedUrl = redactedUrl;
    }

    /** What is wrong. */
    public Kind kind() {
        return kind;
    }

    /** The URL as given, its password replaced by {@code ***}. */
    public String redactedUrl() {
        return redactedUrl;
    }
}
