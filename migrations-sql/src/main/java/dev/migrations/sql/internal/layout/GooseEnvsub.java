package dev.migrations.sql.internal.layout;

import dev.migrations.sql.internal.text.GoText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The variable substitution of goose's {@code -- +goose ENVSUB ON} sections, as goose v3 does it through
 * {@code github.com/mfridman/interpolate} v0.0.2, one line at a time:
 * <ul>
 *   <li>{@code $NAME} and {@code ${NAME}}: the value; a name starts with a letter and goes on with letters, digits
 *       and {@code _}</li>
 *   <li>{@code ${NAME:-default}}: the default when the variable is unset or empty; {@code ${NAME-default}}: the
 *       default when it is unset. Defaults may hold further substitutions.</li>
 *   <li>{@code ${NAME:offset}} and {@code ${NAME:offset:length}}: a substring of the value (counted in UTF-8 bytes;
 *       a negative offset, written after a space, counts from the end)</li>
 *   <li>{@code ${NAME?message}}: the value, or an error with the message when the variable is unset</li>
 *   <li>{@code $$} and {@code \$} stand for {@code $}; {@code \\} stays {@code \\}; {@code $(} and a {@code $} at the
 *       end of the line stay as they are</li>
 *   <li>any other {@code $} is an error ({@code $1}, {@code ${1}}, {@code ${NAME:?x}}, an unclosed brace)</li>
 * </ul>
 * goose substitutes "" for an unset variable without a default. Where the statements run, this reader refuses that
 * instead ({@link Mode#STRICT}): SQL with a silently emptied name or value is a deployment mistake.
 */
final class GooseEnvsub {

    /** How unset variables without a default expand. */
    enum Mode {
        /** An error: the lines that run. */
        STRICT,
        /** "" as goose does: the lines goose substitutes but does not run (the Down section). */
        GOOSE
    }

    /** Why a line cannot be substituted. */
    enum Problem {
        /** goose cannot read the line: the message says why. */
        SYNTAX,
        /** A variable without a default is not set ({@link Mode#STRICT}). */
        UNSET,
        /** A {@code ${NAME?message}} variable is not set: goose fails too; the message is the expanded message. */
        REQUIRED
    }

    /** A line goose refuses to substitute, or a variable that must be set and is not. */
    static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        private final Problem problem;
        private final String variable;
        private final String source;

        Failure(String message) {
            this(Problem.SYNTAX, message, null, null);
        }

        Failure(Problem problem, String message, String variable, String source) {
            super(message, null, false, false);
            this.problem = problem;
            this.variable = variable;
            this.source = source;
        }

        Problem problem() {
            return problem;
        }

        /** The variable that is not set; {@code null} for {@link Problem#SYNTAX}. */
        String variable() {
            return variable;
        }

        /** The substitution as written, e.g. {@code ${OWNER}}; {@code null} for {@link Problem#SYNTAX}. */
        String source() {
            return source;
        }
    }

    private GooseEnvsub() {
    }

    /** Checks that goose can read the line's substitutions; needs no environment. */
    static void checkSyntax(String line) throws Failure {
        new Parser(line).expression(false);
    }

    /** The line with its substitutions made. */
    static String substitute(String line, Map<String, String> environment, Mode mode) throws Failure {
        List<Node> nodes = new Parser(line).expression(false);
        StringBuilder out = new StringBuilder(line.length() + 16);
        expand(nodes, environment, mode, out);
        return out.toString();
    }

    private sealed interface Node permits Text, Variable, Fallback, Substring, Required {
    }

    private record Text(String text) implements Node {
    }

    /** {@code $NAME} or {@code ${NAME}}. */
    private record Variable(String name, String source) implements Node {
    }

    /** {@code ${NAME:-x}} ({@code ifEmptyToo}) or {@code ${NAME-x}}. */
    private record Fallback(String name, boolean ifEmptyToo, List<Node> fallback) implements Node {
    }

    /** {@code ${NAME:offset}} or {@code ${NAME:offset:length}}. */
    private record Substring(String name, long offset, Long length, String source) implements Node {
    }

    /** {@code ${NAME?message}}. */
    private record Required(String name, List<Node> message, String source) implements Node {
    }

    private static void expand(List<Node> nodes, Map<String, String> environment, Mode mode, StringBuilder out)
            throws Failure {
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Variable variable) {
                out.append(valueOrUnset(variable.name(), variable.source(), environment, mode));
            } else if (node instanceof Fallback fallback) {
                String value = environment.get(fallback.name());
                if (value == null || (fallback.ifEmptyToo() && value.isEmpty())) {
                    expand(fallback.fallback(), environment, mode, out);
                } else {
                    out.append(value);
                }
            } else if (node instanceof Substring substring) {
                out.append(substring(valueOrUnset(substring.name(), substring.source(), environment, mode),
                        substring.offset(), substring.length()));
            } else if (node instanceof Required required) {
                String value = environment.get(required.name());
                if (value == null) {
                    StringBuilder message = new StringBuilder();
                    expand(required.message(), environment, Mode.GOOSE, message);
                    throw new Failure(Problem.REQUIRED, message.isEmpty() ? "not set" : message.toString(),
                            required.name(), required.source());
                }
                out.append(value);
            }
        }
    }

    private static String valueOrUnset(String name, String source, Map<String, String> environment, Mode mode)
            throws Failure {
        String value = environment.get(name);
        if (value != null) {
            return value;
        }
        if (mode == Mode.GOOSE) {
            return "";
        }
        throw new Failure(Problem.UNSET, name + " is not set", name, source);
    }

    /** interpolate's substring: offsets in UTF-8 bytes, clamped to the value. */
    private static String substring(String value, long offset, Long length) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        long size = bytes.length;
        long from = offset < 0 ? offset + size : offset;
        from = Math.max(0, Math.min(from, size));
        long to;
        if (length == null) {
            to = size;
        } else if (length >= 0) {
            to = length > size - from ? size : from + length;
        } else {
            to = Math.max(from, length + size);
        }
        to = Math.min(to, size);
        return new String(bytes, (int) from, (int) (to - from), StandardCharsets.UTF_8);
    }

    /** A recursive descent reader of interpolate's grammar. */
    private static final class Parser {

        private static final int END = -1;

        private final String input;
        private int pos;

        Parser(String input) {
            this.input = input;
        }

        /** Text and substitutions up to the end, or up to a '}' when {@code inBraces}. */
        List<Node> expression(boolean inBraces) throws Failure {
            List<Node> nodes = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (pos < input.length()) {
                char c = input.charAt(pos);
                if (inBraces && c == '}') {
                    break;
                }
                if (input.startsWith("\\\\", pos)) {
                    text.append("\\\\");
                    pos += 2;
                } else if (input.startsWith("\\$", pos) || input.startsWith("$$", pos)) {
                    text.append('$');
                    pos += 2;
                } else if (input.startsWith("$(", pos)) {
                    text.append("$(");
                    pos += 2;
                } else if (c == '$' && pos < input.length() - 1) {
                    if (!text.isEmpty()) {
                        nodes.add(new Text(text.toString()));
                        text.setLength(0);
                    }
                    nodes.add(substitution());
                } else {
                    int first = input.codePointAt(pos);
                    text.appendCodePoint(first);
                    pos += Character.charCount(first);
                    while (pos < input.length()) {
                        char next = input.charAt(pos);
                        if (next == '$' || next == '\\' || (inBraces && next == '}')) {
                            break;
                        }
                        text.append(next);
                        pos++;
                    }
                }
            }
            if (!text.isEmpty()) {
                nodes.add(new Text(text.toString()));
            }
            return nodes;
        }

        private Node substitution() throws Failure {
            int start = pos;
            pos++; // '$'
            if (peek() == '{') {
                return braced(start);
            }
            String name = name(start);
            return new Variable(name, input.substring(start, pos));
        }

        private Node braced(int start) throws Failure {
            pos++; // '{'
            String name = name(start);
            if (peek() == '}') {
                pos++;
                return new Variable(name, input.substring(start, pos));
            }
            int afterName = pos;
            int operator = next();
            if (operator == ':' && peek() == '-') {
                pos++;
                List<Node> fallback = expression(true);
                close(start);
                return new Fallback(name, true, fallback);
            }
            if (operator == ':') {
                long offset = number(until(":}"), "offset", start);
                Long length = null;
                if (peek() != '}') {
                    next(); // ':'
                    length = number(until("}"), "length", start);
                }
                return new Substring(name, offset, length, close(start));
            }
            if (operator == '-') {
                List<Node> fallback = expression(true);
                close(start);
                return new Fallback(name, false, fallback);
            }
            if (operator == '?') {
                List<Node> message = expression(true);
                return new Required(name, message, close(start));
            }
            throw new Failure("'" + input.substring(start, afterName) + "' is followed by " + describe(operator)
                    + " where goose expects '}' or an operator (:-, -, ?, or : for a substring)");
        }

        /** Reads the closing '}' of the substitution that starts at {@code start}; returns the substitution. */
        private String close(int start) throws Failure {
            if (next() != '}') {
                throw new Failure("'" + input.substring(start, pos) + "' is not closed by '}'");
            }
            return input.substring(start, pos);
        }

        private long number(String text, String what, int start) throws Failure {
            String trimmed = GoText.trimSpace(text);
            int i = 0;
            if (!trimmed.isEmpty() && (trimmed.charAt(0) == '+' || trimmed.charAt(0) == '-')) {
                i = 1;
            }
            boolean digits = i < trimmed.length();
            for (int j = i; j < trimmed.length(); j++) {
                digits &= trimmed.charAt(j) >= '0' && trimmed.charAt(j) <= '9';
            }
            if (digits) {
                try {
                    return Long.parseLong(trimmed);
                } catch (NumberFormatException tooLarge) {
                    // reported below
                }
            }
            throw new Failure("the substring " + what + " '" + text + "' in '"
                    + input.substring(start, Math.min(pos, input.length())) + "' is not a whole number (goose reads"
                    + " ${NAME:...} as a substring; ${NAME:?...} is not supported)");
        }

        private String name(int start) throws Failure {
            int first = pos < input.length() ? input.codePointAt(pos) : END;
            if (first == END || !Character.isLetter(first)) {
                throw new Failure("'" + input.substring(start, pos) + "' is followed by " + describe(first)
                        + " where goose expects a variable name, which starts with a letter");
            }
            int begin = pos;
            while (pos < input.length()) {
                int c = input.codePointAt(pos);
                if (!Character.isLetter(c) && !isNumber(c) && c != '_') {
                    break;
                }
                pos += Character.charCount(c);
            }
            return input.substring(begin, pos);
        }

        private static boolean isNumber(int c) {
            int type = Character.getType(c);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }

        private String until(String stops) {
            int begin = pos;
            while (pos < input.length() && stops.indexOf(input.charAt(pos)) < 0) {
                pos++;
            }
            return input.substring(begin, pos);
        }

        private int peek() {
            return pos < input.length() ? input.codePointAt(pos) : END;
        }

        private int next() {
            if (pos >= input.length()) {
                return END;
            }
            int c = input.codePointAt(pos);
            pos += Character.charCount(c);
            return c;
        }

        private static String describe(int c) {
            return c == END ? "the end of the line" : "'" + new String(Character.toChars(c)) + "'";
        }
    }
}
