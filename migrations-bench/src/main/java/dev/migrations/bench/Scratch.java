package dev.migrations.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/** A temporary folder for generated directories and scripts; deleted on close, or at JVM exit if not closed. */
final class Scratch implements AutoCloseable {

    private final Path root;
    private final AtomicBoolean deleted = new AtomicBoolean();
    private final Thread hook;

    private Scratch(Path root) {
        this.root = root;
        this.hook = new Thread(this::delete, "delete-" + root.getFileName());
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Creates a new folder under the system's temporary folder. */
    static Scratch create() throws IOException {
        return new Scratch(Files.createTempDirectory("migrations-bench-"));
    }

    /** The folder. */
    Path root() {
        return root;
    }

    /** A new empty sub-folder. */
    Path folder(String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }

    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void delete() {
        if (!deleted.compareAndSet(false, true)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }
}
