package dev.migrations.error;

/** A migration file's header holds a directive that is unknown, malformed, or one Atlas would not see. */
public class DirectiveException extends MigrationFileException {

    private static final long serialVersionUID = 1L;

    public DirectiveException(String message, String file, int line) {
        super(ErrorKind.INVALID_DIRECTIVE, message, file, line);
    }
}
