package dev.migrations.sql.internal.directive;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code atlas:<name> <argument>} found with Atlas's own directive expression,
 * {@code ^([ -~]*)atlas:(\w+)(?: +(.+))*}, applied to the start of a text.
 *
 * <p>Like Atlas, the match is anchored at the start of the text, may be preceded by printable ASCII only,
 * picks the last {@code atlas:} on that printable run, and the argument runs to the end of the line
 * (a trailing carriage return included).
 */
record DirectiveMatch(String name, String argument) {

    private static final Pattern SYNTAX = Pattern.compile("^([ -~]*)atlas:(\\w+)(?: +(.+))*", Pattern.UNIX_LINES);

    static Optional<DirectiveMatch> find(String text) {
        if (!text.contains("atlas:")) {
            return Optional.empty();
        }
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String argument = matcher.group(3);
        return Optional.of(new DirectiveMatch(matcher.group(2), argument == null ? "" : argument));
    }
}
