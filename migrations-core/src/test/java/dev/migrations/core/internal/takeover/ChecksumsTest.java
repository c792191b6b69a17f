package dev.migrations.core.internal.takeover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The checksums of other tools, computed without their code. */
class ChecksumsTest {

    @Test
    void flywaysChecksumIgnoresLineEndingsAndTheByteOrderMark() {
        int lf = FlywayChecksum.of(bytes("SELECT 1;\nSELECT 2;\n"));
        CRC32 crc = new CRC32();
        crc.update(bytes("SELECT 1;"));
        crc.update(bytes("SELECT 2;"));

        assertThat(lf).isEqualTo((int) crc.getValue());
        assertThat(FlywayChecksum.of(bytes("SELECT 1;\r\nSELECT 2;\r\n"))).isEqualTo(lf);
        assertThat(FlywayChecksum.of(bytes("SELECT 1;\rSELECT 2;"))).isEqualTo(lf);
        assertThat(FlywayChecksum.of(bytes("\uFEFFSELECT 1;\nSELECT 2;"))).isEqualTo(lf);
        assertThat(FlywayChecksum.of(bytes("SELECT 1; SELECT 2;"))).isNotEqualTo(lf);
    }

    @Test
    void prismasChecksumAcceptsTheOtherLineEndingsAndUnpaddedOldChecksums() throws Exception {
        String lf = PrismaChecksum.of(bytes("ab\ncd\n"));
        String crlf = PrismaChecksum.of(bytes("ab\r\ncd\r\n"));

        assertThat(PrismaChecksum.of(bytes("hello")))
                .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(PrismaChecksum.matches(bytes("ab\ncd\n"), lf)).isTrue();
        assertThat(PrismaChecksum.matches(bytes("ab\ncd\n"), crlf)).isTrue();
        assertThat(PrismaChecksum.matches(bytes("ab\r\ncd\r\n"), lf)).isTrue();
        assertThat(PrismaChecksum.matches(bytes("ab\ncd"), lf)).isFalse();
        // "hello" hashes to bytes such as 0x0e: an old Prisma wrote them without the leading zero
        StringBuilder unpadded = new StringBuilder();
        for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes("hello"))) {
            unpadded.append(Integer.toHexString(b & 0xFF));
        }
        assertThat(unpadded.length()).isLessThan(64);
        assertThat(PrismaChecksum.matches(bytes("hello"), unpadded.toString())).isTrue();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
