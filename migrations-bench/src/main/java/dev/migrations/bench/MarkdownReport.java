package dev.migrations.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;

/** Renders a {@link BenchReport} as Markdown: header facts, one table per measurement, method notes. */
final class MarkdownReport {

    /** The command that builds the benchmark jar. */
    static final String BUILD_COMMAND = "./mvnw -B -q -DskipTests package -pl migrations-bench -am";

    /** What a cell shows for a value that was not measured. */
    static final String NONE = "—";

    private MarkdownReport() {
    }

    static String render(BenchReport report) {
        StringBuilder md = new StringBuilder();
        Environment env = report.environment();
        BenchOptions options = report.options();
        md.append("# Benchmarks: migrations vs plain Flyway vs psql\n\n")
                .append("Measured by `migrations-bench` in ONE run on one machine: compare the ratios, not absolute ")
                .append("times across machines. Values are median (min–max) of ").append(options.repeats())
                .append(" measured runs after ").append(options.warmups())
                .append(" warm-up run(s), unless a table says otherwise.\n\n")
                .append("| | |\n|---|---|\n")
                .append(row("Date", env.date()))
                .append(row("Machine", env.machine()))
                .append(row("OS", env.os()))
                .append(row("Java", env.java()))
                .append(row("PostgreSQL", env.postgres()))
                .append(row("Server", env.server()))
                .append(row("Flyway", env.flyway()))
                .append(row("Ours", env.ours()))
                .append(row("psql", env.psql()))
                .append(row("Load average (1/5/15 min)", env.load()))
                .append(row("Build", "`" + BUILD_COMMAND + "`"))
                .append(row("Command", "`" + env.command() + "`"))
                .append('\n');
        if (!report.generated().isEmpty()) {
            md.append("## Cold apply, generated directories (a, b, c)\n\n")
                    .append("Every trial on a database created for it; in-process (this JVM, warmed up); the tools ")
                    .append("take turns within each round. Each file: CREATE TABLE, CREATE INDEX, INSERT.\n\n");
            coldApplyTable(md, List.of("N"), generatedRows(report.generated()), false);
        }
        if (!report.noops().isEmpty()) {
            md.append("## No-op boot, everything applied (d)\n\n")
                    .append("`configure … load() … migrate()` on a database the same tool migrated: in this JVM, ")
                    .append("and as a whole fresh JVM (`java -Xmx").append(options.childXmx())
                    .append(" -cp … ChildMain migrate …`, process wall time). In-process values: median of ")
                    .append(options.repeats() * ApplyBenchmark.NOOP_IN_PROCESS_RUNS_PER_REPEAT).append(" runs after ")
                    .append(ApplyBenchmark.NOOP_IN_PROCESS_WARMUPS)
                    .append(" warm-ups per tool (a no-op boot takes milliseconds; few runs would time the JIT compiler)."
                            + "\n\n")
                    .append("| N | ours in-process | Flyway in-process | ours / Flyway | ours fresh JVM ")
                    .append("| Flyway fresh JVM | ours / Flyway |\n|---:|---|---|---:|---|---|---:|\n");
            for (NoopResult r : report.noops()) {
                md.append("| ").append(r.files()).append(" | ").append(time(r.oursInProcess())).append(" | ")
                        .append(time(r.flywayInProcess())).append(" | ")
                        .append(ratio(r.oursInProcess(), r.flywayInProcess())).append(" | ")
                        .append(time(r.oursProcess())).append(" | ").append(time(r.flywayProcess())).append(" | ")
                        .append(ratio(r.oursProcess(), r.flywayProcess())).append(" |\n");
            }
            md.append('\n');
        }
        report.memory().ifPresent(m -> memoryTable(md, m, options));
        report.sum().ifPresent(s -> sumTable(md, s));
        if (!report.corpora().isEmpty()) {
            md.append("## Real corpora and the other layouts, cold apply\n\n")
                    .append("Apply rules of `corpora/MANIFEST.tsv`; in-process as above, and as a fresh JVM ")
                    .append("(process wall time, JVM start included). *layout* is the directory format our library ")
                    .append("reads the history in, unchanged; a layout the manifest has no corpus for is measured on ")
                    .append("a small generated directory (the generated files' SQL with that layout's names and ")
                    .append("annotations), as its *source* says. Flyway and psql run the same SQL in apply order.\n\n");
            List<TableRow> rows = report.corpora().stream()
                    .map(c -> new TableRow(List.of(c.apply().workload(), c.layout(), c.source()), c.apply()))
                    .toList();
            coldApplyTable(md, List.of("corpus", "layout", "source"), rows, true);
        }
        if (!report.durable().isEmpty()) {
            md.append("## Cold apply on a durable server, generated directories\n\n")
                    .append("A second embedded server with PostgreSQL's durable defaults: ")
                    .append(report.durableServer().orElse("")).append(". Every commit waits for its WAL flush, ")
                    .append("as on a production server; otherwise as in the first table. `psql -1` runs the whole ")
                    .append("script as one transaction (one flush): the floor here.\n\n");
            coldApplyTable(md, List.of("N"), generatedRows(report.durable()), false);
        }
        ScaleTable.render(md, report.scale(), options);
        md.append("## Method\n\n");
        for (String note : methodNotes(options)) {
            md.append("- ").append(note).append('\n');
        }
        if (!report.notes().isEmpty()) {
            md.append("\n## Notes on this run\n\n");
            report.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** One row of a cold-apply table: its leading cells, then the measurements. */
    private record TableRow(List<String> cells, ColdApplyResult result) {
    }

    private static List<TableRow> generatedRows(List<ColdApplyResult> results) {
        return results.stream().map(r -> new TableRow(List.of(r.workload().startsWith("generated N=")
                ? r.workload().substring("generated N=".length()) : r.workload()), r)).toList();
    }

    private static void coldApplyTable(StringBuilder md, List<String> leading, List<TableRow> rows,
            boolean withProcess) {
        boolean oneTransaction = rows.stream().anyMatch(r -> r.result().psqlOneTransaction().stats().isPresent());
        md.append("| ").append(String.join(" | ", leading)).append(" | files | ours | Flyway | psql |")
                .append(oneTransaction ? " psql -1 |" : "").append(" ours / Flyway | ours / psql |")
                .append(oneTransaction ? " ours / psql -1 |" : "");
        md.append(withProcess ? " ours fresh JVM | Flyway fresh JVM | ours / Flyway (fresh JVM) |\n" : "\n");
        md.append("|---".repeat(leading.size())).append("|---:|---|---|---|").append(oneTransaction ? "---|" : "")
                .append("---:|---:|").append(oneTransaction ? "---:|" : "")
                .append(withProcess ? "---|---|---:|\n" : "\n");
        for (TableRow row : rows) {
            ColdApplyResult r = row.result();
            row.cells().forEach(cell -> md.append("| ").append(cell.replace("|", "\\|")).append(' '));
            md.append("| ").append(r.files()).append(" | ").append(time(r.ours()))
                    .append(" | ").append(time(r.flyway())).append(" | ").append(time(r.psql())).append(" | ");
            if (oneTransaction) {
                md.append(time(r.psqlOneTransaction())).append(" | ");
            }
            md.append(ratio(r.ours(), r.flyway())).append(" | ").append(ratio(r.ours(), r.psql())).append(" |");
            if (oneTransaction) {
                md.append(' ').append(ratio(r.ours(), r.psqlOneTransaction())).append(" |");
            }
            if (withProcess) {
                Outcome none = Outcome.missing("not measured");
                Outcome ours = r.oursProcess().orElse(none);
                Outcome flyway = r.flywayProcess().orElse(none);
                md.append(' ').append(time(ours)).append(" | ").append(time(flyway)).append(" | ")
                        .append(ratio(ours, flyway)).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static void memoryTable(StringBuilder md, MemoryResult m, BenchOptions options) {
        md.append("## Peak memory, cold apply of N=").append(m.files()).append(" in child JVMs (e)\n\n")
                .append("Each tool in its own fresh JVM (`-Xmx").append(m.xmx()).append("`, default GC), each run ")
                .append("on a fresh database; values read by the child at the end of its run. ")
                .append(options.repeats()).append(" runs each, no warm-up.\n\n")
                .append("| | ours | Flyway | ours / Flyway |\n|---|---|---|---:|\n");
        memoryRow(md, "peak RSS (`VmHWM`)", m.ours().vmHwmKb(), m.flyway().vmHwmKb(), kb -> Format.mebibytes(kb * 1024));
        memoryRow(md, "peak heap (sum of heap pools' peak use)", m.ours().peakHeapBytes(), m.flyway().peakHeapBytes(),
                Format::mebibytes);
        memoryRow(md, "process wall time (JVM start included)", m.ours().wall(), m.flyway().wall(), Format::seconds);
        memoryRow(md, "configure-load-migrate inside the child", m.ours().inner(), m.flyway().inner(),
                Format::seconds);
        md.append('\n');
    }

    private static void memoryRow(StringBuilder md, String what, Outcome ours, Outcome flyway,
            DoubleFunction<String> unit) {
        md.append("| ").append(what).append(" | ").append(cell(ours, unit)).append(" | ").append(cell(flyway, unit))
                .append(" | ").append(ratio(ours, flyway)).append(" |\n");
    }

    private static void sumTable(StringBuilder md, SumResult s) {
        md.append("## atlas.sum verification, ").append(s.files()).append(" files / ")
                .append(Format.mebibytes(s.bytes())).append(" (f)\n\n")
                .append("Generated SQL files in the page cache; in-process values after warm-up.\n\n")
                .append("| measurement | median (min–max) | vs sha256sum |\n|---|---|---:|\n");
        Outcome reference = s.measurements().getOrDefault(SumBenchmark.SHA256SUM, Outcome.missing("absent"));
        for (Map.Entry<String, Outcome> e : s.measurements().entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(time(e.getValue())).append(" | ")
                    .append(e.getKey().equals(SumBenchmark.SHA256SUM) ? "1.00x" : ratio(e.getValue(), reference))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static List<String> methodNotes(BenchOptions options) {
        return List.of(
                "ours: `Migrations.configure().dataSource(ds).directory(dir).directoryFormat(f).load().migrate()` "
                        + "(load reads the directory and verifies atlas.sum; the timing includes it).",
                "Flyway: `Flyway.configure().dataSource(ds).locations(\"filesystem:dir\").placeholderReplacement(false)`"
                        + ", PostgreSQL session lock (`setTransactionalLock(false)`), otherwise defaults; "
                        + "`load().migrate()` timed. Files that must run outside a transaction get Flyway's "
                        + "per-script `V<n>__x.sql.conf` with `executeInTransaction=false`.",
                "psql: `psql -X -q -v ON_ERROR_STOP=1 -f script`, one session, autocommit, the files in apply order "
                        + "(generated: concatenated; corpora: one `\\i file` each, so a last statement without ';' "
                        + "ends with its file): the physical floor (no history table, no checks).",
                "Corpora: hatchet-atlas as is for ours (Atlas layout, `-- atlas:txmode none` honoured), renamed "
                        + "`V<n>__` for Flyway; familie-ba-sak-flyway as is for Flyway, a copy with an atlas.sum "
                        + "written by our code (directory format `flyway`) for ours; thunderdome-goose and "
                        + "documenso-prisma: for ours a copy as is (directory format `goose`, `prisma`) with an "
                        + "atlas.sum written by our code, for Flyway `V<n>__` files and for psql the script of what "
                        + "runs (goose: the Up sections, CRLF kept; Prisma: each `migration.sql`). Generated layout "
                        + "samples (" + LayoutSamples.FILES + " files each; the Flyway one with "
                        + LayoutSamples.REPEATABLES + " `R__` views run after the versioned files) fill the layouts "
                        + "the manifest has no corpus for.",
                "Both libraries get a non-pooling `PGSimpleDataSource`; logging is at WARN for every tool.",
                "Every cold-apply trial runs on a database created for it (`CREATE DATABASE`), outside the timing; "
                        + "ratios are of medians.",
                "The embedded server keeps its data in memory (`/dev/shm`) when the machine has it: on the disk "
                        + "(ext4) the kernel's cost of creating relation files grew with the files deleted just "
                        + "before (each trial drops its database), and the same psql run took anywhere from 1.1 s to "
                        + "5 s; the table's Server row says where the data was.",
                "Every trial and process is limited to " + options.limit().toSeconds() + " s.");
    }

    private static String row(String key, String value) {
        return "| " + key + " | " + value.replace("|", "\\|") + " |\n";
    }

    private static String time(Outcome outcome) {
        return cell(outcome, Format::seconds);
    }

    /** A measured value as median (min–max) in the given unit, or why it is missing. */
    static String cell(Outcome outcome, DoubleFunction<String> unit) {
        if (outcome.stats().isEmpty()) {
            return NONE + " " + outcome.note().orElse("").replace("|", "\\|");
        }
        Stats s = outcome.stats().get();
        return unit.apply(s.median()) + " (" + strip(unit.apply(s.min())) + "–" + strip(unit.apply(s.max())) + ")";
    }

    private static String strip(String value) {
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    private static String ratio(Outcome ours, Outcome other) {
        Optional<Double> a = ours.median();
        Optional<Double> b = other.median();
        if (a.isEmpty() || b.isEmpty() || b.get() <= 0) {
            return NONE;
        }
        return Format.ratio(a.get() / b.get());
    }
}
