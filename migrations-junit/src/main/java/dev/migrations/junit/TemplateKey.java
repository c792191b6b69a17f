package dev.migrations.junit;

import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.LoadedDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a template database: SHA-256 over the resolved directory format, the target schema, and every
 * migration of the loaded directory (its path, kind and bytes, and its Flyway script configuration, which
 * {@code atlas.sum} does not cover). Two setups with the same key would migrate to the same database, so they share
 * one template, whatever directory string named the files.
 */
final class TemplateKey {

    private TemplateKey() {
    }

    static String of(LoadedDirectory plan, String schema) {
        MessageDigest sha = sha256();
        text(sha, "format", plan.root().format().name());
        text(sha, "schema", schema);
        for (Migration m : plan.migrations()) {
            text(sha, "file", m.kind() + " " + m.path() + " " + m.content().length);
            sha.update(m.content());
            text(sha, "config", m.scriptConfig().map(Object::toString).orElse(""));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void text(MessageDigest sha, String label, String value) {
        sha.update((label + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
