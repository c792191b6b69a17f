package dev.migrations.core.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The CI-only data directory beside the checkout; tests using it skip when it is absent. */
final class SharedData {

    private SharedData() {
    }

    /** A path under the shared directory; skips the calling test when it does not exist. */
    static Path require(String relative) {
        String configured = System.getProperty("migrations.shared.dir");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path p = root.resolve(relative).normalize();
        assumeTrue(Files.isDirectory(p), "shared data not present: " + p);
        return p;
    }
}
