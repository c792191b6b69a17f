package dev.migrations.sample;

import dev.migrations.url.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the sample itself (binaries from the jar), for machines without a database. Its data
 * directory is kept between runs, so a second start finds the schema already migrated; its port is remembered in
 * the data directory, so {@code psql} keeps working with the same URL.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final int PREFERRED_PORT = 54329;
    private static final String PORT_FILE = "sample-app.port";
    /** The file the embedded server library locks while a process uses the directory. */
    private static final String IN_USE_LOCK = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts the server on {@code dataDirectory}, creating the cluster on first use.
     *
     * @throws IllegalStateException when another process uses the directory, or it holds something else
     */
    static EmbeddedDatabase start(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            boolean initialized = Files.isRegularFile(dir.resolve("postgresql.conf"));
            if (initialized) {
                refuseIfInUse(dir);
                PostmasterPidFile.clear(dir);
            } else if (!isEmpty(dir)) {
                throw new IllegalStateException(dir + " is neither empty nor a PostgreSQL data directory (an "
                        + "interrupted first start leaves it like this): delete it, or point MIGRATIONS_SAMPLE_DATA "
                        + "at another directory");
            }
            int port = choosePort(dir);
            LOG.info("{} embedded PostgreSQL in {} on port {}", initialized ? "starting" : "creating", dir, port);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("logging_collector", "on")
                    .start();
            Files.writeString(dir.resolve(PORT_FILE), Integer.toString(port), StandardCharsets.UTF_8);
            return new EmbeddedDatabase(postgres, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL in " + dir + " did not start (" + e.getMessage()
                    + "); its log is in " + dir.resolve("log"), e);
        }
    }

    /** The URL of the server's {@code postgres} database, as user {@code postgres} (no password). */
    DatabaseUrl url() {
        return DatabaseUrl.parse("postgres://postgres@localhost:" + postgres.getPort() + "/postgres");
    }

    /** Stops the server (fast shutdown); its data stays. */
    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("embedded PostgreSQL stopped; data kept in {}", dataDirectory);
        } catch (IOException e) {
            LOG.warn("could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        }
    }

    private static void refuseIfInUse(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve(IN_USE_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dir);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dir);
        }
    }

    private static IllegalStateException inUse(Path dir) {
        return new IllegalStateException(dir + " is used by another running sample-app: stop it first, or point "
                + "MIGRATIONS_SAMPLE_DATA at another directory");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The remembered port (else 54329) when it is free, otherwise any free port. */
    private static int choosePort(Path dir) throws IOException {
        int wanted = remembered(dir).orElse(PREFERRED_PORT);
        if (isFree(wanted)) {
            return wanted;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            LOG.info("port {} is taken; the embedded PostgreSQL uses port {} instead", wanted, socket.getLocalPort());
            return socket.getLocalPort();
        }
    }

    private static Optional<Integer> remembered(Path dir) throws IOException {
        Path file = dir.resolve(PORT_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Nothing answers on the loopback port, and it can be bound the way PostgreSQL binds it (with address reuse, so
     * the TIME_WAIT connections of our own last run do not count as busy).
     */
    private static boolean isFree(int port) {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        try (Socket probe = new Socket()) {
            probe.connect(address, 200);
            return false;
        } catch (IOException expected) {
            // nothing listening
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
