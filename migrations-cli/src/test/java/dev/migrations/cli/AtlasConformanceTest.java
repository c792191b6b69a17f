package dev.migrations.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 'migrate hash' rewrites the exact atlas.sum the Atlas CLI wrote for every directory in
 * shared/conformance/atlas. Skips when shared/ is not beside the checkout.
 */
class AtlasConformanceTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> hashRecreatesAtlasSumByteForByte() throws IOException {
        Path conformance = conformanceDir().orElse(null);
        assumeTrue(conformance != null, "shared/conformance/atlas is not available beside the checkout");
        List<Path> directories;
        try (Stream<Path> children = Files.list(conformance)) {
            directories = children.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(directories).isNotEmpty();
        return directories.stream().map(original -> DynamicTest.dynamicTest(original.getFileName().toString(), () -> {
            Path copy = temp.resolve(original.getFileName().toString());
            copyTree(original, copy);
            Files.delete(copy.resolve("atlas.sum"));

            // Every vector is an Atlas-layout directory (MANIFEST.tsv); some have golang-migrate-like names.
            Cli cli = Cli.run("migrate", "hash", "--dir", copy.toString(), "--dir-format", "atlas");

            assertThat(cli.exitCode()).as(cli.err()).isZero();
            assertThat(Files.readAllBytes(copy.resolve("atlas.sum")))
                    .isEqualTo(Files.readAllBytes(original.resolve("atlas.sum")));
            assertThat(Cli.run("migrate", "validate", "--dir", original.toString()).exitCode()).isZero();
        }));
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            paths.forEach(path -> {
                try {
                    Files.copy(path, target.resolve(source.relativize(path).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** shared/conformance/atlas: system property migrations.shared.dir, else ../shared of the repo root. */
    private static Optional<Path> conformanceDir() {
        String configured = System.getProperty("migrations.shared.dir");
        Path shared = configured != null ? Path.of(configured) : null;
        if (shared == null || !Files.isDirectory(shared)) {
            Path dir = Path.of("").toAbsolutePath();
            while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
                dir = dir.getParent();
            }
            shared = dir == null ? null : dir.resolveSibling("shared");
        }
        return Optional.ofNullable(shared).map(path -> path.resolve("conformance/atlas")).filter(Files::isDirectory);
    }
}
