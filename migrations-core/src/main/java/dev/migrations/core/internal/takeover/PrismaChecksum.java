package dev.migrations.core.internal.takeover;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Prisma Migrate's checksum of a {@code migration.sql}: SHA-256 of the file, lower-case hex. Like Prisma, a recorded
 * checksum also matches the file with its {@code \r\n} turned into {@code \n} or its {@code \n} turned into
 * {@code \r\n} (git may change line endings between machines), and a checksum of other than 64 characters is read
 * the way an old Prisma wrote it (bytes in hex without zero padding).
 */
final class PrismaChecksum {

    private static final int HEX_LENGTH = 64;

    private PrismaChecksum() {
    }

    /** The checksum Prisma writes for this content. */
    static String of(byte[] content) {
        return hex(sha256(content), true);
    }

    /** Whether a recorded checksum matches the content as Prisma decides it. */
    static boolean matches(byte[] content, String recorded) {
        boolean padded = recorded.isEmpty() || recorded.length() == HEX_LENGTH;
        return recorded.equals(hex(sha256(content), padded))
                || recorded.equals(hex(sha256(replace(content, new byte[] {'\r', '\n'}, new byte[] {'\n'})), padded))
                || recorded.equals(hex(sha256(replace(content, new byte[] {'\n'}, new byte[] {'\r', '\n'})), padded));
    }

    private static byte[] replace(byte[] content, byte[] from, byte[] to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + content.length / 16);
        int i = 0;
        while (i < content.length) {
            if (startsAt(content, i, from)) {
                out.write(to, 0, to.length);
                i += from.length;
            } else {
                out.write(content[i]);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static boolean startsAt(byte[] content, int at, byte[] part) {
        if (at + part.length > content.length) {
            return false;
        }
        for (int j = 0; j < part.length; j++) {
            if (content[at + j] != part[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String hex(byte[] digest, boolean padded) {
        StringBuilder s = new StringBuilder(HEX_LENGTH);
        for (byte b : digest) {
            String h = Integer.toHexString(b & 0xFF);
            if (padded && h.length() == 1) {
                s.append('0');
            }
            s.append(h);
        }
        return s.toString();
    }
}
