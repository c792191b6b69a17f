package dev.migrations.sample;

import java.util.List;

/** Writes one flat JSON object, field by field; {@link #array(List)} joins objects already written. */
final class JsonWriter {

    private final StringBuilder json = new StringBuilder("{");

    /** Adds a string field; {@code null} is written as JSON null. */
    JsonWriter field(String name, String value) {
        return name(name).append(value == null ? "null" : quote(value));
    }

    /** Adds a number field. */
    JsonWriter field(String name, long value) {
        return name(name).append(Long.toString(value));
    }

    /** The object. */
    @Override
    public String toString() {
        return json + "}";
    }

    /** A JSON array of JSON values. */
    static String array(List<String> values) {
        return "[" + String.join(",", values) + "]";
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private JsonWriter append(String text) {
        json.append(text);
        return this;
    }

    private JsonWriter name(String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        json.append(quote(name)).append(':');
        return this;
    }
}
