package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Small generated histories in the layouts our library reads that no corpus of the shared folder covers: the files of
 * {@link SyntheticWorkload} with each layout's names and annotations for our library, as {@code V<n>__} files for
 * plain Flyway and concatenated for psql.
 */
final class LayoutSamples {

    /** Versioned files of every sample. */
    static final int FILES = 100;

    /** Repeatable files of the Flyway sample, each a view over one of the tables. */
    static final int REPEATABLES = 10;

    /** The Flyway sample's layout name: the manifest's Flyway corpus has versioned files only. */
    static final String FLYWAY_REPEATABLE = "flyway (versioned + repeatable)";

    /** Layouts that get a sample when no corpus is read in them. */
    static final List<DirectoryFormat> LAYOUTS = List.of(DirectoryFormat.GOOSE, DirectoryFormat.DBMATE,
            DirectoryFormat.GOLANG_MIGRATE, DirectoryFormat.PRISMA);

    private LayoutSamples() {
    }

    /**
     * A sample for every layout of {@link #LAYOUTS} that none of {@code corpora} is read in, and a Flyway sample with
     * repeatable files unless a Flyway corpus has them.
     */
    static List<Corpus> missing(List<Corpus> corpora, Path scratch) throws IOException {
        Set<DirectoryFormat> covered = corpora.stream().map(c -> c.workload().oursFormat())
                .collect(Collectors.toSet());
        String source = "generated: " + FILES + " files, the manifest has no corpus in this layout";
        List<Corpus> samples = new ArrayList<>();
        for (DirectoryFormat format : LAYOUTS) {
            if (!covered.contains(format)) {
                samples.add(new Corpus(generate(scratch.resolve(format.cliName()), format), format.cliName(),
                        source));
            }
        }
        boolean repeatables = false;
        for (Corpus corpus : corpora) {
            repeatables |= corpus.workload().oursFormat() == DirectoryFormat.FLYWAY
                    && hasRepeatable(corpus.workload().oursDir());
        }
        if (!repeatables) {
            samples.add(new Corpus(generate(scratch.resolve("flyway-repeatable"), DirectoryFormat.FLYWAY),
                    FLYWAY_REPEATABLE, "generated: " + FILES + " versioned + " + REPEATABLES
                            + " repeatable files, the manifest has no corpus with repeatable files"));
        }
        return samples;
    }

    /**
     * Writes one sample under {@code root}: {@link #FILES} files in the layout (for {@code flyway}, also
     * {@link #REPEATABLES} {@code R__} files) with {@code atlas.sum}, the Flyway files and the psql script.
     */
    static Workload generate(Path root, DirectoryFormat format) throws IOException {
        Path ours = Files.createDirectories(root.resolve("ours"));
        List<SourceFile> applied = new ArrayList<>();
        for (int n = 1; n <= FILES; n++) {
            String sql = SyntheticWorkload.sql(n);
            String down = "DROP TABLE t" + n + ";\n";
            switch (format) {
                case GOOSE -> write(ours, String.format(Locale.ROOT, "%05d_t%d.sql", n, n),
                        "-- +goose Up\n" + sql + "\n-- +goose Down\n" + down);
                case DBMATE -> write(ours, String.format(Locale.ROOT, "%d_t%d.sql", 20260101000000L + n, n),
                        "-- migrate:up\n" + sql + "\n-- migrate:down\n" + down);
                case GOLANG_MIGRATE -> {
                    write(ours, n + "_t" + n + ".up.sql", sql);
                    write(ours, n + "_t" + n + ".down.sql", down);
                }
                case PRISMA -> write(Files.createDirectories(ours.resolve(
                        String.format(Locale.ROOT, "%d_t%d", 20260101000000L + n, n))),
                        CorpusWorkloads.PRISMA_SCRIPT, sql);
                case FLYWAY -> write(ours, "V" + n + "__t" + n + ".sql", sql);
                default -> throw new IllegalArgumentException("no sample for layout " + format.cliName());
            }
            applied.add(new SourceFile("t" + n + ".sql", sql.getBytes(StandardCharsets.UTF_8)));
        }
        if (format == DirectoryFormat.PRISMA) {
            write(ours, CorpusWorkloads.PRISMA_LOCK, "provider = \"postgresql\"\n");
        }
        List<SourceFile> repeatable = new ArrayList<>();
        if (format == DirectoryFormat.FLYWAY) {
            for (int k = 1; k <= REPEATABLES; k++) {
                String name = String.format(Locale.ROOT, "R__v%02d.sql", k);
                String sql = "CREATE OR REPLACE VIEW v" + k + " AS SELECT id, name FROM t" + k + ";\n";
                write(ours, name, sql);
                repeatable.add(new SourceFile(name, sql.getBytes(StandardCharsets.UTF_8)));
            }
        }
        AtlasSumWriter.write(ours, format);
        Path flyway = format == DirectoryFormat.FLYWAY ? ours
                : FlywayLayout.write(root.resolve("flyway"), applied, Set.of());
        List<SourceFile> all = new ArrayList<>(applied);
        all.addAll(repeatable);
        Path script = PsqlScript.concatenated(root.resolve("script.sql"), all);
        return new Workload("generated " + format.cliName(), all.size(), ours, format, flyway, script);
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static boolean hasRepeatable(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("R__"));
        }
    }
}
