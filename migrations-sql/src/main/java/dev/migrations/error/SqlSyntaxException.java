package dev.migrations.error;

/** Signals a script that cannot be split into statements, for example because a quote is never closed. */
public class SqlSyntaxException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param message a complete description that already names the line, e.g.
     *     {@code "unterminated dollar-quoted string starting at line 12 ($body$)"}
     * @param line the 1-based script line the problem is reported for
     */
    public SqlSyntaxException(String message, int line) {
        super(ErrorKind.SQL_SYNTAX, message);
        this.line = line;
    }

    /** The 1-based script line the problem is reported for (where an unterminated construct started). */
    public int line() {
        return line;
    }
}
