package dev.migrations.error;

import dev.migrations.error.MigrationsException;

/** A migration file's header holds a directive that is unknown, malformed, or one Atlas would not see. */
public class DirectiveException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public DirectiveException(String message, String file, int line) {
        super(ErrorKind.INVALID_DIRECTIVE, message);
        this.file = file;
        this.line = line;
    }

    /** The file, as the message names it. */
    public String file() {
        return file;
    }

    /** The 1-based line of the offending directive. */
    public int line() {
        return line;
    }
}
