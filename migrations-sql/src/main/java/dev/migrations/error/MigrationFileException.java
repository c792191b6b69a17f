package dev.migrations.error;

/**
 * A problem at one place of one migration file, found while reading it, before anything runs: the file as the
 * message names it, and the line.
 */
public abstract class MigrationFileException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param kind    the stable kind
     * @param message the whole message: file, line, what is wrong, the fix
     * @param file    how the message names the file
     * @param line    the 1-based line, 0 when the problem is the file as a whole
     */
    protected MigrationFileException(ErrorKind kind, String message, String file, int line) {
        super(kind, message);
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
