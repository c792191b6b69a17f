package dev.migrations.core.result;

import java.util.List;

/**
 * What {@code set(version)} changed.
 *
 * @param schema          the target schema
 * @param version         the version the schema is now recorded at
 * @param changedVersions versions whose records changed: marked applied (up to {@code version}) or forgotten (above
 *                        it), in that order
 */
public record SetResult(String schema, String version, List<String> changedVersions) {

    public SetResult {
        changedVersions = List.copyOf(changedVersions);
    }
}
