package dev.migrations.sql.internal.directive;

import java.util.ArrayList;
import java.util.List;

/**
 * The leading comment block of a migration file: consecutive lines starting with {@code --} or {@code #}
 * at column 0.
 *
 * <p>Atlas only treats this block as file directives when it is followed by a blank line (or the file is
 * nothing but comments), when the file has no byte order mark, and when that blank line is a plain LF line.
 * {@link #lines()} is the block as the author meant it (byte order mark skipped, CR tolerated);
 * {@link #seenByAtlas()} says whether Atlas reads it, and {@link #whyAtlasIgnoresIt()} why not.
 */
final class FileHeader {

    /** One comment line, trimmed, with its 1-based line number. */
    record Line(int number, String text) {
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<Line> lines;
    private final boolean seenByAtlas;
    private final String whyAtlasIgnoresIt;

    private FileHeader(List<Line> lines, boolean seenByAtlas, String whyAtlasIgnoresIt) {
        this.lines = lines;
        this.seenByAtlas = seenByAtlas;
        this.whyAtlasIgnoresIt = whyAtlasIgnoresIt;
    }

    static FileHeader of(String content) {
        boolean byteOrderMark = !content.isEmpty() && content.charAt(0) == BYTE_ORDER_MARK;
        String text = byteOrderMark ? content.substring(1) : content;
        List<Line> lines = new ArrayList<>();
        String rest = text;
        while (rest.startsWith("--") || rest.startsWith("#")) {
            int newline = rest.indexOf('\n');
            String line = newline < 0 ? rest : rest.substring(0, newline);
            lines.add(new Line(lines.size() + 1, line.strip()));
            rest = newline < 0 ? "" : rest.substring(newline + 1);
        }
        if (lines.isEmpty()) {
            return new FileHeader(List.of(), false, "");
        }
        int last = lines.size();
        if (byteOrderMark) {
            return new FileHeader(lines, false,
                    "the file starts with a UTF-8 byte order mark, which hides its header from Atlas;"
                            + " save the file as UTF-8 without BOM");
        }
        String afterHeader = stripLeadingBlanks(rest);
        if (rest.isEmpty() || afterHeader.startsWith("\n")) {
            return new FileHeader(lines, true, "");
        }
        if (afterHeader.startsWith("\r\n")) {
            return new FileHeader(lines, false,
                    "the file has Windows (CRLF) line endings, so Atlas does not see the blank line after its"
                            + " header and ignores the header; convert the file to LF line endings");
        }
        return new FileHeader(lines, false,
                "the header comments (lines 1-" + last + ") are not followed by a blank line, so Atlas reads them"
                        + " as comments of the first statement and ignores them; add an empty line after line "
                        + last);
    }

    private static String stripLeadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(i);
    }

    List<Line> lines() {
        return lines;
    }

    boolean seenByAtlas() {
        return seenByAtlas;
    }

    String whyAtlasIgnoresIt() {
        return whyAtlasIgnoresIt;
    }
}
