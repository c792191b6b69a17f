package dev.migrations.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.cli.MigrationsCommand;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalogue's fixture: a fresh database per test, a migration folder, the command line run
 * in-process, and the checks every case makes: the exit code, the key sentence of the error, the database left
 * exactly as it was (a {@link CatalogSnapshot} before and after), and the password nowhere in what was printed.
 *
 * <p>Every run connects as a role with a password ({@link #PASSWORD}), so every case also checks that the password
 * is redacted. The test server trusts local connections, so the password is never checked by the server; what is
 * checked is that it never leaks into standard output, standard error or the library's log lines.
 */
abstract class FaultFixture {

    /** The login role every run connects as. */
    static final String ROLE = "faults_app";
    /** Its password: must never appear in any output. */
    static final String PASSWORD = "Pw-faults-7Qz9x3Kv";

    @TempDir
    Path temp;

    /** The migration folder, {@code <temp>/migrations}. */
    Path dir;
    TestDatabase db;

    /** What one command line printed, and the library's log lines printed meanwhile. */
    record Run(int exit, String out, String err, String logs) {

        String all() {
            return out + "\n" + err + "\n" + logs;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err + "--- logs\n" + logs;
        }
    }

    @BeforeEach
    void createDatabaseAndFolder() throws Exception {
        db = TestPostgres.newDatabase();
        dir = Files.createDirectories(temp.resolve("migrations"));
        sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                + "CREATE ROLE " + ROLE + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'; END IF; END $$");
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    // ---------------------------------------------------------------- URLs and the command line

    /** {@code postgres://faults_app:<password>@host:port/db?search_path=app}. */
    String url() {
        return url("search_path=app");
    }

    /** The URL with these query parameters (none when empty). */
    String url(String query) {
        return urlAs(ROLE, PASSWORD, query);
    }

    String urlAs(String user, String password, String query) {
        return "postgres://" + user + ":" + password + "@" + db.server().host() + ":" + db.server().port() + "/"
                + db.name() + (query.isEmpty() ? "" : "?" + query);
    }

    String dirArg() {
        return dir.toString();
    }

    /** {@code migrations migrate hash --dir <dir>}, which must succeed. */
    void hash() {
        Run run = cli("migrate", "hash", "--dir", dirArg());
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    /** {@code migrations migrate apply --dir <dir> --url <url>} plus {@code extra}. */
    Run apply(String... extra) {
        List<String> args = new ArrayList<>(List.of("migrate", "apply", "--dir", dirArg(), "--url", url()));
        args.addAll(Arrays.asList(extra));
        return cli(args.toArray(String[]::new));
    }

    /** Applies and requires success. */
    Run applyOk(String... extra) {
        Run run = apply(extra);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertNoPassword(run);
        return run;
    }

    /**
     * Runs the command line in-process. Standard output and error of the JVM are captured meanwhile too, since
     * that is where the library's log lines go.
     */
    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
                PrintStream l = new PrintStream(new Tee(logs, systemErr), true, StandardCharsets.UTF_8)) {
            System.setOut(l);
            System.setErr(l);
            try {
                exit = MigrationsCommand.run(o, e, args);
            } finally {
                System.setOut(systemOut);
                System.setErr(systemErr);
            }
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                logs.toString(StandardCharsets.UTF_8));
    }

    /** Copies to a buffer and on to the real stream, so that logs still show in the build output. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }

    // ---------------------------------------------------------------- assertions

    /**
     * The run failed with {@code exit}, its standard error holds {@code sentence} verbatim, nothing went to
     * standard output, and the password was printed nowhere.
     */
    static void assertFailed(Run run, int exit, String sentence) {
        assertThat(run.err()).as(run.toString()).contains(sentence);
        assertThat(run.exit()).as(run.toString()).isEqualTo(exit);
        assertThat(run.err()).as("stderr starts with 'error: '").startsWith("error: ");
        assertThat(run.err()).as("no stack trace without --verbose").doesNotContain("\tat ");
        assertNoPassword(run);
    }

    /** Fails unless a {@code hint: } line of standard error contains {@code advice}. */
    static void assertHint(Run run, String advice) {
        assertThat(run.err().lines().filter(line -> line.startsWith("hint: ")))
                .as(run.toString()).anySatisfy(line -> assertThat(line).contains(advice));
    }

    static void assertNoPassword(Run run) {
        assertThat(run.all()).as("the password must never be printed").doesNotContain(PASSWORD);
    }

    /** Fails unless the database is exactly as in {@code before}. */
    void assertUnchanged(CatalogSnapshot before) {
        assertThat(snapshot().lines()).as("the database must be unchanged").isEqualTo(before.lines());
    }

    // ---------------------------------------------------------------- files

    Path write(String name, String content) {
        return writeBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path writeBytes(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] read(String name) {
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String readText(String name) {
        return new String(read(name), StandardCharsets.UTF_8);
    }

    void delete(String name) {
        try {
            Files.delete(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard small directory: two tables, one row, hashed. */
    void twoFiles() {
        write("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n");
        write("2_seed.sql", "INSERT INTO users VALUES (1, 'ada@example.com');\n");
        hash();
    }

    // ---------------------------------------------------------------- database

    CatalogSnapshot snapshot() {
        try (Connection c = db.connect()) {
            return CatalogSnapshot.of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("snapshot failed: " + e.getMessage(), e);
        }
    }

    void sql(String... statements) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of every row, as text. */
    List<String> query(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return rows;
    }
}
