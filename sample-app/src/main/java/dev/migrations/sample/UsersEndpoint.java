package dev.migrations.sample;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * {@code POST /users} with {@code {"email":"...","name":"..."}} (or the same as a form): creates the user and answers
 * 201 with the profile the trigger made for it; 409 when the email is taken.
 */
final class UsersEndpoint extends JsonEndpoint {

    private static final int MAX_BODY = 16 * 1024;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";

    private final ProfileRepository profiles;

    UsersEndpoint(ProfileRepository profiles) {
        super("/users", "POST");
        this.profiles = profiles;
    }

    @Override
    JsonResponse respond(HttpExchange exchange) throws IOException, SQLException {
        NewUser user = NewUser.of(RequestFields.parse(exchange.getRequestHeaders().getFirst("Content-Type"),
                body(exchange)));
        try {
            return new JsonResponse(201, profiles.createUser(user).toJson());
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return JsonResponse.error(409, "a user with email " + user.email() + " already exists");
            }
            if (CHECK_VIOLATION.equals(e.getSQLState())) {
                return JsonResponse.error(400, "'" + user.email() + "' is not an email address");
            }
            throw e;
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IllegalArgumentException("request body larger than " + MAX_BODY + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
