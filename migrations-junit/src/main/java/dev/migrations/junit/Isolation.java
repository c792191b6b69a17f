package dev.migrations.junit;

/** How widely a database made for {@link MigratedPostgres} tests is shared. */
public enum Isolation {

    /**
     * Every test method (every invocation of a parameterized or repeated test) gets a fresh copy of the migrated
     * database, dropped after the method and its {@code @AfterEach} methods have run. Tests see nothing of one
     * another and may run in parallel.
     */
    PER_METHOD,

    /**
     * The test class gets one copy, shared by all its test methods (and by {@code @Nested} classes without an
     * annotation of their own) and by its {@code @BeforeAll}/{@code @AfterAll} methods; it is dropped after the
     * class. What one test writes, the next one sees: useful for read-only tests over data set up once.
     */
    PER_CLASS
}
