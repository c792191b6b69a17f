package dev.migrations.sql.migration;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.version.Version;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration file, checked and ready to apply.
 *
 * <p>The content array is shared, not copied: do not modify it.
 *
 * @param version     the parsed version; {@code null} for a {@link MigrationKind#REPEATABLE} file
 * @param versionText the version as written in the file name, as Atlas reads it ({@code 20240101120000};
 *                    Flyway {@code V1_2__x.sql} gives {@code 1_2} while {@code version} is {@code 1.2});
 *                    "" for a repeatable file
 * @param description the description from the file name, as Atlas reads it ({@code add_users})
 * @param kind        versioned, baseline or repeatable
 * @param release     the release folder in a release root, "" otherwise
 * @param name        the file name relative to its directory, as in {@code atlas.sum}
 * @param content     the raw bytes
 * @param hash        this file's {@code atlas.sum} entry without {@code h1:}; "" for an {@code atlas:sum ignore}
 *                    file
 * @param directives  the file's directives
 * @param format      the layout the file was read in: it decides which part of the file runs, and how
 * @param scriptConfig the file's Flyway script configuration ({@code <name>.conf}), if it has one; not covered by
 *                    {@code atlas.sum}
 */
public record Migration(Version version, String versionText, String description, MigrationKind kind, String release,
                        String name, byte[] content, String hash, Directives directives, DirectoryFormat format,
                        Optional<FlywayScriptConfig> scriptConfig) {

    /** How the key of a repeatable file starts: {@code R__views} for {@code R__views.sql}. */
    public static final String REPEATABLE_KEY_PREFIX = "R__";

    private static final int BYTE_ORDER_MARK_LENGTH = 3;

    public Migration {
        Objects.requireNonNull(versionText, "versionText");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(directives, "directives");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(scriptConfig, "scriptConfig");
        if ((version == null) != (kind == MigrationKind.REPEATABLE)) {
            throw new IllegalArgumentException(name + ": a " + kind + " migration "
                    + (version == null ? "needs a version" : "has no version"));
        }
    }

    /** A migration without a script configuration file. */
    public Migration(Version version, String versionText, String description, MigrationKind kind, String release,
                     String name, byte[] content, String hash, Directives directives, DirectoryFormat format) {
        this(version, versionText, description, kind, release, name, content, hash, directives, format,
                Optional.empty());
    }

    /**
     * The file's key in the database's records (the revisions table's {@code version} column): the version text for
     * a versioned or baseline file; {@code R__<description>} for a repeatable file, which has no version and is
     * known by its description as Flyway knows it ({@code R__views} for {@code R__views.sql} in any folder). Keys
     * never collide: versions are digits, and repeatable descriptions are unique in a directory.
     */
    public String revisionKey() {
        return kind == MigrationKind.REPEATABLE ? REPEATABLE_KEY_PREFIX + description : versionText;
    }

    /** Whether a recorded key ({@link #revisionKey()}) is the key of a repeatable file. */
    public static boolean isRepeatableKey(String key) {
        return key.startsWith(REPEATABLE_KEY_PREFIX);
    }

    /** How messages name the file: {@code V2__users.sql (version 2)}, {@code R__views.sql (repeatable)}. */
    public String label() {
        return path() + (kind == MigrationKind.REPEATABLE ? " (repeatable)" : " (version " + versionText + ")");
    }

    /** The file's path relative to the location: {@code name}, prefixed by {@code release/} in a release root. */
    public String path() {
        return release.isEmpty() ? name : release + "/" + name;
    }

    /** The content as text, a leading byte order mark removed. The loader checked that it is valid UTF-8. */
    public String sql() {
        int start = hasByteOrderMark() ? BYTE_ORDER_MARK_LENGTH : 0;
        return new String(content, start, content.length - start, StandardCharsets.UTF_8);
    }

    private boolean hasByteOrderMark() {
        return content.length >= BYTE_ORDER_MARK_LENGTH && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    /** The first 4 bytes of SHA-256 of the content, big-endian: a 32-bit checksum for Flyway's history table. */
    public int checksum32() {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(content)).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Migration that
                && Objects.equals(version, that.version) && versionText.equals(that.versionText)
                && description.equals(that.description) && kind == that.kind && release.equals(that.release)
                && name.equals(that.name) && Arrays.equals(content, that.content) && hash.equals(that.hash)
                && directives.equals(that.directives) && format == that.format
                && scriptConfig.equals(that.scriptConfig);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versionText, kind, release, name, hash);
    }

    @Override
    public String toString() {
        return path() + " (" + kind.name().toLowerCase(Locale.ROOT)
                + (version == null ? "" : " " + version) + ")";
    }
}
