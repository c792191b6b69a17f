package dev.migrations.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the PostgreSQL server for this JVM: external, container or embedded, in that order. */
final class ServerSelection {

    /** Environment variable naming an external server (JDBC URL or {@code postgres://} URI). */
    static final String EXTERNAL_URL_ENV = "MIGRATIONS_TEST_URL";
    /** System property with the PostgreSQL version (binaries BOM version, e.g. 17.7.0) the suite runs on. */
    static final String VERSION_PROPERTY = "migrations.test.postgres.version";

    private static final Logger LOG = LoggerFactory.getLogger(ServerSelection.class);

    private ServerSelection() {
    }

    static PostgresServer start() {
        PostgresServer server;
        String external = System.getenv(EXTERNAL_URL_ENV);
        if (external != null && !external.isBlank()) {
            server = ExternalServer.parse(external);
        } else if (dockerLikelyPresent() && ContainerServer.dockerAnswers()) {
            server = ContainerServer.start(majorVersion());
        } else {
            server = EmbeddedServer.start();
        }
        LOG.info("tests run on PostgreSQL: {}", server.description());
        return server;
    }

    /** The PostgreSQL major asked for by the build (17 unless a profile says otherwise). */
    static String majorVersion() {
        String version = System.getProperty(VERSION_PROPERTY, "17");
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    private static boolean dockerLikelyPresent() {
        String host = System.getenv("DOCKER_HOST");
        return (host != null && !host.isBlank()) || Files.exists(Path.of("/var/run/docker.sock"));
    }
}
