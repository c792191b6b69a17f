package dev.migrations.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the fix in the library's messages for a Maven build: {@code 'migrations migrate hash --dir x'} becomes
 * {@code 'mvn migrations:hash'}, {@code --allow-dirty} becomes {@code <allowDirty>true</allowDirty>
 * (-Dmigrations.allowDirty)}, an API option such as {@code historyTable("s.t")} becomes the plugin parameter, and so
 * on. The rest of the message (the file, the line, what happened) is kept word for word.
 */
final class MavenPhrasing {

    private static final Pattern COMMAND = Pattern.compile("'migrations migrate (hash|rehash|status|set|apply)([^']*)'");

    /** {@code --dir-format x}, with the API spelling the library adds in brackets or after a semicolon. */
    private static final Pattern DIR_FORMAT = Pattern.compile(
            "--dir-format (<format>|[a-z-]+)(?:; API: directoryFormat\\(DirectoryFormat\\.[<>A-Z_]+\\)| \\(API:"
                    + " directoryFormat\\(DirectoryFormat\\.[A-Z_]+\\)\\))?");

    private static final Pattern HISTORY_TABLE = Pattern.compile(
            "historyTable\\(\"([^\"]*)\"\\) in the API, --history-table (\\S+) on the command line");

    private static final Pattern REVISIONS_TABLE = Pattern.compile("revisionsSchema\\(\"([^\"]*)\"\\) and "
            + "revisionsTable\\(\"([^\"]*)\"\\), --revisions-schema [^\\s)]+ --revisions-table [^\\s)]+");

    private static final Pattern EXEC_ORDER = Pattern.compile("--exec-order ([a-z-]+)");

    private final Path directory;
    private final Path workingDirectory;
    private final String directoryFormat;

    /**
     * @param directory        the configured migration directory (absolute)
     * @param workingDirectory what relative paths in messages are relative to
     * @param directoryFormat  the configured layout, {@code auto} when left to detection
     */
    MavenPhrasing(Path directory, Path workingDirectory, String directoryFormat) {
        this.directory = directory.toAbsolutePath().normalize();
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.directoryFormat = directoryFormat;
    }

    /** The message with its fix in the plugin's terms; {@code null} stays {@code null}. */
    String apply(String message) {
        if (message == null) {
            return null;
        }
        String text = replaceCommands(message);
        text = replaceAll(HISTORY_TABLE, text,
                m -> "<historyTable>" + m.group(1) + "</historyTable>, -Dmigrations.historyTable=" + m.group(2));
        text = replaceAll(REVISIONS_TABLE, text, m -> "<revisionsSchema>" + m.group(1) + "</revisionsSchema> and "
                + "<revisionsTable>" + m.group(2) + "</revisionsTable>, -Dmigrations.revisionsSchema=" + m.group(1)
                + " -Dmigrations.revisionsTable=" + m.group(2));
        text = replaceAll(DIR_FORMAT, text, m -> "<directoryFormat>" + m.group(1) + "</directoryFormat> "
                + "(-Dmigrations.directoryFormat=" + m.group(1) + ")");
        text = replaceAll(EXEC_ORDER, text, m -> "<execOrder>" + m.group(1) + "</execOrder> (-Dmigrations.execOrder="
                + m.group(1) + ")");
        return text
                .replace("(or baseline(V) in the API)", "(or <baseline>V</baseline>)")
                .replace("(--lock-timeout)", "(<lockTimeout>, -Dmigrations.lockTimeout=10m)")
                .replace("pass --allow-pooler", "set <allowPooler>true</allowPooler> (-Dmigrations.allowPooler)")
                .replace("pass --allow-dirty", "set <allowDirty>true</allowDirty> (-Dmigrations.allowDirty)")
                .replace("pass the right folder with --dir", "configure the right folder with <directory>"
                        + " (-Dmigrations.directory=...)")
                .replace("turn strict mode off", "turn strict mode off (<strict>false</strict>)")
                .replace("use the transaction mode 'file' (the default)",
                        "use the transaction mode 'file' (<txMode>file</txMode>, the default)")
                .replace("pass --url or set DATABASE_URL", "configure <url> (-Dmigrations.url=...) or set"
                        + " DATABASE_URL");
    }

    private String replaceCommands(String message) {
        return replaceAll(COMMAND, message, m -> "'" + mavenCommand(m.group(1), tokens(m.group(2))) + "'");
    }

    private String mavenCommand(String verb, List<String> args) {
        StringBuilder command = new StringBuilder("mvn migrations:").append(verb);
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (arg) {
                case "--dir" -> {
                    if (value != null && !isConfiguredDirectory(value)) {
                        extra.append(' ').append(property("migrations.directory", value));
                    }
                    i++;
                }
                case "--dir-format" -> {
                    if (value != null && !"auto".equals(directoryFormat) && !value.equals(directoryFormat)) {
                        extra.append(' ').append(property("migrations.directoryFormat", value));
                    }
                    i++;
                }
                case "--baseline" -> {
                    if (value != null) {
                        extra.append(' ').append(property("migrations.baseline", value));
                    }
                    i++;
                }
                case "--url" -> i++;
                default -> {
                    if ("set".equals(verb) && !arg.startsWith("--")) {
                        command.append(' ').append(property("migrations.version", arg));
                    }
                }
            }
        }
        return command.append(extra).toString();
    }

    private boolean isConfiguredDirectory(String shown) {
        try {
            Path path = workingDirectory.resolve(shown).normalize();
            return path.startsWith(directory);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String property(String name, String value) {
        String argument = "-D" + name + "=" + value;
        return argument.chars().anyMatch(Character::isWhitespace) ? '"' + argument + '"' : argument;
    }

    /** Splits command arguments at spaces; a double-quoted argument (backslash escapes) is one. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = null;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                current = current == null ? new StringBuilder() : current;
            } else if (Character.isWhitespace(c)) {
                if (current != null) {
                    tokens.add(current.toString());
                    current = null;
                }
            } else {
                current = current == null ? new StringBuilder() : current;
                current.append(c);
            }
        }
        if (current != null) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static String replaceAll(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
