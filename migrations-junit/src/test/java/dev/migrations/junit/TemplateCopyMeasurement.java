package dev.migrations.junit;

import dev.migrations.core.result.MigrateResult;
import dev.migrations.sql.dir.DirectoryFormat;
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
 * {@code CREATE INDEX CONCURRENTLY}); one database at a time, and eight at once as parallel tests ask for them.
 * Rounds alternate between the two ways, so that load from elsewhere on the machine falls on both. Prints the
 * numbers and writes them to {@code target/template-copy-measurement.txt}; asserts nothing about them.
 *
 * <p>Not part of the regular test run (the name does not end in Test). Run it with
 * {@code ./mvnw -B -q verify -pl migrations-junit -am -Dtest=TemplateCopyMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false}, or its {@code main} from an IDE; {@code -Dmeasure.rounds=N} sets the
 * rounds (default 30; a fifth of them for eight at once).
 */
class TemplateCopyMeasurement {

    private static final int WARM_UP = 3;
    private static final int AT_ONCE = 8;

    private final TemplateRegistry registry =
            new TemplateRegistry(TestPostgres::server, "bench_" + TemplateRegistry.jvmToken(), false);
    private final Setup setup = new Setup("classpath:db/migrations", "app", DirectoryFormat.AUTO,
            TemplateCopyMeasurement.class.getClassLoader());
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
        out.add("directory: " + setup.describe() + ", "
                + setup.configure(databases.dataSource("postgres")).load().plan().migrations().size()
                + " files in 2 release folders; " + rounds + " rounds one at a time, " + Math.max(1, rounds / 5)
                + " rounds of " + AT_ONCE + " at once, after " + WARM_UP + " warm-up rounds");
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            long templateStart = System.nanoTime();
            registry.newCopy(setup).close();
            out.add(String.format(Locale.ROOT, "first request (create, migrate and seal the template, then copy):"
                    + " %.0f ms", millis(System.nanoTime() - templateStart)));
            for (int round = -WARM_UP; round < rounds; round++) {
                boolean keep = round >= 0;
                copyOnce(keep);
                migrateOnce(keep);
            }
            for (int round = -1; round < Math.max(1, rounds / 5); round++) {
                boolean keep = round >= 0;
                record(keep, "8 at once: copies, wall time", atOnce(pool, () -> {
                    registry.newCopy(setup).close();
                    return null;
                }));
                record(keep, "8 at once: fresh + migrate(), wall time", atOnce(pool, () -> {
                    migrateOnce(false);
                    return null;
                }));
            }
        } finally {
            pool.shutdownNow();
            registry.dropAll();
        }
        out.add(String.format(Locale.ROOT, "%-44s %7s %7s %7s %7s", "ms", "min", "median", "mean", "max"));
        samples.forEach((label, values) -> {
            double[] ms = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = ms.length;
            double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
            out.add(String.format(Locale.ROOT, "%-44s %7.1f %7.1f %7.1f %7.1f", label, ms[0], median,
                    Arrays.stream(ms).average().orElse(0), ms[n - 1]));
        });
        out.add(String.format(Locale.ROOT, "median, one at a time: a copy takes %.0f%% of fresh + migrate()",
                100 * median("hand out a copy (CREATE DATABASE ... TEMPLATE)")
                        / median("fresh database + migrate()")));
        String text = String.join(System.lineSeparator(), out) + System.lineSeparator();
        System.out.print(text);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("template-copy-measurement.txt"), text);
        }
    }

    private void copyOnce(boolean keep) {
        long start = System.nanoTime();
        DatabaseCopy copy = registry.newCopy(setup);
        long copied = System.nanoTime();
        copy.close();
        long dropped = System.nanoTime();
        record(keep, "hand out a copy (CREATE DATABASE ... TEMPLATE)", copied - start);
        record(keep, "drop a copy (DROP DATABASE ... WITH (FORCE))", dropped - copied);
    }

    private void migrateOnce(boolean keep) {
        String name = "bench_fresh_" + TemplateRegistry.jvmToken() + "_" + fresh.incrementAndGet();
        long start = System.nanoTime();
        databases.createEmpty(name);
        long created = System.nanoTime();
        MigrateResult result = setup.configure(databases.dataSource(name)).load().migrate();
        long migrated = System.nanoTime();
        databases.drop(name, false);
        if (result.applied().size() != 6) {
            throw new IllegalStateException("applied " + result.applied().size() + " files");
        }
        record(keep, "fresh database + migrate()", migrated - start);
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
