package dev.migrations.error;

import java.util.Objects;
import java.util.OptionalInt;

/** An {@code atlas.sum} file is missing, malformed, or its first line does not match its own entries. */
public class SumFileException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the sum file. */
    public enum Problem {
        /** There is no {@code atlas.sum} although the directory has migration files. */
        MISSING,
        /** A line is not {@code <file> h1:<hash>} (Atlas: "checksum file format invalid"). */
        MALFORMED,
        /** The first line does not match the entries below it (Atlas: "checksum mismatch"). */
        CHECKSUM_MISMATCH
    }

    private final Problem problem;
    private final int line;

    public SumFileException(Problem problem, String message) {
        this(problem, 0, message, null);
    }

    /**
     * @param line the 1-based line of {@code atlas.sum} at fault, or 0 when no single line is
     */
    public SumFileException(Problem problem, int line, String message, Throwable cause) {
        super(kindOf(problem), message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.line = line;
    }

    private static ErrorKind kindOf(Problem problem) {
        return switch (Objects.requireNonNull(problem, "problem")) {
            case MISSING -> ErrorKind.SUM_FILE_MISSING;
            case MALFORMED -> ErrorKind.SUM_FILE_MALFORMED;
            case CHECKSUM_MISMATCH -> ErrorKind.SUM_FILE_CHECKSUM;
        };
    }

    /** What is wrong with the sum file (also told by {@link #kind()}). */
    public Problem problem() {
        return problem;
    }

    /** The line of {@code atlas.sum} at fault, when one is. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
