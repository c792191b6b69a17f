package dev.migrations.maven;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the fix in the library's messages for a Maven build: the calls that re-hash the directory or show its state
 * ({@code MigrationDirectory.writeSum()}, {@code status()}, {@code rehash()}, {@code set("3")}) become the goals
 * ({@code 'mvn migrations:hash'} and so on), and {@code --dir-format x (API: ...)} the plugin parameter. The rest of
 * the message (the file, the line, what happened) is kept word for word; {@link MavenAdvice} adds the parameters that
 * fix an error of a given kind.
 */
final class MavenPhrasing {

    private static final String HASH = "MigrationDirectory.writeSum() (the hash command)";
    private static final Pattern STATUS = Pattern.compile("\\bstatus\\(\\)");
    private static final Pattern REHASH = Pattern.compile("\\brehash\\(\\)");
    private static final Pattern SET = Pattern.compile("\\bset\\(\"([^\"]*)\"\\)");

    /** {@code --dir-format x}, with the API spelling the library adds in brackets or after a semicolon. */
    private static final Pattern DIR_FORMAT = Pattern.compile(
            "--dir-format (<format>|[a-z-]+)(?:; API: directoryFormat\\(DirectoryFormat\\.[<>A-Z_]+\\)| \\(API:"
                    + " directoryFormat\\(DirectoryFormat\\.[A-Z_]+\\)\\))?");

    /** The message with its fix in the plugin's terms; {@code null} stays {@code null}. */
    String apply(String message) {
        if (message == null) {
            return null;
        }
        String text = message.replace(HASH, "'mvn migrations:hash'");
        text = replaceAll(STATUS, text, m -> "'mvn migrations:status'");
        text = replaceAll(REHASH, text, m -> "'mvn migrations:rehash'");
        text = replaceAll(SET, text, m -> "'mvn migrations:set " + property("migrations.version", m.group(1)) + "'");
        text = replaceAll(DIR_FORMAT, text, m -> "<directoryFormat>" + m.group(1) + "</directoryFormat> "
                + "(-Dmigrations.directoryFormat=" + m.group(1) + ")");
        return text.replace("pass --url or set DATABASE_URL", "configure <url> (-Dmigrations.url=...) or set"
                + " DATABASE_URL");
    }

    private static String property(String name, String value) {
        String argument = "-D" + name + "=" + value;
        return argument.chars().anyMatch(Character::isWhitespace) ? '"' + argument + '"' : argument;
    }

    private static String replaceAll(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
