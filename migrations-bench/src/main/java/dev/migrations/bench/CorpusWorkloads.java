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
    static final List<String> NAMES = List.of("hatchet-atlas", "familie-ba-sak-flyway", "thunderdome-goose");

    private CorpusWorkloads() {
    }

    /** The workloads of every corpus present under {@code corpora}; empty when the folder is absent. */
    static List<Workload> prepare(Path corpora, Path scratch) throws IOException {
        List<Workload> workloads = new ArrayList<>();
        for (String name : NAMES) {
            Path corpus = corpora.resolve(name);
            if (!Files.isDirectory(corpus)) {
                continue;
            }
            Path work = Files.createDirectories(scratch.resolve(name));
            workloads.add(switch (name) {
                case "hatchet-atlas" -> atlas(name, corpus, work);
                case "familie-ba-sak-flyway" -> flyway(name, corpus, work);
                case "thunderdome-goose" -> goose(name, corpus, work);
                default -> throw new IllegalStateException(name);
            });
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
     * goose annotations: the Up sections only, as an Atlas-layout directory with {@code atlas.sum} (same file
     * names), as {@code V<n>__} files, and as one script.
     */
    static Workload goose(String name, Path corpus, Path work) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile file : read(corpus, Comparator.naturalOrder())) {
            files.add(new SourceFile(file.name(), GooseUpSection.of(file.name(), file.content())));
        }
        Path ours = Files.createDirectories(work.resolve("atlas"));
        for (SourceFile file : files) {
            Files.write(ours.resolve(file.name()), file.content());
        }
        AtlasSumWriter.write(ours, DirectoryFormat.ATLAS);
        Path flyway = FlywayLayout.write(work.resolve("flyway"), files, Set.of());
        Path script = PsqlScript.including(work.resolve("script.sql"), paths(ours, files));
        return new Workload(name, files.size(), ours, DirectoryFormat.ATLAS, flyway, script);
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
