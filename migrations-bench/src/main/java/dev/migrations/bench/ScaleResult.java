package dev.migrations.bench;

/**
 * Our library alone on one generated directory of the scale section.
 *
 * @param files             files in the directory
 * @param coldApply         cold apply on a fresh database, in-process
 * @param noopInProcess     no-op boot on the migrated database, in a warm JVM
 * @param noopFreshJvm      the same as a fresh JVM (process wall time)
 * @param validateInProcess read + verify {@code atlas.sum} without a database, in a warm JVM
 * @param validateFreshJvm  the same as a fresh JVM (process wall time)
 * @param memory            the cold apply in child JVMs: peak RSS, peak heap, times
 */
record ScaleResult(int files, Outcome coldApply, Outcome noopInProcess, Outcome noopFreshJvm,
        Outcome validateInProcess, Outcome validateFreshJvm, ChildStats memory) {
}
