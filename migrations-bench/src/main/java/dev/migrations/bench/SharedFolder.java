package dev.migrations.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared data folder: {@code --shared}, else {@code ../shared} beside the repository root. */
final class SharedFolder {

    private SharedFolder() {
    }

    /** The folder given, or the default. */
    static Path resolve(Optional<Path> option) {
        return option.orElseGet(() -> repositoryRoot().resolve("..").resolve("shared").normalize());
    }

    /**
     * The repository root: the parent of {@code migrations-bench} when running from
     * {@code migrations-bench/target/...}, else the working directory.
     */
    static Path repositoryRoot() {
        try {
            Path code = Path.of(SharedFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
            for (Path p = code; p != null && p.getParent() != null; p = p.getParent()) {
                if (p.getFileName().toString().equals("target") && p.getParent().getFileName() != null
                        && p.getParent().getFileName().toString().equals("migrations-bench")) {
                    return p.getParent().getParent();
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
