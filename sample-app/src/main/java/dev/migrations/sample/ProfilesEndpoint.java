package dev.migrations.sample;

import com.sun.net.httpserver.HttpExchange;
import java.sql.SQLException;

/** {@code GET /profiles}: every profile, as a JSON array. */
final class ProfilesEndpoint extends JsonEndpoint {

    private final ProfileRepository profiles;

    ProfilesEndpoint(ProfileRepository profiles) {
        super("/profiles", "GET");
        this.profiles = profiles;
    }

    @Override
    JsonResponse respond(HttpExchange exchange) throws SQLException {
        return JsonResponse.ok(JsonWriter.array(profiles.findAll().stream().map(Profile::toJson).toList()));
    }
}
