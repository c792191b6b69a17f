package dev.migrations.junit;

import dev.migrations.core.result.MigrateResult;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Measures how long a test waits for its database: a copy of the migrated template, against migrating a new empty
 * database each time, for the sample app's directory (two releases, six files, a trigger and a
 * {@code CREATE INDEX CONCURRENTLY}), one database at a time and eight at once as parallel tests ask for them; then
 * for a generated directory of 100 files (a table, an index and 100 rows each), one at a time.
 * Rounds alternate between the two ways, so that load from elsewhere on the machine falls on both. Prints the
 * numbers and writes them to {@code target/template-copy-measurement.txt}; asserts nothing about them.
 *
 * <p>Not part of the regular test run (the name does not end in Test). Run it with
 * {@code ./mvnw -B -q verify -pl migrations-junit -am -Dtest=TemplateCopyMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false}, or its {@code main} from an IDE; {@code -Dmeasure.rounds=N} sets the
 * rounds (default 30: a fifth of them for eight at once, a third for the generated directory).
 */
class TemplateCopyMeasurement {

    private static final int WARM_UP = 3;
    private static final int AT_ONCE = 8;
    private static final int GENERATED_FILES = 100;
    private static final String COPY = "hand out a copy (CREATE DATABASE ... TEMPLATE)";
    private static final String FRESH = "fresh database + migrate()";

    private final TemplateRegistry registry =
            new TemplateRegistry(TestPostgres::server, "bench_" + TemplateRegistry.jvmToken(), false);
    private final ServerDatabases databases = registry.databases();
    private final AtomicInteger fresh = new AtomicInteger();
    private final Map<String, List<Double>> samples = new LinkedHashMap<>();

