package dev.migrations.sql.migration;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes UTF-8 strictly and, for bad input, says where: line, column and the offending byte. */
final class StrictUtf8 {

    /** Where the first invalid byte is; line and column (in bytes) are 1-based. */
    record Invalid(int line, int column, int offendingByte) {
    }

    private StrictUtf8() {
    }

    /** @return the text, or empty when {@code bytes} is not valid UTF-8 (then ask {@link #firstInvalid}) */
    static Optional<String> decode(byte[] bytes) {
        if (isAscii(bytes)) {
            // ASCII is valid UTF-8 and reads the same in Latin-1, which Java decodes with a plain copy
            return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        CharBuffer out = CharBuffer.allocate(bytes.length);
        return decodeInto(ByteBuffer.wrap(bytes), out) ? Optional.of(out.flip().toString()) : Optional.empty();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Locates the first invalid byte of input that {@link #decode} rejected. */
    static Invalid firstInvalid(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (decodeInto(in, CharBuffer.allocate(bytes.length))) {
            throw new IllegalArgumentException("the input is valid UTF-8");
        }
        int offset = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Invalid(line, offset - lineStart + 1, bytes[offset] & 0xFF);
    }

    private static boolean decodeInto(ByteBuffer in, CharBuffer out) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return false;
        }
        return !decoder.flush(out).isError();
    }
}
