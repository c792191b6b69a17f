package dev.migrations.sql.internal.directive;

import java.nio.charset.StandardCharsets;

/**
 * Atlas's {@code atlas:sum ignore} rule: a file whose FIRST line carries {@code atlas:sum ignore} keeps its
 * name in the running {@code atlas.sum} hash, but its content is not hashed and it gets no entry line.
 *
 * <p>The rule is Atlas's exactly, including its sharp edges: the directive need not be in a comment, a byte
 * order mark or tab before it hides it, and a trailing carriage return or space after {@code ignore} makes
 * it not match (so CRLF files are always hashed).
 */
public final class SumIgnoreDirective {

    private static final byte[] MARKER = "atlas:sum".getBytes(StandardCharsets.US_ASCII);

    private SumIgnoreDirective() {
    }

    /** Whether raw file bytes carry the directive on their first line. */
    public static boolean isPresentIn(byte[] content) {
        int firstLineEnd = indexOf(content, (byte) '\n');
        if (!containsMarker(content, firstLineEnd)) {
            return false;
        }
        // Bytes outside ASCII can only ever be matched by '.', so a one-byte-per-char view decides the same as
        // Atlas's UTF-8 reading.
        return isIgnore(new String(content, 0, firstLineEnd, StandardCharsets.ISO_8859_1));
    }

    /** Whether decoded file text (a leading byte order mark kept) carries the directive on its first line. */
    public static boolean isPresentIn(String content) {
        int newline = content.indexOf('\n');
        return isIgnore(newline < 0 ? content : content.substring(0, newline));
    }

    private static boolean isIgnore(String firstLine) {
        return DirectiveMatch.find(firstLine)
                .filter(match -> match.name().equals("sum") && match.argument().equals("ignore"))
                .isPresent();
    }

    private static int indexOf(byte[] content, byte wanted) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == wanted) {
                return i;
            }
        }
        return content.length;
    }

    private static boolean containsMarker(byte[] content, int end) {
        outer:
        for (int start = 0; start + MARKER.length <= end; start++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (content[start + j] != MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
