package dev.migrations.sql.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code shared/} reference data beside the checkout (available in CI, not to every clone). Tests that use
 * it skip when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/conformance/atlas}, when present. */
    public static Optional<Path> atlasConformance() {
        return sharedDir().map(shared -> shared.resolve("conformance/atlas")).filter(Files::isDirectory);
    }

    /** The shared folder: system property {@code migrations.shared.dir}, else {@code ../shared} of the repo root. */
    public static Optional<Path> sharedDir() {
        String configured = System.getProperty("migrations.shared.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured).normalize());
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return Optional.ofNullable(dir)
                .map(repo -> repo.resolveSibling("shared"))
                .filter(Files::isDirectory);
    }
}