    @Test
    void measure() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        new TemplateCopyMeasurement().run(Integer.getInteger("measure.rounds", 30));
    }

    private void run(int rounds) throws Exception {
        List<String> out = new ArrayList<>();
        out.add("server: " + TestPostgres.server().description() + ", PostgreSQL "
                + Pg.text(databases.dataSource("postgres"), "SHOW server_version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            Setup sample = new Setup("classpath:db/migrations", "app", DirectoryFormat.AUTO,
                    TemplateCopyMeasurement.class.getClassLoader());
            measure(out, "the sample app's directory", sample, rounds, pool);
            Setup generated = new Setup(generatedDirectory(GENERATED_FILES).toString(), "app", DirectoryFormat.ATLAS,
                    TemplateCopyMeasurement.class.getClassLoader());
            measure(out, "a generated directory", generated, Math.max(3, rounds / 3), null);
        } finally {
            pool.shutdownNow();
            registry.dropAll();
        }
        String text = String.join(System.lineSeparator(), out) + System.lineSeparator();
        System.out.print(text);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("template-copy-measurement.txt"), text);
        }
    }

    /** Measures one directory; eight at once too when a pool is given. */
    private void measure(List<String> out, String what, Setup setup, int rounds, ExecutorService pool)
            throws Exception {
        samples.clear();
        int files = setup.configure(databases.dataSource("postgres")).load().loadedDirectory().migrations().size();
        out.add("");
        out.add(what + ": " + setup.describe() + ", " + files + " files; " + rounds + " rounds one at a time"
                + (pool == null ? "" : ", " + Math.max(1, rounds / 5) + " rounds of " + AT_ONCE + " at once")
                + ", after warm-up rounds");
        long templateStart = System.nanoTime();
        registry.newCopy(setup).close();
        out.add(String.format(Locale.ROOT, "first request (create, migrate and seal the template, then copy):"
                + " %.0f ms", millis(System.nanoTime() - templateStart)));
        for (int round = -WARM_UP; round < rounds; round++) {
            boolean keep = round >= 0;
            copyOnce(setup, keep);
            migrateOnce(setup, files, keep);
        }
        if (pool != null) {
            for (int round = -1; round < Math.max(1, rounds / 5); round++) {
                boolean keep = round >= 0;
                record(keep, AT_ONCE + " at once: copies, wall time", atOnce(pool, () -> {
                    registry.newCopy(setup).close();
                    return null;
                }));
                record(keep, AT_ONCE + " at once: fresh + migrate(), wall time", atOnce(pool, () -> {
                    migrateOnce(setup, files, false);
                    return null;
                }));
            }
        }
        out.add(String.format(Locale.ROOT, "%-44s %7s %7s %7s %7s", "ms", "min", "median", "mean", "max"));
        samples.forEach((label, values) -> {
            double[] ms = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = ms.length;
            out.add(String.format(Locale.ROOT, "%-44s %7.1f %7.1f %7.1f %7.1f", label, ms[0], median(label),
                    Arrays.stream(ms).average().orElse(0), ms[n - 1]));
        });
        out.add(String.format(Locale.ROOT, "median, one at a time: a copy takes %.0f%% of fresh + migrate()",
                100 * median(COPY) / median(FRESH)));
    }

    /**
     * {@code files} files, each creating a table with an index and 100 rows, in a folder under {@code target/}
     * (or the temporary directory), with its atlas.sum.
     */
    private static Path generatedDirectory(int files) throws IOException {
        Path base = Files.isDirectory(Path.of("target")) ? Path.of("target") : Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = base.resolve("measurement-" + files + "-files").toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (var old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        for (int i = 1; i <= files; i++) {
            String table = "table_" + i;
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%d_%s.sql", 20250101000000L + i, table)),
                    "CREATE TABLE " + table + " (\n"
                    + "    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                    + "    name       text        NOT NULL,\n"
                    + "    created_at timestamptz NOT NULL DEFAULT now()\n"
                    + ");\n\n"
                    + "CREATE INDEX " + table + "_name_idx ON " + table + " (name);\n\n"
                    + "INSERT INTO " + table + " (name) SELECT 'row ' || g FROM generate_series(1, 100) g;\n");
        }
        DirectoryReader.read(DirectoryLocation.of(dir), DirectoryFormat.ATLAS).directories()
                .forEach(MigrationDirectory::writeSum);
        return dir;
    }

    private void copyOnce(Setup setup, boolean keep) {
        long start = System.nanoTime();
        DatabaseCopy copy = registry.newCopy(setup);
        long copied = System.nanoTime();
        copy.close();
        long dropped = System.nanoTime();
        record(keep, COPY, copied - start);
        record(keep, "drop a copy (DROP DATABASE ... WITH (FORCE))", dropped - copied);
    }

    private void migrateOnce(Setup setup, int files, boolean keep) {
        String name = "bench_fresh_" + TemplateRegistry.jvmToken() + "_" + fresh.incrementAndGet();
        long start = System.nanoTime();
        databases.createEmpty(name);
        long created = System.nanoTime();
        MigrateResult result = setup.configure(databases.dataSource(name)).load().migrate();
        long migrated = System.nanoTime();
        databases.drop(name, false);
        if (result.applied().size() != files) {
            throw new IllegalStateException("applied " + result.applied().size() + " files");
        }
        record(keep, FRESH, migrated - start);
        record(keep, "  of which CREATE DATABASE (empty)", created - start);
        record(keep, "  of which load() + migrate()", migrated - created);
    }

    private static long atOnce(ExecutorService pool, Callable<Void> task) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return task.call();
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<Void> f : futures) {
            f.get();
        }
        return System.nanoTime() - start;
    }

    private synchronized void record(boolean keep, String label, long nanos) {
        if (keep) {
            samples.computeIfAbsent(label, k -> new ArrayList<>()).add(millis(nanos));
        }
    }

    private double median(String label) {
        double[] ms = samples.get(label).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return ms.length % 2 == 1 ? ms[ms.length / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
    }

    private static double millis(long nanos) {
        return nanos / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }
}
