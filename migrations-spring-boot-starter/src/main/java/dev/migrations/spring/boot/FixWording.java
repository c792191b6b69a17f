package dev.migrations.spring.boot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fix in a library message, worded for a Spring Boot application: the library's messages name the options of
 * {@code Migrations.configure()} ({@code historyTable("a.b")}) and calls such as {@code status()} or
 * {@code MigrationDirectory.writeSum()}; an application sets {@code migrations.*} properties instead, and is told where
 * a call is made (a {@code MigrationsStrategy} bean, the actuator endpoint, the hash command on the source folder).
 * Command-line flags ({@code --exec-order non-linear}) are written as properties too. Commands to run (in single
 * quotes) are left as they are, except {@code 'migrations migrate apply ... --baseline V'}, which a start does with
 * {@code migrations.baseline-version=V}.
 */
final class FixWording {

    /** Said when the message has no fix part. */
    static final String GENERIC_ACTION = "Correct what the description names, then start the application again.";

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z'\"(])|\\n+");
    private static final Pattern FIX_WORD = Pattern.compile("(?i)\\b(run|pass|set|use|create|give|choose|adopt|"
            + "revert|rename|raise|wait|read|say|leave|finish|mark|let|fix|remove|add|delete|restore|move|check|"
            + "either|migrate|apply|drop|grant|start|stop|deploy|write|rehash|hash|record|change|edit|correct)\\b");
    private static final Pattern FIX_CLAUSE = Pattern.compile("(?i)[:;]\\s+(?=(run|pass|set|use|create|give|choose|"
            + "adopt|revert|rename|raise|wait|read|say|leave|finish|mark|let|fix|remove|add|restore|move|check|either|"
            + "migrate|apply|deploy|write|record|correct)\\b)");
    private static final Pattern NOTHING_CHANGED = Pattern.compile("\\s*Nothing was changed\\.?\\s*$");

    private static final Pattern APPLY_WITH_BASELINE = Pattern.compile(
            "'migrations migrate apply[^']*?--baseline (\\S+?)'(?: \\(or baseline\\([^)]*\\) in the API\\))?");
    private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'");
    private static final Pattern PROPERTY = Pattern.compile("migrations\\.[a-z-]+(?:=[^\\s,;()]+)?");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(([^()]*)\\)");
    /** A value after a flag or in a call: up to a space, a comma, a semicolon, a parenthesis or a sentence's end. */
    private static final String VALUE = "([^\\s,;()'\"]+?)(?=[,;)'\"]|\\.?(?:\\s|$))";

    private static final List<Rule> RULES = List.of(
            // API options
            new Rule("\\bhistoryTable\\(\"([^\"]*)\"\\)", m -> "migrations.history-table=" + m.group(1)),
            new Rule("\\brevisionsSchema\\(\"([^\"]*)\"\\)", m -> "migrations.revisions-schema=" + m.group(1)),
            new Rule("\\brevisionsTable\\(\"([^\"]*)\"\\)", m -> "migrations.revisions-table=" + m.group(1)),
            new Rule("\\bjournalTable\\(\"([^\"]*)\"\\)", m -> "migrations.journal-table=" + m.group(1)),
            new Rule("\\bbaselineVersion\\(\"?([^\")]*)\"?\\)", m -> "migrations.baseline-version=" + m.group(1)),
            new Rule("\\bbaseline\\((\"?[^)]*\"?)\\) in the API",
                    m -> "Migrations.baseline(" + m.group(1) + ") (from a MigrationsStrategy bean)"),
            new Rule("\\bdirectoryFormat\\(DirectoryFormat\\.([A-Z_]+)\\)",
                    m -> "migrations.directory-format=" + cli(m.group(1))),
            new Rule("\\bexecOrder\\(ExecOrder\\.([A-Z_]+)\\)", m -> "migrations.exec-order=" + cli(m.group(1))),
            new Rule("\\btransactionMode\\(TransactionMode\\.([A-Z_]+)\\)",
                    m -> "migrations.transaction-mode=" + cli(m.group(1))),
            new Rule("\\b(allowDirty|allowPooler|strict|createSchema)\\((true|false)\\)",
                    m -> "migrations." + kebab(m.group(1)) + "=" + m.group(2)),
            new Rule("\\blockTimeout\\(Duration\\)", m -> "migrations.lock-timeout"),
            new Rule("\\bdirectory\\(\\.\\.\\.\\)", m -> "migrations.directory"),
            new Rule("\\bMigrationDirectory\\.writeSum\\(\\) \\(the hash command\\)",
                    m -> "the hash command ('migrations migrate hash' or 'mvn migrations:hash', on the source folder)"),
            new Rule("(?<![.\\w])status\\(\\)", m -> "Migrations.status() (or the migrations actuator endpoint)"),
            new Rule("(?<![.\\w])rehash\\(\\)", m -> "Migrations.rehash() (from a MigrationsStrategy bean)"),
            new Rule("(?<![.\\w])set\\((\"[^\"]*\")\\)",
                    m -> "Migrations.set(" + m.group(1) + ") (from a MigrationsStrategy bean)"),
            // command-line flags
            new Rule("--dir-format " + VALUE, m -> "migrations.directory-format=" + m.group(1)),
            new Rule("--exec-order " + VALUE, m -> "migrations.exec-order=" + m.group(1)),
            new Rule("--tx-mode " + VALUE, m -> "migrations.transaction-mode=" + m.group(1)),
            new Rule("--history-table " + VALUE, m -> "migrations.history-table=" + m.group(1)),
            new Rule("--revisions-schema " + VALUE, m -> "migrations.revisions-schema=" + m.group(1)),
            new Rule("--revisions-table " + VALUE, m -> "migrations.revisions-table=" + m.group(1)),
            new Rule("--schema " + VALUE, m -> "migrations.schema=" + m.group(1)),
            new Rule("--baseline " + VALUE, m -> "migrations.baseline-version=" + m.group(1)),
            new Rule("--(lock-timeout|statement-timeout|statement-lock-timeout)(?: (\\d+[a-z]*))?",
                    m -> "migrations." + m.group(1) + (m.group(2) == null ? "" : "=" + m.group(2))),
            new Rule("--(allow-dirty|allow-pooler|strict)\\b", m -> "migrations." + m.group(1) + "=true"),
            new Rule("--dir\\b(?!-)", m -> "migrations.directory"),
            new Rule("--url(?: <url>)?", m -> "migrations.url (or spring.datasource.url)"),
            // verbs
            new Rule("\\b(pass|choose|give)( migrations\\.)", m -> "set" + m.group(2)),
            new Rule("\\bPass( migrations\\.)", m -> "Set" + m.group(1)),
            new Rule("\\(API: ", m -> "("),
            new Rule(" in the API(?=[,)])", m -> ""),
            new Rule(" on the command line(?=[,)])", m -> ""));

