package dev.migrations.sql.internal.layout;

import dev.migrations.error.LayoutException;
import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.sql.internal.analysis.StatementSplitter;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.migration.TxMode;
import dev.migrations.sql.internal.text.GoText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * dbmate's reading of a migration file, as dbmate v2 ({@code pkg/dbmate/migration.go}, v2.29 and later) reads it.
 * <ul>
 *   <li>A marker is a line that starts (column 1) with {@code --}, then optional white space, then
 *       {@code migrate:up} or {@code migrate:down} (case-sensitive) followed by white space or the end of the line:
 *       {@code -- migrate:up}, {@code --migrate:up transaction:false}; not {@code   -- migrate:up} (indented) nor
 *       {@code -- migrate:upgrade}.</li>
 *   <li>A file has at least one {@code migrate:up}; only blank lines and {@code --} comments may come before the
 *       first one (a {@code migrate:down} marker among them is a comment too).</li>
 *   <li>Each {@code migrate:up} starts a section that runs to the next {@code migrate:up}; each section holds exactly
 *       one {@code migrate:down}. The part between a section's {@code migrate:up} and its {@code migrate:down} runs,
 *       the sections in file order.</li>
 *   <li>Options follow the marker on its line as {@code key:value} words; dbmate knows {@code transaction} only
 *       ({@code transaction:false} runs the section outside a transaction) and ignores any other word silently. This
 *       reader refuses other words, since the file would not run as it says.</li>
 * </ul>
 * dbmate runs each section in its own transaction; here a file runs as one unit: in the run's transaction when no
 * section asks for {@code transaction:false}, otherwise wholly outside a transaction.
 */
final class DbmateScript {

    private static final String MARK = "migrate:";
    private static final String UP = "migrate:up";
    private static final String DOWN = "migrate:down";

    private static final int NO_MARKER = 0;
    private static final int UP_MARKER = 1;
    private static final int DOWN_MARKER = 2;

    private DbmateScript() {
    }

    /** The load-time check of the annotations. */
    static void check(String fileDisplay, String text) {
        sections(fileDisplay, GoText.withoutByteOrderMark(text));
    }

    /** The {@code migrate:up} section's statements and transaction. */
    static MigrationScript parse(String fileDisplay, String text) {
        String body = GoText.withoutByteOrderMark(text);
        List<Section> sections = sections(fileDisplay, body);
        List<SqlStatement> statements = new ArrayList<>();
        Section outsideTransaction = null;
        for (Section section : sections) {
            String upPart = "\n".repeat(section.up().line() - 1)
                    + body.substring(section.up().start(), section.down().start());
            statements.addAll(StatementSplitter.split(upPart));
            if (!section.transaction() && outsideTransaction == null) {
                outsideTransaction = section;
            }
        }
        if (outsideTransaction == null) {
            return new MigrationScript(statements, Optional.empty(), "");
        }
        return new MigrationScript(statements, Optional.of(TxMode.NONE), "-- migrate:up transaction:false"
                + (sections.size() > 1 ? " (line " + outsideTransaction.up().line() + ")" : ""));
    }

    /**
     * A marker line.
     *
     * @param up      {@code migrate:up}, else {@code migrate:down}
     * @param start   the offset of its {@code --}
     * @param line    the 1-based line of its {@code --}
     * @param options what follows the marker on its line; "" when the marker spans lines
     */
    private record Marker(boolean up, int start, int line, String options) {

        String written() {
            return "-- " + (up ? UP : DOWN) + (options.isBlank() ? "" : " " + GoText.trimSpace(options));
        }
    }

    /** A {@code migrate:up} marker, its {@code migrate:down} and whether its up part runs in a transaction. */
    private record Section(Marker up, Marker down, boolean transaction) {
    }

