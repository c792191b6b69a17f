package dev.migrations.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Statistics over repeated child-JVM runs of one tool.
 *
 * @param wall          process wall time (ns)
 * @param inner         the operation's own time inside the child (ns)
 * @param vmHwmKb       peak resident set size (kB)
 * @param peakHeapBytes peak heap use (bytes)
 */
record ChildStats(Outcome wall, Outcome inner, Outcome vmHwmKb, Outcome peakHeapBytes) {

    /** Statistics of the reports, or the failure for every value when there are none. */
    static ChildStats of(List<ChildReport> reports, Outcome whenEmpty) {
        if (reports.isEmpty()) {
            return new ChildStats(whenEmpty, whenEmpty, whenEmpty, whenEmpty);
        }
        return new ChildStats(stat(reports, ChildReport::wallNanos), stat(reports, ChildReport::innerNanos),
                stat(reports, ChildReport::vmHwmKb), stat(reports, ChildReport::peakHeapBytes));
    }

    private static Outcome stat(List<ChildReport> reports, ToLongFunction<ChildReport> value) {
        return Outcome.of(Stats.of(reports.stream().map(r -> value.applyAsLong(r)).toList()));
    }
}
