package dev.migrations.maven.it;

import dev.migrations.testing.PostgresServer;
import dev.migrations.testing.TestPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The PostgreSQL the plugin's integration tests (src/it) run against, started by the build before the invoker runs
 * them (pre-integration-test) and stopped after (post-integration-test).
 *
 * <p>Arguments: a work folder, the src/it folder, a login role and its password. It starts the server the way every
 * test of this project gets one ({@link TestPostgres}: embedded unless {@code MIGRATIONS_TEST_URL} names a server),
 * creates the role and an empty database {@code it_<case>} owned by it for every IT case, makes the embedded server
 * check that role's password, and writes {@code server.properties} ({@code migrations.it.url},
 * {@code migrations.it.jdbc}, ...) and then the file {@code ready}, or {@code failed} (see {@code server.log}).
 *
 * <p>It stops the server and writes {@code stopped} when the file {@code stop} appears, when the process that
 * started it (the Maven build) ends, or after an hour, whichever comes first.
 */
public final class ItPostgres {

    private static final Duration MAX_LIFETIME = Duration.ofHours(1);

    private ItPostgres() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path its = Path.of(args[1]);
        String role = args[2];
        String rolePassword = args[3];
        Files.createDirectories(work);
        PrintStream log = new PrintStream(Files.newOutputStream(work.resolve("server.log")), true,
                StandardCharsets.UTF_8);
        System.setOut(log);
        System.setErr(log);
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        PostgresServer server;
        try {
            server = TestPostgres.server();
            List<String> databases = prepare(server, its, role, rolePassword);
            writeProperties(work, server, databases);
            Files.writeString(work.resolve("ready"), Instant.now().toString());
            log.println("ready: " + server.description() + "; databases " + databases);
        } catch (Throwable t) {
            t.printStackTrace(log);
            Files.writeString(work.resolve("failed"), String.valueOf(t));
            Runtime.getRuntime().halt(1);
            return;
        }
        Instant deadline = Instant.now().plus(MAX_LIFETIME);
        while (!Files.exists(work.resolve("stop")) && parent.map(ProcessHandle::isAlive).orElse(true)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        log.println("stopping (" + (Files.exists(work.resolve("stop")) ? "asked to"
                : Instant.now().isBefore(deadline) ? "the build ended" : "an hour passed") + ")");
        int status = 0;
        try {
            server.close();
        } catch (RuntimeException e) {
            e.printStackTrace(log);
            status = 1;
        }
        Files.writeString(work.resolve("stopped"), Instant.now().toString());
        log.flush();
        // the server is closed: skip TestPostgres's shutdown hook, which would close it again
        Runtime.getRuntime().halt(status);
    }

    /** Creates the role and a database per IT case; returns the database names. */
    private static List<String> prepare(PostgresServer server, Path its, String role, String rolePassword)
            throws SQLException, IOException {
        List<String> databases = new ArrayList<>();
        try (Stream<Path> cases = Files.list(its)) {
            cases.filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).sorted()
                    .forEach(p -> databases.add(databaseName(p.getFileName().toString())));
        }
        try (Connection c = server.adminConnection(); Statement st = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = " + literal(role))) {
                exists = rs.next();
            }
            st.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + identifier(role) + " LOGIN PASSWORD "
                    + literal(rolePassword));
            for (String db : databases) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = " + literal(db)
                        + " AND pid <> pg_backend_pid()");
                st.execute("DROP DATABASE IF EXISTS " + identifier(db));
                st.execute("CREATE DATABASE " + identifier(db) + " OWNER " + identifier(role));
            }
            if (requirePassword(st, role)) {
                refuseWrongPassword(server, role, databases.get(0));
            }
        }
        return databases;
    }

    /**
     * Makes a server whose configuration files are on this machine (the embedded one) ask {@code role} for its
     * password over TCP, so a wrong or undecrypted password fails; other servers are left as they are.
     */
    private static boolean requirePassword(Statement st, String role) throws SQLException, IOException {
        Path hba;
        try (ResultSet rs = st.executeQuery("SHOW hba_file")) {
            rs.next();
            hba = Path.of(rs.getString(1));
        }
        if (!Files.isWritable(hba)) {
            System.out.println("pg_hba.conf not writable here (" + hba + "): " + role + "'s password is not checked");
            return false;
        }
        String rules = "host all " + role + " 127.0.0.1/32 md5\nhost all " + role + " ::1/128 md5\n";
        Files.writeString(hba, rules + Files.readString(hba));
        st.execute("SELECT pg_reload_conf()");
        System.out.println("pg_hba.conf: " + role + " logs in with its password");
        return true;
    }

    /** Checks that the server now turns {@code role} away without its password, as the settings.xml case needs. */
    private static void refuseWrongPassword(PostgresServer server, String role, String database) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", role);
        login.setProperty("password", "not-" + role + "-password");
        Connection c;
        try {
            c = new org.postgresql.Driver().connect(server.jdbcUrl(database), login);
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) {
                return;
            }
            throw e;
        }
        c.close();
        throw new IllegalStateException("the server let " + role + " in with a wrong password: pg_hba.conf did not"
                + " take effect");
    }

    private static void writeProperties(Path work, PostgresServer server, List<String> databases) throws IOException {
        String userInfo = encode(server.user()) + (server.password().isEmpty() ? "" : ":" + encode(server.password()));
        Properties p = new Properties();
        p.setProperty("migrations.it.url", "postgres://" + userInfo + "@" + server.host() + ":" + server.port());
        p.setProperty("migrations.it.jdbc", "jdbc:postgresql://" + server.host() + ":" + server.port());
        p.setProperty("migrations.it.host", server.host());
        p.setProperty("migrations.it.port", String.valueOf(server.port()));
        p.setProperty("migrations.it.adminUser", server.user());
        p.setProperty("migrations.it.adminPassword", server.password());
        p.setProperty("migrations.it.databases", String.join(",", databases));
        Path temporary = work.resolve("server.properties.tmp");
        try (var out = Files.newOutputStream(temporary)) {
            p.store(out, "PostgreSQL for the integration tests: " + server.description());
        }
        Files.move(temporary, work.resolve("server.properties"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** {@code it_<case>}: the database of an IT case, e.g. {@code it_dry_run_status} for {@code dry-run-status}. */
    static String databaseName(String itCase) {
        return "it_" + itCase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
