package dev.migrations.core.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.result.MigrateResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's sessions commit without waiting for the WAL flush and the run ends with one commit that waits. On a
 * server that flushes commits ({@code synchronous_commit = on}), crashed with an immediate shutdown: every file the
 * run returned is still there after the restart, and a crash in the middle of a run loses whole files together
 * with their revisions rows, never part of one; the next run converges.
 */
class ServerCrashDurabilityTest {

    private static final int FILES = 40;

    @TempDir
    Path work;

    private Path data;
    private EmbeddedPostgres server;
    private MigrationDir dir;

    @BeforeEach
    void start() throws IOException {
        data = Files.createDirectories(work.resolve("pgdata"));
        server = start(0);
        dir = new MigrationDir(Files.createDirectories(work.resolve("migrations")));
        for (int i = 1; i <= FILES; i++) {
            dir.file(String.format("%03d_t%d.sql", i, i), "CREATE TABLE t" + i + " (id int PRIMARY KEY, note text);\n"
                    + "INSERT INTO t" + i + " SELECT g, repeat('x', 200) FROM generate_series(1, 2000) g;\n"
                    + "CREATE INDEX t" + i + "_note ON t" + i + " (note);\n");
        }
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRunThatReturnedSurvivesAnImmediateServerCrash() throws Exception {
        MigrateResult result = migrate();
        assertThat(result.applied()).hasSize(FILES);

        crashAndRestart();

        assertThat(appliedVersions()).hasSize(FILES);
        assertThat(tables()).hasSize(FILES);
        assertThat(migrate().applied()).isEmpty();
    }

    @Test
    void aCrashDuringTheRunLosesWholeFilesOnlyAndTheNextRunConverges() throws Exception {
        Random random = new Random(20261201L);
        List<String> kept = new ArrayList<>();
        for (int trial = 0; trial < 3; trial++) {
            CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
                try {
                    migrate();
                } catch (RuntimeException expected) {
                    // the server went away under the run
                }
            });
            int crashAfter = 3 + random.nextInt(FILES - 6);
            while (!run.isDone() && appliedVersions().size() < crashAfter) {
                Thread.sleep(10);
            }
            crashAndRestart();
            run.get(60, TimeUnit.SECONDS);

            List<String> versions = appliedVersions();
            List<String> tables = tables();
            kept.add(versions.size() + " of " + crashAfter + " seen committed");
            // every recorded file is there, and no file is there without its revisions row
            assertThat(tables).hasSameSizeAs(versions);
            for (String version : versions) {
                int n = Integer.parseInt(version);
                assertThat(tables).contains("t" + n);
                assertThat(count("SELECT count(*) FROM t" + n)).isEqualTo(2000);
            }
            assertThat(migrate().applied()).hasSize(FILES - versions.size());
            assertThat(tables()).hasSize(FILES);
            dropAll();
        }
        System.out.println("server crashes during a run, files kept per trial: " + kept);
    }

    private MigrateResult migrate() {
        return Migrations.configure().dataSource(dataSource()).directory(dir.location())
                .lockTimeout(Duration.ofSeconds(30)).load().migrate();
    }

    private DataSource dataSource() {
        return server.getPostgresDatabase();
    }

    /** An immediate shutdown (SIGQUIT to the postmaster: no checkpoint, unwritten WAL is lost), then a start. */
    private void crashAndRestart() throws IOException, InterruptedException {
        int port = server.getPort();
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        try {
            server.close(); // releases the data directory's lock; the server is already gone
        } catch (IOException | RuntimeException alreadyStopped) {
            // pg_ctl stop finds no server
        }
        server = start(port);
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    private List<String> appliedVersions() throws SQLException {
        if (count("SELECT count(*) FROM pg_tables WHERE tablename = 'atlas_schema_revisions'") == 0) {
            return List.of();
        }
        return strings("SELECT version FROM atlas_schema_revisions WHERE applied = total AND type <> 1 "
                + "ORDER BY version");
    }

    private List<String> tables() throws SQLException {
        return strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^t[0-9]+$'");
    }

    private void dropAll() throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
