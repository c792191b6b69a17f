package dev.migrations.sample;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a request body: a JSON object, or {@code application/x-www-form-urlencoded} pairs. A body that
 * starts with <code>{</code> is JSON whatever the content type says ({@code curl -d} labels everything a form).
 */
final class RequestFields {

    private RequestFields() {
    }

    /**
     * Parses a body: JSON when it looks like or is labelled JSON, a form otherwise.
     *
     * @throws IllegalArgumentException for a body that cannot be parsed
     */
    static Map<String, String> parse(String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.isBlank()) {
            throw new IllegalArgumentException("send a JSON object such as {\"email\":\"ann@example.com\","
                    + "\"name\":\"Ann\"} or a form such as email=ann@example.com&name=Ann");
        }
        if (body.stripLeading().startsWith("{") || type.startsWith("application/json")) {
            return JsonReader.parseFlatObject(body);
        }
        return form(body);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                fields.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        return fields;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
