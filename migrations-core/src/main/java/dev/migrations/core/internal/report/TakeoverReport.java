package dev.migrations.core.internal.report;

import dev.migrations.core.result.Takeover;
import java.util.List;

/**
 * Another tool's history taken over (or to be), as the CLI's {@code --format json} and the Maven plugin's report
 * write it; the component names are the JSON keys, in order.
 *
 * @param tool               the other tool's id, e.g. {@code dbmate}
 * @param table              its history table
 * @param versions           how many versions are recorded as applied
 * @param version            the version the database is at afterwards
 * @param baseline           the baseline version, {@code null} when none
 * @param files              the files recorded as applied
 * @param repeatables        repeatable files recorded as applied
 * @param changedRepeatables repeatable files that changed since the other tool ran them (they run again)
 */
public record TakeoverReport(String tool, String table, int versions, String version, String baseline,
        List<String> files, List<String> repeatables, List<String> changedRepeatables) {

    public TakeoverReport {
        files = List.copyOf(files);
        repeatables = List.copyOf(repeatables);
        changedRepeatables = List.copyOf(changedRepeatables);
    }

    /** The report of a takeover. */
    public static TakeoverReport of(Takeover t) {
        return new TakeoverReport(t.tool().id(), t.table(), t.versions(), t.version(), t.baseline().orElse(null),
                t.files(), t.repeatables(), t.changedRepeatables());
    }
}
