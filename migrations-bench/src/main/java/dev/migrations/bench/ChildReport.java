package dev.migrations.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * What a child JVM reports on its last output line ({@code RESULT files=.. innerNanos=.. vmHwmKb=..
 * peakHeapBytes=..}), and the wall time the parent measured around it.
 *
 * @param wallNanos     process wall time, JVM start and exit included
 * @param files         files applied (migrate) or verified (verify)
 * @param innerNanos    time of the work itself inside the child
 * @param vmHwmKb       the child's peak resident set size, -1 where unavailable
 * @param peakHeapBytes the child's peak heap use
 */
record ChildReport(long wallNanos, int files, long innerNanos, long vmHwmKb, long peakHeapBytes) {

    static final String PREFIX = "RESULT ";

    /** The line a child prints. */
    static String line(int files, long innerNanos, MemoryProbe memory) {
        return PREFIX + "files=" + files + " innerNanos=" + innerNanos + " vmHwmKb=" + memory.vmHwmKb()
                + " peakHeapBytes=" + memory.peakHeapBytes();
    }

    /**
     * Finds the result line in a child's output.
     *
     * @throws IllegalStateException when there is none
     */
    static ChildReport parse(String output, long wallNanos) {
        String line = output.lines().filter(l -> l.startsWith(PREFIX)).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("the child printed no result line; output ends with: "
                        + output.strip()));
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).strip().split(" ")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        return new ChildReport(wallNanos, values.get("files").intValue(), values.get("innerNanos"),
                values.get("vmHwmKb"), values.get("peakHeapBytes"));
    }
}
