package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request bodies and the hand-written JSON on both sides. */
class RequestFieldsTest {

    @Test
    void jsonBodiesAreReadWhateverTheContentTypeSays() {
        String body = " {\"email\": \"ann@example.com\", \"name\": \"Ann \\\"Q\\\" \\u00e9\"}";

        assertThat(RequestFields.parse("application/json", body))
                .containsExactly(Map.entry("email", "ann@example.com"), Map.entry("name", "Ann \"Q\" \u00e9"));
        assertThat(RequestFields.parse("application/x-www-form-urlencoded", body)).containsKey("email");
    }

    @Test
    void formBodiesAreDecoded() {
        assertThat(RequestFields.parse("application/x-www-form-urlencoded", "email=a%40b.c&name=Ann+Lee&x"))
                .containsExactly(Map.entry("email", "a@b.c"), Map.entry("name", "Ann Lee"), Map.entry("x", ""));
    }

    @Test
    void badBodiesAreRefused() {
        assertThatThrownBy(() -> RequestFields.parse("application/json", "")).hasMessageContaining("send a JSON");
        assertThatThrownBy(() -> RequestFields.parse("application/json", "{\"a\": [1]}"))
                .hasMessage("field 'a' must be a string");
        assertThatThrownBy(() -> RequestFields.parse("application/json", "{\"a\": \"b\"} x"))
                .hasMessageContaining("unexpected text after the JSON value");
        assertThatThrownBy(() -> RequestFields.parse("application/json", "[1]"))
                .hasMessage("expected a JSON object");
    }

    @Test
    void whatTheWriterWritesTheReaderReads() {
        String json = JsonWriter.array(List.of(new JsonWriter().field("s", "tab\tquote\"back\\slash\u0001")
                .field("n", 42).field("none", null).toString()));

        assertThat(JsonReader.parse(json)).isEqualTo(List.of(expected()));
    }

    private static Map<String, Object> expected() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("s", "tab\tquote\"back\\slash\u0001");
        object.put("n", new BigDecimal(42));
        object.put("none", null);
        return object;
    }
}
