package dev.migrations.sample;

/**
 * An HTTP response with a JSON body.
 *
 * @param status the HTTP status
 * @param body   JSON text
 */
record JsonResponse(int status, String body) {

    /** 200 with {@code body}. */
    static JsonResponse ok(String body) {
        return new JsonResponse(200, body);
    }

    /** {@code status} with {@code {"error": message}}. */
    static JsonResponse error(int status, String message) {
        return new JsonResponse(status, new JsonWriter().field("error", message).toString());
    }
}
