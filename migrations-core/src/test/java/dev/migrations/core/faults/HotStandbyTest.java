package dev.migrations.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.error.DatabaseRefusedException;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.result.StatusResult;
import dev.migrations.error.ErrorKind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hot standby (a physical replica in recovery, here a copy of a cleanly stopped primary started with
 * {@code standby.signal}) is refused before anything is written, with a message that sends the run to the primary.
 */
class HotStandbyTest {

    @TempDir
    Path tmp;

    @Test
    void aHotStandbyIsRefusedBeforeAnythingIsWrittenAndStatusStillReads() throws Exception {
        MigrationDir dir = new MigrationDir(tmp.resolve("migrations")).file("1_a.sql", "CREATE TABLE a (n int);\n");
        Path primaryData = tmp.resolve("primary");
        Path standbyData = tmp.resolve("standby");
        try (EmbeddedPostgres first = server(primaryData)) {
            execute(first.getPostgresDatabase(), "CREATE DATABASE app");
        }
        copy(primaryData, standbyData);
        Files.createFile(standbyData.resolve("standby.signal"));

        try (EmbeddedPostgres primary = server(primaryData); EmbeddedPostgres standby = server(standbyData)) {
            DataSource replica = standby.getDatabase("postgres", "app");
            DataSource main = primary.getDatabase("postgres", "app");
            assertThat(value(replica, "SELECT pg_is_in_recovery()")).as("the copy runs as a standby").isEqualTo("t");
            assertThat(value(main, "SELECT pg_is_in_recovery()")).isEqualTo("f");
            MigrationsConfiguration config = Migrations.configure().dataSource(replica).directory(dir.location());

            Throwable error = catchThrowable(() -> config.load().migrate());

            assertThat(error).isInstanceOf(DatabaseRefusedException.class);
            DatabaseRefusedException refused = (DatabaseRefusedException) error;
            assertThat(refused.kind()).isEqualTo(ErrorKind.DATABASE_REFUSED);
            assertThat(refused.fault()).isEqualTo(FaultKind.READ_ONLY);
            assertThat(refused).hasMessageContaining("is a hot standby (a read-only replica in recovery)")
                    .hasMessageContaining("migrate through the primary").hasMessageContaining("Nothing was changed");

            StatusResult status = config.load().status();
            assertThat(status.status()).isEqualTo(StatusResult.Status.PENDING);
            assertThat(status.pending()).hasSize(1);

            String tables = "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                    + "ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
                    + "AND n.nspname NOT LIKE 'pg_toast%'";
            assertThat(value(replica, tables)).as("relations on the standby").isEqualTo("0");
            assertThat(value(main, tables)).as("relations on the primary").isEqualTo("0");
        }
    }

    /** A server on {@code data}: initialised on first use, started as it is afterwards. */
    private static EmbeddedPostgres server(Path data) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("fsync", "off").setServerConfig("hot_standby", "on")
                .setServerConfig("max_connections", "20").start();
    }

    /** Copies a stopped server's data directory with its permissions (without its lock files). */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                String name = source.getFileName().toString();
                if (name.equals("postmaster.pid") || name.equals("epg-lock")) {
                    return;
                }
                try {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String value(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
