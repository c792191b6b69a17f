package dev.migrations.sample;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of a request body: a JSON object (read by Jackson), or {@code application/x-www-form-urlencoded} pairs.
 * A body that starts with <code>{</code> is JSON whatever the content type says ({@code curl -d} labels everything a
 * form).
 */
@Component
public class RequestFields {

    private final JsonMapper json;

    RequestFields(JsonMapper json) {
        this.json = json;
    }

    /**
     * Parses a body: JSON when it looks like or is labelled JSON, a form otherwise.
     *
     * @throws IllegalArgumentException for a body that cannot be parsed, or a JSON field that is an object or array
     */
    public Map<String, String> parse(String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.isBlank()) {
            throw new IllegalArgumentException("send a JSON object such as {\"email\":\"ann@example.com\","
                    + "\"name\":\"Ann\"} or a form such as email=ann@example.com&name=Ann");
        }
        if (body.stripLeading().startsWith("{") || type.startsWith("application/json")) {
            return jsonObject(body);
        }
        return form(body);
    }

    private Map<String, String> jsonObject(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isContainer()) {
                throw new IllegalArgumentException("field '" + field.getKey() + "' must be a string");
            }
            fields.put(field.getKey(), value.isNull() ? null : value.asString());
        }
        return fields;
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
