package dev.migrations.sql.lint;

import java.util.Locale;

/** Writes a {@link LintReport} as text for people or as GitHub Actions annotations. */
public final class LintOutput {

    private static final int STATEMENT_WIDTH = 160;

    private LintOutput() {
    }

    /**
     * One block per finding (location, severity, code, message, statement, fix, table size when known) and a
     * summary line.
     */
    public static String text(LintReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.findings()) {
            out.append(f.file()).append(':').append(f.line()).append(": ").append(f.severity().label()).append(' ')
                    .append(f.code()).append(": ").append(f.message()).append('\n');
            out.append("    ").append(shortStatement(f.statement())).append('\n');
            if (f.tableBytes().isPresent()) {
                out.append("    table ").append(f.table()).append(": ").append(size(f.tableBytes().getAsLong()))
                        .append('\n');
            }
            out.append("    fix: ").append(f.fix()).append('\n');
        }
        return out.append(summary(report)).append('\n').toString();
    }

    /** {@code 3 files linted: 1 error, 3 warnings, 1 suppressed by atlas:nolint}. */
    public static String summary(LintReport report) {
        StringBuilder out = new StringBuilder();
        long errors = report.errors().size();
        long warnings = report.findings().size() - errors;
        out.append(report.files().size()).append(report.files().size() == 1 ? " file" : " files")
                .append(" linted: ").append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings)
                .append(warnings == 1 ? " warning" : " warnings");
        if (report.suppressed() > 0) {
            out.append(", ").append(report.suppressed()).append(" suppressed by atlas:nolint");
        }
        return out.toString();
    }

    /**
     * One {@code ::error file=...,line=...,title=CODE::message} (or {@code ::warning}) line per finding, which GitHub
     * Actions shows on the pull request's diff.
     *
     * @param pathPrefix what to put before each file's path so it is relative to the repository root, e.g.
     *                   {@code db/migrations/}; "" when the directory is the root
     */
    public static String github(LintReport report, String pathPrefix) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.findings()) {
            out.append("::").append(f.isError() ? "error" : "warning")
                    .append(" file=").append(property(pathPrefix + f.file()))
                    .append(",line=").append(f.line())
                    .append(",title=").append(property(f.code() + " " + f.code().family()))
                    .append("::").append(data(f.message() + (f.tableBytes().isPresent() ? " (table size "
                            + size(f.tableBytes().getAsLong()) + ")" : "") + ". Fix: " + f.fix()))
                    .append('\n');
        }
        return out.toString();
    }

    /** The statement on one line, shortened when long. */
    static String shortStatement(String sql) {
        String head = sql.length() > STATEMENT_WIDTH * 4 ? sql.substring(0, STATEMENT_WIDTH * 4) : sql;
        String oneLine = head.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= STATEMENT_WIDTH ? oneLine : oneLine.substring(0, STATEMENT_WIDTH - 3) + "...";
    }

    /** A byte count for people: {@code 812 kB}, {@code 1.3 GB}. */
    public static String size(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value,
                units[unit]);
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
