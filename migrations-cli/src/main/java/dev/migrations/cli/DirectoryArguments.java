package dev.migrations.cli;

import dev.migrations.sql.dir.DirectoryFormat;

/**
 * How a suggested command line names a migration directory: {@code --dir <dir>}, with {@code --dir-format <format>}
 * unless the layout is Atlas's or left to detection. A path with spaces or quotes is double-quoted.
 *
 * @param text the arguments, e.g. {@code --dir db/migrations --dir-format flyway}
 */
record DirectoryArguments(String text) {

    private static final String CLASSPATH = "classpath:";

    /** The directory as the failed command was given it. */
    static DirectoryArguments of(DirectoryOptions options) {
        return of(options.location().display(), options.format());
    }

    /**
     * @param display how the directory is shown; a {@code classpath:} directory becomes its usual source folder
     *                {@code src/main/resources/...}
     */
    static DirectoryArguments of(String display, DirectoryFormat format) {
        String folder = display.startsWith(CLASSPATH)
                ? "src/main/resources/" + display.substring(CLASSPATH.length())
                : display;
        String dir = "--dir " + quoted(folder);
        boolean implied = format == DirectoryFormat.ATLAS || format == DirectoryFormat.AUTO;
        return new DirectoryArguments(implied ? dir : dir + " --dir-format " + format.cliName());
    }

    /** The command that rewrites the directory's {@code atlas.sum}. */
    String hashCommand() {
        return "migrations migrate hash " + text;
    }

    /** The command that shows where the schema is. */
    String statusCommand() {
        return "migrations migrate status " + text;
    }

    private static String quoted(String argument) {
        boolean plain = !argument.isEmpty() && argument.chars()
                .noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"' || c == '$' || c == '\\');
        return plain ? argument : '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
