package dev.migrations.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** A {@code postgres:<major>} container started through Testcontainers. */
final class ContainerServer implements PostgresServer {

    private final PostgreSQLContainer<?> container;
    private final String image;

    private ContainerServer(PostgreSQLContainer<?> container, String image) {
        this.container = container;
        this.image = image;
    }

    static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainerServer start(String major) {
        String image = "postgres:" + major;
        PostgreSQLContainer<?> c = new PostgreSQLContainer<>(DockerImageName.parse(image))
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        c.start();
        return new ContainerServer(c, image);
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
    }

    @Override
    public String user() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public String adminDatabase() {
        return container.getDatabaseName();
    }

    @Override
    public String description() {
        return "container " + image;
    }

    @Override
    public void close() {
        container.stop();
    }
}
