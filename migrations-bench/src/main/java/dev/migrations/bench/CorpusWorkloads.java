package dev.migrations.bench;

import dev.migrations.sql.internal.directive.DirectiveParser;
import dev.migrations.sql.migration.Directives;
import dev.migrations.sql.migration.TxMode;
import dev.migrations.sql.dir.DirectoryFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the real histories under {@code <shared>/corpora} into workloads, following their apply rules
 * ({@code corpora/MANIFEST.tsv}). Nothing is written into the shared folder; copies go to a scratch folder.
 */
final class CorpusWorkloads {

    /** Corpus folder names, in the order they are measured. */
    static final List<String> NAMES = List.of("hatchet-atlas", "familie-ba-sak-flyway", "thunderdome-goose",
            "documenso-prisma");

    /** Prisma's migration file in each folder. */
    static final String PRISMA_SCRIPT = "migration.sql";

    /** Prisma's file naming the database provider. */
    static final String PRISMA_LOCK = "migration_lock.toml";

    /** Where a corpus of {@code corpora/MANIFEST.tsv} comes from, as the report names it. */
    static final String FROM_MANIFEST = "`corpora/MANIFEST.tsv`";

    private CorpusWorkloads() {
    }

    /** The workloads of every corpus present under {@code corpora}; empty when the folder is absent. */
    static List<Corpus> prepare(Path corpora, Path scratch) throws IOException {
        List<Corpus> workloads = new ArrayList<>();
        for (String name : NAMES) {
            Path corpus = corpora.resolve(name);
            if (!Files.isDirectory(corpus)) {
                continue;
            }
            Path work = Files.createDirectories(scratch.resolve(name));
            Workload workload = switch (name) {
                case "hatchet-atlas" -> atlas(name, corpus, work);
                case "familie-ba-sak-flyway" -> flyway(name, corpus, work);
                case "thunderdome-goose" -> goose(name, corpus, work);
                case "documenso-prisma" -> prisma(name, corpus, work);
                default -> throw new IllegalStateException(name);
            };
            workloads.add(new Corpus(workload, workload.oursFormat().cliName(), FROM_MANIFEST));
        }
        return workloads;
    }

    /**
     * Atlas layout with its own {@code atlas.sum}: ours as is; Flyway gets the files renamed in name order, with
     * {@code executeInTransaction=false} for {@code -- atlas:txmode none} files.
     */
    static Workload atlas(String name, Path corpus, Path work) throws IOException {
        List<SourceFile> files = read(corpus, Comparator.naturalOrder());
        Set<String> noTransaction = new HashSet<>();
        for (SourceFile file : files) {
            Directives directives = DirectiveParser.parse(file.name(), new String(file.content(), StandardCharsets.UTF_8));
            if (directives.txMode().equals(Optional.of(TxMode.NONE))) {
                noTransaction.add(file.name());
            }
        }
        Path flyway = FlywayLayout.write(work.resolve("flyway"), files, noTransaction);
        Path script = PsqlScript.including(work.resolve("script.sql"), paths(corpus, files));
        return new Workload(name, files.size(), corpus, DirectoryFormat.ATLAS, flyway, script);
    }

    /**
     * Flyway layout: Flyway as is; ours reads a copy in directory format {@code flyway} with an {@code atlas.sum}
     * written by the project's code; psql runs the files in version order.
     */
    static Workload flyway(String name, Path corpus, Path work) throws IOException {
        List<SourceFile> files = read(corpus, FlywayVersionOrder.INSTANCE);
        Path ours = Files.createDirectories(work.resolve("ours"));
        for (SourceFile file : files) {
            Files.write(ours.resolve(file.name()), file.content());
        }
        AtlasSumWriter.write(ours, DirectoryFormat.FLYWAY);
        Path script = PsqlScript.including(work.resolve("script.sql"), paths(corpus, files));
        return new Workload(name, files.size(), ours, DirectoryFormat.FLYWAY, corpus, script);
    }

    /**
     * goose layout: ours reads a copy of the files as they are (directory format {@code goose}, which runs the Up
     * sections) with an {@code atlas.sum} written by the project's code; Flyway and psql get the Up sections
     * extracted (CRLF kept) as {@code V<n>__} files and as one script.
     */
    static Workload goose(String name, Path corpus, Path work) throws IOException {
        List<SourceFile> originals = read(corpus, Comparator.naturalOrder());
        Path ours = Files.createDirectories(work.resolve("ours"));
        for (SourceFile file : originals) {
            Files.write(ours.resolve(file.name()), file.content());
        }
        AtlasSumWriter.write(ours, DirectoryFormat.GOOSE);
        List<SourceFile> ups = new ArrayList<>();
        for (SourceFile file : originals) {
            ups.add(new SourceFile(file.name(), GooseUpSection.of(file.name(), file.content())));
        }
        Path upDir = Files.createDirectories(work.resolve("up"));
        for (SourceFile file : ups) {
            Files.write(upDir.resolve(file.name()), file.content());
        }
        Path flyway = FlywayLayout.write(work.resolve("flyway"), ups, Set.of());
        Path script = PsqlScript.including(work.resolve("script.sql"), paths(upDir, ups));
        return new Workload(name, ups.size(), ours, DirectoryFormat.GOOSE, flyway, script);
    }

    /**
     * Prisma layout ({@code <timestamp>_<name>/migration.sql} beside {@code migration_lock.toml}): ours reads a copy
     * with an {@code atlas.sum} written by the project's code; Flyway gets each {@code migration.sql} as
     * {@code V<n>__<folder>.sql} in folder name order; psql includes them in that order.
     */
    static Workload prisma(String name, Path corpus, Path work) throws IOException {
        List<String> folders;
        try (Stream<Path> entries = Files.list(corpus)) {
            folders = entries.filter(p -> Files.isRegularFile(p.resolve(PRISMA_SCRIPT)))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
        Path ours = Files.createDirectories(work.resolve("ours"));
        Files.copy(corpus.resolve(PRISMA_LOCK), ours.resolve(PRISMA_LOCK));
        List<SourceFile> files = new ArrayList<>(folders.size());
        List<Path> scripts = new ArrayList<>(folders.size());
        for (String folder : folders) {
            Path script = corpus.resolve(folder).resolve(PRISMA_SCRIPT);
            byte[] content = Files.readAllBytes(script);
            Files.write(Files.createDirectories(ours.resolve(folder)).resolve(PRISMA_SCRIPT), content);
            files.add(new SourceFile(folder + ".sql", content));
            scripts.add(script);
        }
        AtlasSumWriter.write(ours, DirectoryFormat.PRISMA);
        Path flyway = FlywayLayout.write(work.resolve("flyway"), files, Set.of());
        Path script = PsqlScript.including(work.resolve("script.sql"), scripts);
        return new Workload(name, files.size(), ours, DirectoryFormat.PRISMA, flyway, script);
    }

    private static List<Path> paths(Path folder, List<SourceFile> files) {
        return files.stream().map(f -> folder.resolve(f.name())).toList();
    }

    /** The top-level {@code *.sql} files of a folder in the given name order. */
    private static List<SourceFile> read(Path folder, Comparator<String> order) throws IOException {
        List<String> names;
        try (Stream<Path> entries = Files.list(folder)) {
            names = entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql")).sorted(order).toList();
        }
        List<SourceFile> files = new ArrayList<>(names.size());
        for (String n : names) {
            files.add(new SourceFile(n, Files.readAllBytes(folder.resolve(n))));
        }
        return files;
    }
}
