package dev.migrations.core.result;

import dev.migrations.core.takeover.ForeignTool;
import java.util.List;
import java.util.Optional;

/**
 * A first run's takeover of a database another tool migrated: that tool's history, read and checked against the
 * directory, recorded in the revisions table (and the journal) as applied. The other tool's table is left as it
 * was.
 *
 * @param tool     the tool whose history was read
 * @param table    its history table, {@code "schema"."table"}
 * @param files    the directory files the history counts as applied, in directory order (those covered by a
 *                 baseline of the other tool included)
 * @param baseline the other tool's baseline version, when its history starts with one
 * @param version  the version the history is at
 */
public record Takeover(ForeignTool tool, String table, List<String> files, Optional<String> baseline,
        String version) {

    public Takeover {
        files = List.copyOf(files);
    }

    /** How many versions (directory files) were taken over as applied. */
    public int versions() {
        return files.size();
    }
}
