package dev.migrations.core.result;

import dev.migrations.core.result.ForeignTool;
import java.util.List;
import java.util.Optional;

/**
 * A first run's takeover of a database another tool migrated: that tool's history, read and checked against the
 * directory, recorded in the revisions table (and the journal) as applied. The other tool's table is left as it
 * was.
 *
 * @param tool               the tool whose history was read
 * @param table              its history table, {@code "schema"."table"}
 * @param files              the directory files the history counts as applied, in directory order (those covered by
 *                           a baseline of the other tool included, and Flyway repeatable files Flyway applied with
 *                           their present content)
 * @param baseline           the other tool's baseline version, when its history starts with one
 * @param version            the version the history is at
 * @param repeatables        the Flyway repeatable files among {@code files}: Flyway's latest run of each has the
 *                           file's present checksum, so they do not run again
 * @param changedRepeatables Flyway repeatable files Flyway applied with other content (edited since): not taken
 *                           over, so they run again, as Flyway would run them; in directory order
 */
public record Takeover(ForeignTool tool, String table, List<String> files, Optional<String> baseline,
        String version, List<String> repeatables, List<String> changedRepeatables) {

    public Takeover {
        files = List.copyOf(files);
        repeatables = List.copyOf(repeatables);
        changedRepeatables = List.copyOf(changedRepeatables);
    }

    /** A takeover of versioned files only. */
    public Takeover(ForeignTool tool, String table, List<String> files, Optional<String> baseline, String version) {
        this(tool, table, files, baseline, version, List.of(), List.of());
    }

    /** How many versions (versioned directory files) were taken over as applied; repeatable files not counted. */
    public int versions() {
        return files.size() - repeatables.size();
    }
}
