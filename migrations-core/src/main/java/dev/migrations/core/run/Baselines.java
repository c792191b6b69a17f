package dev.migrations.core.run;

import dev.migrations.core.revision.Revision;
import dev.migrations.sql.plan.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** The two rows that adopt a database at a version: a type-1 revision and the journal's baseline marker. */
final class Baselines {

    private Baselines() {
    }

    static Revision row(Migration file) {
        return new Revision(file.versionText(), file.description(), Revision.BASELINE, 0, 0, Instant.now(), 0, null,
                null, "", null, OperatorVersion.VALUE);
    }

    static void write(Connection c, Target target, Migration file) throws SQLException {
        target.revisions().upsert(c, row(file));
        target.journal().append(c, file.versionText(), "<< Baseline >>", "BASELINE", "<< Baseline >>", null, 0);
    }

    /** The directory file of a baseline version, or an error naming the versions that exist. */
    static Migration require(Target target, String version) {
        return target.find(version).orElseThrow(() -> new dev.migrations.core.check.HistoryConflictException(
                dev.migrations.core.check.HistoryConflictException.Kind.BAD_BASELINE,
                "baseline version " + version + " is not a file of " + target.settings().directory()
                        + ": pick the version of the last file whose changes the database already has ("
                        + describeRange(target) + ")"));
    }

    private static String describeRange(Target target) {
        var all = target.migrations().stream()
                .filter(m -> m.kind() != dev.migrations.sql.plan.MigrationKind.REPEATABLE).toList();
        if (all.isEmpty()) {
            return "the directory has no versioned files";
        }
        return "versions " + all.get(0).versionText() + " to " + all.get(all.size() - 1).versionText();
    }
}
