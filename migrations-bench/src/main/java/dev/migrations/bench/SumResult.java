package dev.migrations.bench;

import java.util.Map;

/**
 * Integrity check of a big directory.
 *
 * @param files        files in the directory
 * @param bytes        their total size
 * @param measurements outcome by label, in report order; {@link SumBenchmark#SHA256SUM} is the reference
 */
record SumResult(int files, long bytes, Map<String, Outcome> measurements) {
}
