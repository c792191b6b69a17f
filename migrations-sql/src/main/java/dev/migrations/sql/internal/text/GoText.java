package dev.migrations.sql.internal.text;

/**
 * The character classes the Go tools use when they read a file: Go's {@code unicode.IsSpace} (behind
 * {@code strings.TrimSpace} and {@code bufio.ScanWords}) and RE2's {@code \s}. They differ from Java's
 * {@link Character#isWhitespace}, so goose and dbmate files, and the names in {@code atlas.sum}, are read with
 * these.
 */
public final class GoText {

    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}. */
    public static boolean isSpace(char c) {
        if (c <= '\u00FF') {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0';
        }
        return c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    /** RE2's {@code \s}: {@code [\t\n\f\r ]}. */
    public static boolean isRe2Space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** Go's {@code strings.TrimSpace}. */
    public static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Whether Go's {@code strings.TrimSpace} leaves nothing. */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Go's {@code strings.HasPrefix(strings.TrimSpace(s), prefix)}. */
    public static boolean trimmedStartsWith(String s, String prefix) {
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) {
            start++;
        }
        return s.startsWith(prefix, start);
    }

    /** The text without a leading UTF-8 byte order mark. */
    public static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** The 1-based line of {@code offset}: one more than the line feeds before it. */
    public static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /** The line that contains {@code offset}, without its line terminator. */
    public static String lineContaining(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        if (end < 0) {
            end = text.length();
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }

    /** A line for a message: in single quotes, shortened when long. */
    public static String quoted(String line) {
        String shown = line.strip();
        if (shown.length() > 80) {
            shown = shown.substring(0, 77) + "...";
        }
        return "'" + shown + "'";
    }
}