    private static List<Section> sections(String fileDisplay, String text) {
        int gooseAnnotation = ForeignAnnotations.firstGooseAnnotation(text);
        if (gooseAnnotation >= 0) {
            throw ForeignAnnotations.gooseInForeignFile(DirectoryFormat.DBMATE, fileDisplay, text, gooseAnnotation);
        }
        List<Marker> markers = markers(text);
        List<Marker> ups = markers.stream().filter(Marker::up).toList();
        if (ups.isEmpty()) {
            throw missingUp(fileDisplay, markers);
        }
        Marker firstUp = ups.get(0);
        refuseStatementsBefore(fileDisplay, text, firstUp, markers);
        List<List<Marker>> downsOfSections = new ArrayList<>();
        for (int i = 0; i < ups.size(); i++) {
            int end = i + 1 < ups.size() ? ups.get(i + 1).start() : text.length();
            Marker up = ups.get(i);
            List<Marker> downs = markers.stream().filter(m -> !m.up() && m.start() > up.start() && m.start() < end)
                    .toList();
            if (downs.size() > 1) {
                throw new LayoutException(fileDisplay + " line " + downs.get(1).line() + ": a second '-- migrate:down'"
                        + " after the '-- migrate:up' at line " + up.line() + " (the first is at line "
                        + downs.get(0).line() + "); dbmate refuses files where a '-- migrate:down' does not follow"
                        + " its own '-- migrate:up'; remove one of them, or add a '-- migrate:up' line above the"
                        + " statements that belong to a new section", fileDisplay, downs.get(1).line());
            }
            downsOfSections.add(downs);
        }
        for (int i = 0; i < ups.size(); i++) {
            if (downsOfSections.get(i).isEmpty()) {
                Marker up = ups.get(i);
                throw new LayoutException(fileDisplay + " line " + up.line() + ": the '-- migrate:up' here has no"
                        + " '-- migrate:down' after it" + (i + 1 < ups.size() ? " before the next '-- migrate:up'"
                        + " (line " + ups.get(i + 1).line() + ")" : "") + "; dbmate requires one for every"
                        + " '-- migrate:up' and refuses the file; add a line '-- migrate:down' after the statements"
                        + " to run (nothing needs to follow it)", fileDisplay, up.line());
            }
        }
        for (Marker marker : markers) {
            if (marker.start() >= firstUp.start()) {
                transaction(fileDisplay, marker);
            }
        }
        List<Section> sections = new ArrayList<>(ups.size());
        for (int i = 0; i < ups.size(); i++) {
            Marker up = ups.get(i);
            sections.add(new Section(up, downsOfSections.get(i).get(0), transaction(fileDisplay, up)));
        }
        return sections;
    }

    /** Every marker in the file, in order. */
    private static List<Marker> markers(String text) {
        List<Marker> markers = new ArrayList<>();
        int line = 1;
        int counted = 0;
        for (int hit = text.indexOf(MARK); hit >= 0; hit = text.indexOf(MARK, hit + 1)) {
            int kind = kindAt(text, hit);
            int start = kind == NO_MARKER ? -1 : markerStart(text, hit);
            if (start < 0) {
                continue;
            }
            for (int i = text.indexOf('\n', counted); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) {
                line++;
            }
            counted = start;
            int afterName = hit + (kind == UP_MARKER ? UP.length() : DOWN.length());
            int lineEnd = text.indexOf('\n', afterName);
            int firstBreak = text.indexOf('\n', start);
            boolean spansLines = firstBreak >= 0 && firstBreak < hit;
            String options = spansLines ? "" : text.substring(afterName, lineEnd < 0 ? text.length() : lineEnd);
            markers.add(new Marker(kind == UP_MARKER, start, line, options));
        }
        return markers;
    }

    /**
     * Whether a {@code migrate:up} or {@code migrate:down} marker's name starts at {@code hit}, followed by white
     * space or the end of the text: which marker, or {@code NO_MARKER}.
     */
    private static int kindAt(String text, int hit) {
        int end;
        int kind;
        if (text.startsWith(UP, hit)) {
            end = hit + UP.length();
            kind = UP_MARKER;
        } else if (text.startsWith(DOWN, hit)) {
            end = hit + DOWN.length();
            kind = DOWN_MARKER;
        } else {
            return NO_MARKER;
        }
        return end == text.length() || GoText.isRe2Space(text.charAt(end)) ? kind : NO_MARKER;
    }

    /**
     * The offset of the {@code --} at the start of a line that only white space separates from the marker name at
     * {@code hit} (dbmate's {@code ^--\s*migrate:up}, where {@code \s} includes line feeds); -1 when there is none.
     */
    private static int markerStart(String text, int hit) {
        int p = hit;
        while (p > 0 && GoText.isRe2Space(text.charAt(p - 1))) {
            p--;
        }
        int dashes = p - 2;
        if (dashes < 0 || text.charAt(dashes) != '-' || text.charAt(dashes + 1) != '-') {
            return -1;
        }
        return dashes == 0 || text.charAt(dashes - 1) == '\n' ? dashes : -1;
    }

