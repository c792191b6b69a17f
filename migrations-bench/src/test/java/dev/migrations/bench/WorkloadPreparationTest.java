package dev.migrations.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.sql.dir.DirectoryFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generators and transformations produce what the tools need; no database involved. */
class WorkloadPreparationTest {

    @TempDir
    Path tmp;

    @Test
    void generatorWritesNFilesInEachShapeWithAValidAtlasSum() throws IOException {
        Workload w = SyntheticWorkload.generate(tmp, 20);

        assertThat(w.files()).isEqualTo(20);
        assertThat(sqlFiles(w.oursDir())).hasSize(20).contains("000001_t1.sql", "000020_t20.sql");
        assertThat(w.oursDir().resolve("atlas.sum")).exists();
        assertThat(SumVerification.load(w.oursDir(), DirectoryFormat.ATLAS)).isEqualTo(20);
        assertThat(sqlFiles(w.flywayDir())).hasSize(20).contains("V1__t1.sql", "V20__t20.sql");
        assertThat(Files.readString(w.flywayDir().resolve("V7__t7.sql")))
                .isEqualTo(Files.readString(w.oursDir().resolve("000007_t7.sql")))
                .contains("CREATE TABLE t7", "CREATE INDEX t7_name_idx", "INSERT INTO t7");
        String script = Files.readString(w.psqlScript());
        assertThat(script.split("CREATE TABLE ", -1)).hasSize(21);
    }

    @Test
    void largeDirectoryHasTheAskedSizeAndVerifies() throws IOException {
        Path dir = LargeDirectory.generate(tmp.resolve("big"), 50, 500_000);

        assertThat(sqlFiles(dir)).hasSize(50);
        long bytes = 0;
        for (String name : sqlFiles(dir)) {
            bytes += Files.size(dir.resolve(name));
        }
        assertThat(bytes).isBetween(500_000L, 520_000L);
        assertThat(SumVerification.readAndVerify(dir, DirectoryFormat.ATLAS)).isEqualTo(50);
    }

    @Test
    void gooseUpSectionKeepsTheUpLinesWithTheirLineEndings() {
        byte[] file = ("-- +goose Up\r\n-- +goose StatementBegin\r\nCREATE TABLE a (id int);\r\n"
                + "-- +goose StatementEnd\r\n\r\n-- +goose Down\r\nDROP TABLE a;\r\n").getBytes(StandardCharsets.UTF_8);

        String up = new String(GooseUpSection.of("x.sql", file), StandardCharsets.UTF_8);

        assertThat(up).isEqualTo("-- +goose StatementBegin\r\nCREATE TABLE a (id int);\r\n-- +goose StatementEnd\r\n\r\n");
    }

    @Test
    void flywayLayoutNumbersFilesAndMarksNoTransactionOnes() throws IOException {
        List<SourceFile> files = List.of(new SourceFile("20240101_init.sql", "CREATE TABLE a (id int);".getBytes()),
                new SourceFile("20240202_v0.35.1.sql", "CREATE INDEX CONCURRENTLY i ON a (id);".getBytes()));

        Path dir = FlywayLayout.write(tmp.resolve("fw"), files, Set.of("20240202_v0.35.1.sql"));

        assertThat(sqlFiles(dir)).containsExactly("V1__20240101_init.sql", "V2__20240202_v0_35_1.sql");
        assertThat(Files.readString(dir.resolve("V2__20240202_v0_35_1.sql.conf"))).contains("executeInTransaction=false");
        assertThat(dir.resolve("V1__20240101_init.sql.conf")).doesNotExist();
    }

    @Test
    void prismaCorpusIsReadAsItIsByOursAndNumberedForFlyway() throws IOException {
        Path corpus = tmp.resolve("prisma");
        Files.createDirectories(corpus.resolve("20240101000000_init"));
        Files.createDirectories(corpus.resolve("20240202000000_users"));
        Files.writeString(corpus.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(corpus.resolve("20240101000000_init/migration.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(corpus.resolve("20240202000000_users/migration.sql"), "CREATE TABLE b (id int);\n");

        Workload w = CorpusWorkloads.prisma("p", corpus, Files.createDirectories(tmp.resolve("work")));

        assertThat(w.files()).isEqualTo(2);
        assertThat(w.oursFormat()).isEqualTo(DirectoryFormat.PRISMA);
        assertThat(SumVerification.load(w.oursDir(), DirectoryFormat.PRISMA)).isEqualTo(2);
        assertThat(sqlFiles(w.flywayDir())).containsExactly("V1__20240101000000_init.sql",
                "V2__20240202000000_users.sql");
        assertThat(Files.readString(w.flywayDir().resolve("V2__20240202000000_users.sql")))
                .isEqualTo(Files.readString(corpus.resolve("20240202000000_users/migration.sql")));
    }

    @Test
    void layoutSamplesVerifyInTheirLayoutAndSkipCoveredLayouts() throws IOException {
        Workload goose = LayoutSamples.generate(tmp.resolve("goose"), DirectoryFormat.GOOSE);
        List<Corpus> samples = LayoutSamples.missing(List.of(new Corpus(goose, "goose", "test")),
                tmp.resolve("samples"));

        assertThat(samples).extracting(Corpus::layout).doesNotContain("goose")
                .contains("dbmate", "golang-migrate", "prisma", LayoutSamples.FLYWAY_REPEATABLE);
        for (Corpus sample : samples) {
            Workload w = sample.workload();
            assertThat(SumVerification.load(w.oursDir(), w.oursFormat())).as(sample.layout()).isEqualTo(w.files());
        }
        Workload flyway = samples.get(samples.size() - 1).workload();
        assertThat(flyway.files()).isEqualTo(LayoutSamples.FILES + LayoutSamples.REPEATABLES);
        assertThat(flyway.flywayDir()).isEqualTo(flyway.oursDir());
    }

    @Test
    void flywayVersionOrderIsNumeric() {
        assertThat(Stream.of("V10__a.sql", "V2__b.sql", "V1_1__c.sql", "V1__d.sql").sorted(FlywayVersionOrder.INSTANCE))
                .containsExactly("V1__d.sql", "V1_1__c.sql", "V2__b.sql", "V10__a.sql");
    }

    @Test
    void statsReportMedianMinMax() {
        assertThat(Stats.of(List.of(5L, 1L, 3L))).isEqualTo(new Stats(3, 1, 5, 3));
        assertThat(Stats.of(List.of(4L, 1L, 3L, 10L)).median()).isEqualTo(3.5);
    }

    private static List<String> sqlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }
}
