package dev.migrations.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One path of the API answering one method with JSON; wrong paths get 404, wrong methods 405, bad input 400 and
 * database failures 503, all as {@code {"error": ...}}.
 */
abstract class JsonEndpoint implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonEndpoint.class);

    private final String path;
    private final String method;

    JsonEndpoint(String path, String method) {
        this.path = path;
        this.method = method;
    }

    /** The path this endpoint serves. */
    final String path() {
        return path;
    }

    /**
     * Answers a request for this path and method.
     *
     * @throws IllegalArgumentException for bad input (400)
     * @throws SQLException             when the database fails (503)
     */
    abstract JsonResponse respond(HttpExchange exchange) throws IOException, SQLException;

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonResponse response;
            if (!exchange.getRequestURI().getPath().equals(path)) {
                response = JsonResponse.error(404, "no such path: " + exchange.getRequestURI().getPath());
            } else if (!exchange.getRequestMethod().equals(method)) {
                exchange.getResponseHeaders().set("Allow", method);
                response = JsonResponse.error(405, "use " + method + " " + path);
            } else {
                response = respondSafely(exchange);
            }
            send(exchange, response);
        }
    }

    private JsonResponse respondSafely(HttpExchange exchange) {
        try {
            return respond(exchange);
        } catch (IllegalArgumentException e) {
            return JsonResponse.error(400, e.getMessage());
        } catch (SQLException e) {
            LOG.warn("{} {} failed: {}", method, path, e.getMessage());
            return JsonResponse.error(503, "database unavailable: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("{} {} failed", method, path, e);
            return JsonResponse.error(500, "internal error");
        }
    }

    /** Writes a response. */
    static void send(HttpExchange exchange, JsonResponse response) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
