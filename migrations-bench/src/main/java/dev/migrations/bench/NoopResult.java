package dev.migrations.bench;

/**
 * A boot with nothing to apply, on a database migrated by the same tool.
 *
 * @param files           files in the directory (all applied)
 * @param oursInProcess   our configure-load-migrate in a warm JVM
 * @param flywayInProcess Flyway's configure-load-migrate in a warm JVM
 * @param oursProcess     the same in a fresh JVM (process wall time)
 * @param flywayProcess   the same in a fresh JVM (process wall time)
 */
record NoopResult(int files, Outcome oursInProcess, Outcome flywayInProcess, Outcome oursProcess,
        Outcome flywayProcess) {
}
