package dev.migrations.bench;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/** The Markdown table of the scale section: each measurement's total, per-file cost and growth against linear. */
final class ScaleTable {

    /** A growth factor above this is shown in bold: the cost of a file grew with the number of files. */
    static final double LINEAR_TOLERANCE = 1.2;

    private ScaleTable() {
    }

    /** One measured quantity: how to get it from a result, and how to show a total and a per-file value of it. */
    private record Row(String name, Function<ScaleResult, Outcome> value, DoubleFunction<String> total,
            DoubleFunction<String> perFile) {
    }

    private static final DoubleFunction<String> KB_AS_MIB = kb -> Format.mebibytes(kb * 1024);
    private static final DoubleFunction<String> KB_PER_FILE = kb -> Format.kibibytes(kb * 1024);

    private static final List<Row> ROWS = List.of(
            new Row("cold apply, fresh database (in-process)", ScaleResult::coldApply, Format::seconds,
                    Format::microseconds),
            new Row("no-op boot (in-process)", ScaleResult::noopInProcess, Format::seconds, Format::microseconds),
            new Row("no-op boot (fresh JVM, process wall time)", ScaleResult::noopFreshJvm, Format::seconds,
                    Format::microseconds),
            new Row("validate: read + check atlas.sum, no database (in-process)", ScaleResult::validateInProcess,
                    Format::seconds, Format::microseconds),
            new Row("validate (fresh JVM, process wall time)", ScaleResult::validateFreshJvm, Format::seconds,
                    Format::microseconds),
            new Row("cold apply in a child JVM (process wall time)", r -> r.memory().wall(), Format::seconds,
                    Format::microseconds),
            new Row("peak RSS of that child (`VmHWM`)", r -> r.memory().vmHwmKb(), KB_AS_MIB, KB_PER_FILE),
            new Row("peak heap of that child (heap pools' peak use)", r -> r.memory().peakHeapBytes(),
                    Format::mebibytes, Format::kibibytes));

    /** Appends the section; nothing when there are no results. */
    static void render(StringBuilder md, List<ScaleResult> results, BenchOptions options) {
        if (results.isEmpty()) {
            return;
        }
        ScaleResult smallest = results.get(0);
        md.append("## Scale: our library alone, ")
                .append(String.join(" and ", results.stream().map(r -> r.files() + " files").toList()))
                .append("\n\n")
                .append("Generated directories as in the cold-apply table. Only our library runs: plain Flyway and ")
                .append("psql are not measured at these sizes (Flyway's cold apply alone takes minutes per trial; ")
                .append("the tables above compare the tools). Cold apply and no-op boot as in those tables; ")
                .append("validate is `migrate validate` (read the directory, check `atlas.sum`, no database); the ")
                .append("child-JVM rows are the cold apply in fresh JVMs (`-Xmx").append(options.childXmx())
                .append("`) as in the peak-memory table. Every measurement here is the median of ")
                .append(options.scaleRepeats() == 1 ? "a single run" : options.scaleRepeats() + " runs")
                .append(" (`--scale-repeats`) without warm-up, except the in-process no-op boot, which warms up as ")
                .append("in its table above: one cold apply at these sizes takes minutes.\n\n")
                .append("How to read it: *per file* is the median divided by the number of files; *x linear* is ")
                .append("the per-file cost at that size divided by the per-file cost at ").append(smallest.files())
                .append(" files. 1.00x means the cost grows in proportion to the files; below 1.00x, fixed costs ")
                .append("(JVM start, connecting, the memory a JVM takes before the first file) are spread over ")
                .append("more files; above 1.00x, each file costs more when there are more of them. The target is ")
                .append("no value above ").append(Format.ratio(LINEAR_TOLERANCE)).append(" (such values are in ")
                .append("bold).\n\n");
        md.append("| measurement |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int i = 0; i < results.size(); i++) {
            int files = results.get(i).files();
            md.append(' ').append(files).append(" files | per file |");
            rule.append("---|---:|");
            if (i > 0) {
                md.append(" x linear |");
                rule.append("---:|");
            }
        }
        md.append('\n').append(rule).append('\n');
        for (Row row : ROWS) {
            md.append("| ").append(row.name()).append(" |");
            Optional<Double> basePerFile = perFile(row.value().apply(smallest), smallest.files());
            for (int i = 0; i < results.size(); i++) {
                ScaleResult r = results.get(i);
                Outcome outcome = row.value().apply(r);
                Optional<Double> perFile = perFile(outcome, r.files());
                md.append(' ').append(MarkdownReport.cell(outcome, row.total())).append(" | ")
                        .append(perFile.map(row.perFile()::apply).orElse(MarkdownReport.NONE)).append(" |");
                if (i > 0) {
                    md.append(' ').append(growth(basePerFile, perFile)).append(" |");
                }
            }
            md.append('\n');
        }
        md.append('\n');
    }

    /** The per-file value of a median, when measured. */
    static Optional<Double> perFile(Outcome outcome, int files) {
        return outcome.median().map(m -> m / files);
    }

    /** Per-file cost against the smallest size's, bold above the tolerance. */
    static String growth(Optional<Double> base, Optional<Double> perFile) {
        if (base.isEmpty() || perFile.isEmpty() || base.get() <= 0) {
            return MarkdownReport.NONE;
        }
        double factor = perFile.get() / base.get();
        String text = Format.ratio(factor);
        return factor > LINEAR_TOLERANCE ? "**" + text + "**" : text;
    }
}
