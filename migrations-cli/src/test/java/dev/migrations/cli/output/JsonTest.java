package dev.migrations.cli.output;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    enum Colour { RED }

    @Test
    void scalars() {
        assertThat(Json.write(null)).isEqualTo("null");
        assertThat(Json.write(true)).isEqualTo("true");
        assertThat(Json.write(42)).isEqualTo("42");
        assertThat(Json.write(-7L)).isEqualTo("-7");
        assertThat(Json.write(1.5)).isEqualTo("1.5");
        assertThat(Json.write("text")).isEqualTo("\"text\"");
        assertThat(Json.write(Colour.RED)).isEqualTo("\"RED\"");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.write("a\"b\\c\nd\re\tf\bg\fh\u0001i\u2028"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u2028\"");
    }

    @Test
    void keepsNonAsciiText() {
        assertThat(Json.write("vilkårsvurdering")).isEqualTo("\"vilkårsvurdering\"");
    }

    @Test
    void nestedObjectsAndArraysInOrder() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("status", "FAILED");
        object.put("errors", List.of(Map.of("line", 3), Arrays.asList(1, null)));
        object.put("empty", Map.of());

        assertThat(Json.write(object)).isEqualTo("{\"status\":\"FAILED\",\"errors\":[{\"line\":3},[1,null]],\"empty\":{}}");
    }

    @Test
    void rejectsWhatJsonCannotHold() {
        assertThatThrownBy(() -> Json.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
