package dev.migrations.core.internal.report;

import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.result.PlannedFile;
import java.util.List;

/**
 * What a dry run would do, as the CLI's {@code apply --dry-run --format json} and the Maven plugin's dry-run report
 * write it; the component names are the JSON keys, in order. The records hold no JSON library's types, so the
 * runner needs none; the CLI and the plugin write them with Jackson.
 *
 * @param status   {@code OK} when nothing is pending, else {@code PENDING}
 * @param schema   the target schema
 * @param current  the version the database is at, {@code null} when none
 * @param next     the first pending versioned file's version, {@code null} when none
 * @param applied  always 0: a dry run applies nothing
 * @param pending  the pending files, in order
 * @param total    the files of the directory
 * @param baseline the baseline version the run would adopt, {@code null} when none
 * @param takeover the takeover the run would make, {@code null} when none
 * @param files    each pending file with the statements that would run
 * @param warnings the plan's warnings
 */
public record DryRunReport(String status, String schema, String current, String next, int applied,
        List<String> pending, int total, String baseline, TakeoverReport takeover, List<File> files,
        List<String> warnings) {

    /** One pending file: its version, path, transaction mode and the statements still to run. */
    public record File(String version, String file, boolean transactional, List<String> statements) {
    }

    /** The report of a dry run's plan. */
    public static DryRunReport of(DryRunResult plan) {
        return new DryRunReport(plan.files().isEmpty() ? "OK" : "PENDING", plan.schema(),
                plan.fromVersion().orElse(null),
                plan.files().stream().filter(f -> !f.repeatable()).findFirst().map(PlannedFile::version).orElse(null),
                0, plan.files().stream().map(PlannedFile::file).toList(), plan.totalFiles(),
                plan.baselineVersion().orElse(null), plan.takeover().map(TakeoverReport::of).orElse(null),
                plan.files().stream().map(f -> new File(f.version(), f.file(), f.transactional(),
                        f.statements().subList(f.resumeAt(), f.statements().size()))).toList(),
                plan.warnings());
    }
}
