package dev.migrations.error;

import dev.migrations.error.MigrationsException;

/**
 * A migration file that its layout's tool would not run as written: a goose file without {@code -- +goose Up}, an
 * unterminated {@code StatementBegin}, a dbmate file whose {@code migrate:down} comes first, an {@code ENVSUB}
 * variable that is not set, another tool's annotations in a file of this layout.
 */
public class LayoutException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param message the whole message: file, line, what is wrong, the fix
     * @param file    how the message names the file
     * @param line    the 1-based line, 0 when the problem is the file as a whole
     */
    public LayoutException(String message, String file, int line) {
        super(ErrorKind.INVALID_SCRIPT, message);
        this.file = file;
        this.line = line;
    }

    /** How the message names the file. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
