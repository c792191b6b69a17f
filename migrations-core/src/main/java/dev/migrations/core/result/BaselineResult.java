package dev.migrations.core.result;

/**
 * What {@code baseline(version)} recorded.
 *
 * @param schema  the adopted schema
 * @param version the baseline version: files up to it count as applied
 * @param file    the directory file of that version, relative to the directory
 */
public record BaselineResult(String schema, String version, String file) {
}
