package dev.migrations.core.internal.takeover;

import java.util.zip.CRC32;

/**
 * The checksum Flyway records for a SQL migration: one CRC32 fed every line of the UTF-8 text without its line
 * terminator ({@code \n}, {@code \r\n} or {@code \r}), a leading byte order mark removed, stored as a signed int.
 * Line endings therefore do not change it. Computed here from the file's bytes, so that no Flyway-internal class
 * is needed.
 */
final class FlywayChecksum {

    private FlywayChecksum() {
    }

    /**
     * @param content the file, valid UTF-8 (the directory loader checked it)
     */
    static int of(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CRC32 crc = new CRC32();
        // feeding the lines one after another equals feeding the text without its CR and LF bytes, which UTF-8
        // never uses inside a multi-byte character
        int runStart = start;
        for (int i = start; i < content.length; i++) {
            if (content[i] == '\n' || content[i] == '\r') {
                crc.update(content, runStart, i - runStart);
                runStart = i + 1;
            }
        }
        crc.update(content, runStart, content.length - runStart);
        return (int) crc.getValue();
    }
}
