package dev.migrations.error;

/**
 * A migration file that its layout's tool would not run as written: a goose file without {@code -- +goose Up}, an
 * unterminated {@code StatementBegin}, a dbmate file whose {@code migrate:down} comes first, an {@code ENVSUB}
 * variable that is not set, another tool's annotations in a file of this layout.
 */
public class LayoutException extends MigrationFileException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the whole message: file, line, what is wrong, the fix
     * @param file    how the message names the file
     * @param line    the 1-based line, 0 when the problem is the file as a whole
     */
    public LayoutException(String message, String file, int line) {
        super(ErrorKind.INVALID_SCRIPT, message, file, line);
    }
}
