package dev.migrations.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The part of a goose migration that applies: the lines between {@code -- +goose Up} and {@code -- +goose Down}
 * (or the end). Bytes are kept as they are, CRLF line endings included; the goose marker lines themselves are
 * dropped, {@code StatementBegin/End} lines are kept (they are SQL comments).
 */
final class GooseUpSection {

    private static final Pattern UP = Pattern.compile("^--\\s*\\+goose\\s+up\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOWN = Pattern.compile("^--\\s*\\+goose\\s+down\\b.*", Pattern.CASE_INSENSITIVE);

    private GooseUpSection() {
    }

    /**
     * @throws IllegalArgumentException when the file has no {@code -- +goose Up} line
     */
    static byte[] of(String name, byte[] file) {
        ByteArrayOutputStream up = new ByteArrayOutputStream(file.length);
        boolean inUp = false;
        boolean sawUp = false;
        int start = 0;
        while (start < file.length) {
            int end = start;
            while (end < file.length && file[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, file.length);
            String line = new String(file, start, end - start, StandardCharsets.UTF_8).strip();
            if (UP.matcher(line).matches()) {
                inUp = true;
                sawUp = true;
            } else if (DOWN.matcher(line).matches()) {
                inUp = false;
            } else if (inUp) {
                up.write(file, start, next - start);
            }
            start = next;
        }
        if (!sawUp) {
            throw new IllegalArgumentException(name + " has no '-- +goose Up' line");
        }
        return up.toByteArray();
    }
}
