package dev.migrations.core.internal.run;

import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.sql.migration.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** The two rows that adopt a database at a version: a type-1 revision and the journal's baseline marker. */
public final class Baselines {

    private Baselines() {
    }

    public static Revision row(Migration file) {
        return new Revision(file.versionText(), file.description(), Revision.BASELINE, 0, 0, Instant.now(), 0, null,
                null, "", null, OperatorVersion.VALUE);
    }

    public static void write(Connection c, RunContext target, Migration file) throws SQLException {
        target.revisions().upsert(c, row(file));
        target.journal().append(c, file.versionText(), "<< Baseline >>", "BASELINE", "<< Baseline >>", null, 0);
    }

    /** The directory file of a baseline version, or an error naming the versions that exist. */
    public static Migration require(RunContext target, String version) {
        return target.find(version).orElseThrow(() -> new dev.migrations.core.error.HistoryConflictException(
                dev.migrations.error.ErrorKind.BAD_BASELINE, target.settings().schema(), java.util.List.of(),
                java.util.List.of(version), "baseline version " + version + " is not a file of " + target.settings().directory()
                        + ": pick the version of the last file whose changes the database already has ("
                        + describeRange(target) + ")"));
    }

    private static String describeRange(RunContext target) {
        var all = target.migrations().stream()
                .filter(m -> m.kind() != dev.migrations.sql.migration.MigrationKind.REPEATABLE).toList();
        if (all.isEmpty()) {
            return "the directory has no versioned files";
        }
        return "versions " + all.get(0).versionText() + " to " + all.get(all.size() - 1).versionText();
    }
}
