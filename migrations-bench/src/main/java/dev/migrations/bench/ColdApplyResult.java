package dev.migrations.bench;

import java.util.Optional;

/**
 * Cold apply of one workload on fresh databases.
 *
 * @param workload      the workload's name
 * @param files         its number of files
 * @param ours          our library, in-process (warm JVM)
 * @param flyway        plain Flyway, in-process (warm JVM)
 * @param psql          one psql session, autocommit
 * @param psqlOneTransaction one {@code psql -1} session (the script as one transaction), when measured
 * @param oursProcess   our library in a fresh JVM (process wall time), when measured
 * @param flywayProcess plain Flyway in a fresh JVM (process wall time), when measured
 */
record ColdApplyResult(String workload, int files, Outcome ours, Outcome flyway, Outcome psql, Outcome psqlOneTransaction,
        Optional<Outcome> oursProcess, Optional<Outcome> flywayProcess) {
}
