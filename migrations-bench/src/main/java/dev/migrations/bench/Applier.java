package dev.migrations.bench;

/** One way of applying a workload: our library, plain Flyway, or psql. */
interface Applier {

    /** How reports name it. */
    String label();

    /**
     * Applies every pending file of the workload to the database.
     *
     * @return how many files were applied (0 when the database was up to date)
     */
    int apply(Workload workload, BenchDatabase database) throws Exception;
}
