package dev.migrations.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes JSON text for command output with Jackson: {@code null}, booleans, numbers, strings, enums (by name), maps
 * (in iteration order), iterables and records (components in declaration order). Non-ASCII text is written as is;
 * control characters and U+2028/U+2029 (line breaks to JavaScript) are escaped.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new LineSeparatorEscapes());
    }

    private Json() {
    }

    /**
     * @throws IllegalArgumentException for a value Jackson cannot write as JSON, or a non-finite number
     */
    public static String write(Object value) {
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Jackson's standard escapes, plus U+2028 and U+2029. */
    private static final class LineSeparatorEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
