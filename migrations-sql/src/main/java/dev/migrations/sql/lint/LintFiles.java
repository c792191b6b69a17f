package dev.migrations.sql.lint;

import dev.migrations.sql.migration.TxMode;
import dev.migrations.sql.internal.layout.MigrationScript;
import dev.migrations.sql.internal.layout.MigrationScripts;
import dev.migrations.sql.migration.Migration;

import java.util.List;
import java.util.Map;

/** Reads migrations the way their layout's tool runs them, as {@link LintFile}s. */
public final class LintFiles {

    private LintFiles() {
    }

    /** Every migration, in the order given. */
    public static List<LintFile> of(List<Migration> migrations) {
        return migrations.stream().map(LintFiles::of).toList();
    }

    /**
     * The part of {@code migration} that runs (a goose file's Up section, a dbmate file's {@code migrate:up}
     * section, a whole file otherwise), and whether it runs in a transaction when the run's mode is per file.
     */
    public static LintFile of(Migration migration) {
        MigrationScript script = MigrationScripts.read(migration, Map.of());
        boolean transactional = script.txMode().map(mode -> mode != TxMode.NONE).orElse(true);
        return new LintFile(migration.path(), migration.sql(), script.statements(), transactional,
                noTransaction(migration));
    }

    private static String noTransaction(Migration migration) {
        return switch (migration.format()) {
            case GOOSE -> "-- +goose NO TRANSACTION";
            case DBMATE -> "-- migrate:up transaction:false";
            case FLYWAY -> "-- atlas:txmode none in the file header, or executeInTransaction=false in "
                    + migration.name() + ".conf";
            case GOLANG_MIGRATE, PRISMA -> "a file holding only that statement";
            default -> "-- atlas:txmode none in the file header";
        };
    }
}
