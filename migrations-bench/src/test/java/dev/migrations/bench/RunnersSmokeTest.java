package dev.migrations.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 20-file run of every runner completes on an embedded (or {@code MIGRATIONS_BENCH_URL}) database and leaves the
 * schema it should. Timings are measured but never asserted.
 */
class RunnersSmokeTest {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    @TempDir
    static Path tmp;

    private static BenchServer server;
    private static Workload workload;

    @BeforeAll
    static void start() throws Exception {
        server = BenchServer.start(Optional.ofNullable(System.getenv(BenchServer.URL_ENV)));
        workload = SyntheticWorkload.generate(tmp.resolve("w"), 20);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyApplierCreatesTheTwentyTables() throws Exception {
        List<Applier> appliers = new ArrayList<>(List.of(new OursRunner(), new FlywayRunner()));
        PsqlRunner.find(LIMIT).ifPresent(appliers::add);
        for (Applier applier : appliers) {
            try (BenchDatabase db = server.createDatabase()) {
                assertThat(applier.apply(workload, db)).as(applier.label()).isEqualTo(20);
                assertThat(count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^t[0-9]+$'"))
                        .as(applier.label()).isEqualTo(20);
                assertThat(count(db, "SELECT count(*) FROM t20")).isEqualTo(1);
                if (!applier.label().equals(PsqlRunner.LABEL)) {
                    assertThat(applier.apply(workload, db)).as(applier.label() + " no-op").isZero();
                }
            }
        }
    }

    @Test
    void benchmarkRoundsReportEveryToolAndKeepMigratedDatabases() throws Exception {
        List<String> progress = new ArrayList<>();
        Rounds rounds = new Rounds(0, 1, progress::add);
        ChildJvm child = new ChildJvm("256m", LIMIT);
        ApplyBenchmark bench = new ApplyBenchmark(server, List.of(new OursRunner(), new FlywayRunner()),
                Optional.of("not on the PATH"), rounds, child, LIMIT);
        try (MigratedDatabases migrated = new MigratedDatabases()) {
            ColdApplyResult cold = bench.coldApply(workload, true, migrated);
            NoopResult noop = bench.noop(workload, migrated);

            assertThat(List.of(cold.ours(), cold.flyway(), cold.oursProcess().orElseThrow(),
                    cold.flywayProcess().orElseThrow(), noop.oursInProcess(), noop.flywayInProcess(),
                    noop.oursProcess(), noop.flywayProcess()))
                    .allSatisfy(o -> assertThat(o.stats()).as(o.note().orElse("")).isPresent());
            assertThat(cold.psql().note()).contains("not on the PATH");
            assertThat(migrated.of(OursRunner.LABEL)).isPresent();
        }
    }

    @Test
    void childJvmReportsPeakMemory() throws Exception {
        try (BenchDatabase db = server.createDatabase()) {
            ChildReport report = new ChildJvm("256m", LIMIT).migrate(FlywayRunner.LABEL, workload, db);

            assertThat(report.files()).isEqualTo(20);
            assertThat(report.peakHeapBytes()).isPositive();
            if (System.getProperty("os.name").equals("Linux")) {
                assertThat(report.vmHwmKb()).isPositive();
            }
        }
    }

    @Test
    void markdownReportNamesEveryMeasurement() throws Exception {
        Outcome one = Outcome.of(Stats.of(List.of(1_000_000_000L)));
        ColdApplyResult corpus = new ColdApplyResult("generated dbmate", 100, one, one, one, one, Optional.of(one),
                Optional.of(one));
        BenchReport report = new BenchReport(new Environment("d", "m", "o", "j", "pg", "s", "f", "ours", "psql", "l",
                "java -jar x"), BenchOptions.parse(), List.of(new ColdApplyResult("generated N=20", 20, one, one,
                Outcome.missing("psql not on the PATH"), Outcome.missing("psql not on the PATH"), Optional.empty(),
                Optional.empty())),
                List.of(new NoopResult(20, one, one, one, one)), Optional.empty(),
                Optional.of(new SumResult(10, 100, Map.of(SumBenchmark.SHA256SUM, one))),
                List.of(new CorpusResult("dbmate", "generated: 100 files", corpus)),
                List.of(new ColdApplyResult("generated N=20", 20, one, one, one, one, Optional.empty(),
                        Optional.empty())), Optional.of("embedded (fsync=on)"),
                List.of(scaleResult(10, one), scaleResult(50, one)), List.of());

        String md = MarkdownReport.render(report);

        assertThat(md).contains("| 20 | 20 | 1.000 s (1.000–1.000) |", "psql not on the PATH", "1.00x",
                "No-op boot", "atlas.sum verification", "`java -jar x`", "durable server", "embedded (fsync=on)",
                "| psql -1 |", "| corpus | layout | source | files |",
                "| generated dbmate | dbmate | generated: 100 files | 100 |", "## Scale", "| x linear |",
                "not measured at these sizes");
    }

    @Test
    void scaleTableDividesByFilesAndComparesWithTheSmallestSize() {
        Outcome second = Outcome.of(Stats.of(List.of(1_000_000_000L)));
        StringBuilder md = new StringBuilder();

        ScaleTable.render(md, List.of(scaleResult(1000, second), scaleResult(5000, second)), BenchOptions.parse());

        String coldApply = md.toString().lines().filter(l -> l.startsWith("| cold apply, fresh database"))
                .findFirst().orElseThrow();
        // one second for 1,000 files is 1 ms a file; for 5,000 files 200 µs a file: 0.20x linear
        assertThat(coldApply).contains("| 1000.0 µs |", "| 200.0 µs |", "| 0.20x |");
        Outcome tenSeconds = Outcome.of(Stats.of(List.of(10_000_000_000L)));
        StringBuilder grown = new StringBuilder();
        ScaleTable.render(grown, List.of(scaleResult(1000, second), scaleResult(5000, tenSeconds)),
                BenchOptions.parse());
        assertThat(grown.toString()).contains("| **2.00x** |");
    }

    @Test
    void scaleSectionMeasuresEveryQuantityOfOurLibrary() throws Exception {
        Rounds rounds = new Rounds(0, 1, line -> { });
        ChildJvm child = new ChildJvm("256m", LIMIT);
        ApplyBenchmark oursOnly = new ApplyBenchmark(server, List.of(new OursRunner()), Optional.of("not run"),
                rounds, child, LIMIT);
        ScaleBenchmark bench = new ScaleBenchmark(oursOnly,
                new MemoryBenchmark(server, child, rounds, List.of(OursRunner.LABEL)), rounds, child);

        ScaleResult result = bench.run(workload);

        assertThat(result.files()).isEqualTo(20);
        assertThat(List.of(result.coldApply(), result.noopInProcess(), result.noopFreshJvm(),
                result.validateInProcess(), result.validateFreshJvm(), result.memory().wall(),
                result.memory().peakHeapBytes()))
                .allSatisfy(o -> assertThat(o.stats()).as(o.note().orElse("")).isPresent());
    }

    @Test
    void everyLayoutSampleAppliesWithEveryTool() throws Exception {
        List<Corpus> samples = LayoutSamples.missing(List.of(), tmp.resolve("samples"));
        List<Applier> appliers = new ArrayList<>(List.of(new OursRunner(), new FlywayRunner()));
        PsqlRunner.find(LIMIT).ifPresent(appliers::add);

        assertThat(samples).extracting(Corpus::layout).containsExactly("goose", "dbmate", "golang-migrate", "prisma",
                LayoutSamples.FLYWAY_REPEATABLE);
        for (Corpus sample : samples) {
            for (Applier applier : appliers) {
                String what = sample.layout() + " by " + applier.label();
                try (BenchDatabase db = server.createDatabase()) {
                    assertThat(applier.apply(sample.workload(), db)).as(what).isEqualTo(sample.workload().files());
                    assertThat(count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                            + "AND tablename ~ '^t[0-9]+$'")).as(what).isEqualTo(LayoutSamples.FILES);
                }
            }
        }
    }

    private static ScaleResult scaleResult(int files, Outcome each) {
        return new ScaleResult(files, each, each, each, each, each, new ChildStats(each, each, each, each));
    }

    private static long count(BenchDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