    private FixWording() {
    }

    /** The fix part of a message, in property wording; {@link #GENERIC_ACTION} when there is none. */
    static String action(String message) {
        String text = NOTHING_CHANGED.matcher(message.strip()).replaceFirst("").strip();
        String[] sentences = SENTENCE_END.split(text);
        List<String> fix = new ArrayList<>();
        for (int i = 1; i < sentences.length; i++) {
            if (FIX_WORD.matcher(sentences[i]).find()) {
                fix.add(sentences[i].strip());
            }
        }
        if (fix.isEmpty()) {
            Matcher clause = FIX_CLAUSE.matcher(sentences[0]);
            int start = -1;
            while (clause.find()) {
                start = clause.end();
            }
            if (start < 0) {
                return GENERIC_ACTION;
            }
            String rest = sentences[0].substring(start).strip();
            fix.add(Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
        }
        return toProperties(String.join(" ", fix));
    }

    /** The text with API options and command-line flags written as {@code migrations.*} properties. */
    static String toProperties(String text) {
        String result = replace(APPLY_WITH_BASELINE, text, m -> "migrations.baseline-version=" + m.group(1));
        List<String> quoted = new ArrayList<>();
        result = replace(QUOTED, result, m -> {
            quoted.add(m.group());
            return "\u0000" + (quoted.size() - 1) + "\u0000";
        });
        for (Rule rule : RULES) {
            result = replace(rule.pattern, result, rule.replacement);
        }
        result = dropRepeatedParentheses(result);
        for (int i = 0; i < quoted.size(); i++) {
            result = result.replace("\u0000" + i + "\u0000", quoted.get(i));
        }
        return result;
    }

    /**
     * Within a parenthesis, drops an alternative ({@code , }-separated) that only repeats the properties of an earlier
     * one; drops a whole parenthesis that only repeats properties of the text before it.
     */
    private static String dropRepeatedParentheses(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = PARENTHESES.matcher(text);
        int last = 0;
        while (m.find()) {
            String before = text.substring(last, m.start());
            out.append(before);
            List<String> kept = new ArrayList<>();
            List<Set<String>> keptProperties = new ArrayList<>();
            for (String part : m.group(1).split(", ")) {
                Set<String> properties = properties(part);
                boolean repeat = !properties.isEmpty()
                        && keptProperties.stream().anyMatch(earlier -> earlier.containsAll(properties));
                if (!repeat) {
                    kept.add(part);
                    keptProperties.add(properties);
                }
            }
            Set<String> inside = properties(String.join(" ", kept));
            boolean repeatsText = !inside.isEmpty() && properties(out.toString()).containsAll(inside)
                    && kept.stream().allMatch(part -> PROPERTY.matcher(part).replaceAll("").replaceAll(
                            "\\b(and|or)\\b", "").isBlank());
            if (!repeatsText) {
                out.append(m.group().substring(0, m.group().indexOf('(') + 1)).append(String.join(", ", kept))
                        .append(')');
            }
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static Set<String> properties(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PROPERTY.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String cli(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private record Rule(Pattern pattern, Function<Matcher, String> replacement) {

        Rule(String regex, Function<Matcher, String> replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
