package dev.migrations.sql.sum;

import java.util.Objects;

/**
 * One file line of {@code atlas.sum}.
 *
 * @param name the file name as Atlas hashes it ('/'-separated, relative to the directory)
 * @param hash the base64 running hash after this file, without the {@code h1:} prefix
 */
public record SumEntry(String name, String hash) {

    public SumEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
    }
}
