package dev.migrations.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** The HTTP API on the JDK's built-in server: {@code GET /health}, {@code GET /profiles}, {@code POST /users}. */
final class HttpApi implements AutoCloseable {

    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on {@code port} (0: any free port), all interfaces. */
    static HttpApi start(int port, DataSource dataSource) throws IOException {
        ProfileRepository profiles = new ProfileRepository(dataSource);
        List<JsonEndpoint> endpoints = List.of(new HealthEndpoint(new RevisionsQuery(dataSource)),
                new ProfilesEndpoint(profiles), new UsersEndpoint(profiles));
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (BindException e) {
            throw new BindException("port " + port + " is in use (" + e.getMessage() + "); set PORT to a free one");
        }
        endpoints.forEach(endpoint -> server.createContext(endpoint.path(), endpoint));
        server.createContext("/", new NotFound());
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new HttpApi(server, executor);
    }

    /** The port served. */
    int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting requests, letting running ones finish for up to a second. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }

    /** Any path without an endpoint. */
    private static final class NotFound implements HttpHandler {

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                JsonEndpoint.send(exchange, JsonResponse.error(404, "no such path: "
                        + exchange.getRequestURI().getPath() + "; try GET /health, GET /profiles or POST /users"));
            }
        }
    }
}
