package dev.migrations.sql.internal.layout;

import dev.migrations.sql.internal.text.GoText;

import java.util.Optional;

/**
 * The annotations of a goose SQL migration, read as goose v3 reads them ({@code internal/sqlparser/parser.go}): a
 * line is an annotation when, after leading white space, it starts with {@code --} and it contains {@code +goose}
 * anywhere (case-sensitive). The annotation is what is left once every {@code --} and the first {@code +goose} are
 * removed and the rest is trimmed, compared ignoring case: {@code -- +goose Up}, {@code --+goose up} and
 * {@code -- +gooseUp} are all {@code Up}.
 */
enum GooseAnnotation {
    UP("Up"),
    DOWN("Down"),
    STATEMENT_BEGIN("StatementBegin"),
    STATEMENT_END("StatementEnd"),
    NO_TRANSACTION("NO TRANSACTION"),
    ENVSUB_ON("ENVSUB ON"),
    ENVSUB_OFF("ENVSUB OFF");

    static final String MARK = "+goose";

    /** All annotations, as a message lists them. */
    static final String ALL = "Up, Down, StatementBegin, StatementEnd, NO TRANSACTION, ENVSUB ON and ENVSUB OFF";

    private final String command;

    GooseAnnotation(String command) {
        this.command = command;
    }

    /** How the annotation is written, e.g. {@code -- +goose StatementBegin}. */
    String written() {
        return "-- +goose " + command;
    }

    /** Whether goose reads the line (without its line terminator) as an annotation, well formed or not. */
    static boolean isAnnotationLine(String line) {
        return line.contains(MARK) && GoText.trimmedStartsWith(line, "--");
    }

    /**
     * What goose reads as the annotation's name: the line without any {@code --} and without its first
     * {@code +goose}, trimmed; {@code null} when {@code +goose} occurs twice (goose refuses such lines).
     */
    static String command(String line) {
        String command = line.replace("--", "");
        int mark = command.indexOf(MARK);
        if (mark >= 0) {
            command = command.substring(0, mark) + command.substring(mark + MARK.length());
        }
        if (command.contains(MARK)) {
            return null;
        }
        return GoText.trimSpace(command);
    }

    /** The annotation named {@code command}, compared ignoring case as goose does. */
    static Optional<GooseAnnotation> named(String command) {
        for (GooseAnnotation annotation : values()) {
            if (annotation.command.equalsIgnoreCase(command)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the line is one of goose's annotations, indented or not: what marks a file as written for goose. A
     * comment that merely mentions {@code +goose} is not.
     */
    static boolean isKnownAnnotation(String line) {
        if (!isAnnotationLine(line)) {
            return false;
        }
        String command = command(line);
        return command != null && named(command).isPresent();
    }
}
