package dev.migrations.sql.dir;

/**
 * The command line that re-hashes a directory, for the "fix" part of error messages, e.g.
 * {@code migrations migrate hash --dir db/migrations --dir-format flyway}.
 */
final class RehashHint {

    private static final String CLASSPATH = "classpath:";

    private RehashHint() {
    }

    /**
     * @param display how the directory is shown; a {@code classpath:} directory is mapped to its usual source
     *                folder {@code src/main/resources/...}, which the user may need to adapt
     * @param format  the layout; {@code --dir-format} is added unless it is Atlas's
     */
    static String of(String display, DirectoryFormat format) {
        String folder = display.startsWith(CLASSPATH)
                ? "src/main/resources/" + display.substring(CLASSPATH.length())
                : display;
        String command = "migrations migrate hash --dir " + quoted(folder);
        return format == DirectoryFormat.ATLAS ? command : command + " --dir-format " + format.cliName();
    }

    private static String quoted(String argument) {
        boolean plain = !argument.isEmpty() && argument.chars()
                .noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"' || c == '$' || c == '\\');
        return plain ? argument : '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