    /** The offset of the first dbmate marker line, or -1. */
    static int firstMarker(String text) {
        for (int hit = text.indexOf(MARK); hit >= 0; hit = text.indexOf(MARK, hit + 1)) {
            if (kindAt(text, hit) != NO_MARKER) {
                int start = markerStart(text, hit);
                if (start >= 0) {
                    return start;
                }
            }
        }
        return -1;
    }

    private static LayoutException missingUp(String fileDisplay, List<Marker> markers) {
        String found = markers.isEmpty() ? "has no '-- migrate:up' line"
                : "has '-- migrate:down' (line " + markers.get(0).line() + ") but no '-- migrate:up'";
        return new LayoutException(fileDisplay + " " + found + "; dbmate runs what follows '-- migrate:up' (at the"
                + " start of a line) and refuses files without it; add a line '-- migrate:up' above the statements"
                + " to run and a line '-- migrate:down' below them", fileDisplay, 0);
    }

    /** dbmate allows only blank lines and comments before the first {@code migrate:up}. */
    private static void refuseStatementsBefore(String fileDisplay, String text, Marker firstUp,
            List<Marker> markers) {
        int line = 1;
        int start = 0;
        while (start < firstUp.start()) {
            int end = text.indexOf('\n', start);
            if (end < 0 || end > firstUp.start()) {
                end = firstUp.start();
            }
            if (!blankOrComment(text, start, end)) {
                int statementLine = line;
                Optional<Marker> downBefore = markers.stream().filter(m -> !m.up() && m.start() < firstUp.start())
                        .findFirst();
                if (downBefore.isPresent()) {
                    int downLine = downBefore.get().line();
                    throw new LayoutException(fileDisplay + " line " + downLine + ": '-- migrate:down' comes before"
                            + " the first '-- migrate:up' (line " + firstUp.line() + "), with statements between"
                            + " them (line " + statementLine + "); dbmate refuses the file; put the up section"
                            + " ('-- migrate:up' and its statements) first and '-- migrate:down' after it",
                            fileDisplay, downLine);
                }
                throw new LayoutException(fileDisplay + " line " + statementLine + ": a statement before the first"
                        + " '-- migrate:up' (line " + firstUp.line() + "); dbmate refuses files with anything but"
                        + " blank lines and '--' comments above it; move the statement below '-- migrate:up'",
                        fileDisplay, statementLine);
            }
            start = end + 1;
            line++;
        }
    }

    /** dbmate's {@code ^\s*$} or {@code ^\s*--} on one line. */
    private static boolean blankOrComment(String text, int start, int end) {
        int p = start;
        while (p < end && GoText.isRe2Space(text.charAt(p))) {
            p++;
        }
        return p == end || text.startsWith("--", p);
    }

    /** Whether the marker's section runs in a transaction: {@code transaction:false} says not. */
    private static boolean transaction(String fileDisplay, Marker marker) {
        String options = GoText.trimSpace(marker.options());
        boolean transaction = true;
        if (options.isEmpty()) {
            return true;
        }
        int p = 0;
        while (p < options.length()) {
            int end = p;
            while (end < options.length() && !GoText.isRe2Space(options.charAt(end))) {
                end++;
            }
            String option = options.substring(p, end);
            if (option.equals("transaction:false")) {
                transaction = false;
            } else if (option.equals("transaction:true")) {
                transaction = true;
            } else {
                throw new LayoutException(fileDisplay + " line " + marker.line() + ": unknown option '" + option
                        + "' in " + GoText.quoted(marker.written()) + "; dbmate knows only 'transaction:false' (run"
                        + " the section outside a transaction) and 'transaction:true' (the default) and silently"
                        + " ignores anything else, so the file would not run as it says; fix the option or remove"
                        + " it", fileDisplay, marker.line());
            }
            p = end;
            while (p < options.length() && GoText.isRe2Space(options.charAt(p))) {
                p++;
            }
        }
        return transaction;
    }
}
