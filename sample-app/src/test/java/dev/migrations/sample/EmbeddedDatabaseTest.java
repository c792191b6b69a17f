package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.url.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL used when no URL is configured: its data survives restarts, even unclean ones. */
class EmbeddedDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void dataSurvivesARestartOnTheSamePort() throws Exception {
        Path data = tmp.resolve("pgdata");
        DatabaseUrl firstUrl;
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data)) {
            firstUrl = first.url();
            exec(firstUrl, "CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (7)");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(data)) {
            assertThat(second.url()).isEqualTo(firstUrl);
            assertThat(query(second.url(), "SELECT id FROM kept")).isEqualTo("7");
        }
    }

    @Test
    void aPidFileNamingADeadProcessIsRemoved() throws Exception {
        Path data = tmp.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data)) {
            exec(first.url(), "CREATE TABLE kept (id int)");
        }
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        finished.waitFor();
        Files.writeString(data.resolve("postmaster.pid"), finished.pid() + "\n" + data + "\n1700000000\n54329\n");

        try (EmbeddedDatabase second = EmbeddedDatabase.start(data)) {
            assertThat(query(second.url(), "SELECT count(*) FROM kept")).isEqualTo("0");
        }
    }

    @Test
    void aPidFileWhosePidNowBelongsToAnotherProgramIsRemoved() throws Exception {
        Path data = tmp.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data)) {
            exec(first.url(), "CREATE TABLE kept (id int)");
        }
        // as after a reboot: the PID in the file now names some other live process (here: this JVM)
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");

        try (EmbeddedDatabase second = EmbeddedDatabase.start(data)) {
            assertThat(query(second.url(), "SELECT count(*) FROM kept")).isEqualTo("0");
        }
    }

    @Test
    void aDirectoryOfSomethingElseIsRefused() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(data.resolve("cat.jpg"), "meow");

        assertThatThrownBy(() -> EmbeddedDatabase.start(data))
                .hasMessageContaining("is neither empty nor a PostgreSQL data directory");
    }

    private static void exec(DatabaseUrl url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.driverProperties());
                Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        }
    }

    private static String query(DatabaseUrl url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.driverProperties());
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
