package dev.migrations.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this JVM so far.
 *
 * @param vmHwmKb       peak resident set size ({@code VmHWM} of {@code /proc/self/status}), -1 where unavailable
 * @param peakHeapBytes sum of the peak usage of every heap pool (objects not yet collected included)
 */
record MemoryProbe(long vmHwmKb, long peakHeapBytes) {

    /** Reads both values now. */
    static MemoryProbe read() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        return new MemoryProbe(residentPeakKb(), heap);
    }

    private static long residentPeakKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: reported as unavailable
        }
        return -1;
    }
}
