package dev.migrations.sql.internal.layout;

import dev.migrations.sql.migration.FlywayScriptConfig;
import dev.migrations.error.LayoutException;
import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.error.SqlSyntaxException;
import dev.migrations.sql.internal.analysis.StatementSplitter;
import dev.migrations.sql.internal.analysis.TransactionRules;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.migration.TxMode;
import dev.migrations.sql.migration.Migration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a migration file the way its layout's tool reads it. */
public final class MigrationScripts {

    private MigrationScripts() {
    }

    /**
     * The load-time check of a file's annotations, before any database contact: goose and dbmate sections must be
     * well formed, and a file of any other layout must not carry goose or dbmate annotations (they would run as
     * plain SQL, Down section included).
     *
     * @param format      the layout the file is read in
     * @param fileDisplay how messages name the file
     * @param text        the whole file, decoded
     * @throws LayoutException naming the line and the fix
     */
    public static void check(DirectoryFormat format, String fileDisplay, String text) {
        switch (format) {
            case GOOSE -> GooseScript.check(fileDisplay, text);
            case DBMATE -> DbmateScript.check(fileDisplay, text);
            default -> ForeignAnnotations.check(format, fileDisplay, text);
        }
    }

    /**
     * The statements of a file and the transaction its tool runs them in.
     *
     * @param environment the variables a goose {@code ENVSUB ON} section may substitute
     * @throws SqlSyntaxException when the runnable part cannot be split into statements (its line is a line of the
     *                            whole file)
     * @throws LayoutException    when the file asks for something its tool would refuse
     */
    public static MigrationScript read(Migration migration, Map<String, String> environment) {
        String fileDisplay = migration.path();
        return switch (migration.format()) {
            case GOOSE -> GooseScript.parse(fileDisplay, migration.sql(), environment);
            case DBMATE -> DbmateScript.parse(fileDisplay, migration.sql());
            case ATLAS -> new MigrationScript(StatementSplitter.split(migration.sql()),
                    migration.directives().txMode(), migration.directives().txMode()
                    .map(mode -> "-- atlas:txmode " + (mode == TxMode.NONE ? "none" : "file")).orElse(""));
            case FLYWAY -> flyway(migration);
            case GOLANG_MIGRATE, PRISMA -> wholeScript(migration);
            case AUTO -> throw new IllegalStateException("a read migration has a resolved layout");
        };
    }

    /**
     * Flyway's choice of transaction: the file's script configuration ({@code V3__x.sql.conf} with
     * {@code executeInTransaction=false} or {@code true}) when it has one; otherwise outside a transaction when a
     * statement in it cannot run inside one, as Flyway detects it. A file that mixes such statements with others
     * runs statement by statement without a transaction, as Flyway runs it with {@code mixed} on. An
     * {@code -- atlas:txmode} directive, which Atlas honours, comes first (the loader refused files whose directive
     * and configuration disagree).
     */
    private static MigrationScript flyway(Migration migration) {
        List<SqlStatement> statements = StatementSplitter.split(migration.sql());
        if (migration.directives().txMode().isPresent()) {
            return new MigrationScript(statements, migration.directives().txMode(), "-- atlas:txmode");
        }
        Optional<FlywayScriptConfig> config = migration.scriptConfig().filter(c -> c.txMode().isPresent());
        if (config.isPresent()) {
            return new MigrationScript(statements, config.get().txMode(), config.get().txModeSource());
        }
        Optional<SqlStatement> refusing = statements.stream().filter(TransactionRules::requiresNoTransaction)
                .findFirst();
        if (refusing.isEmpty()) {
            return new MigrationScript(statements, Optional.empty(), "");
        }
        return new MigrationScript(statements, Optional.of(TxMode.NONE), "Flyway's detection of "
                + TransactionRules.nonTransactionalCommand(refusing.get()).orElseThrow() + " (line "
                + refusing.get().line() + ")");
    }

    /**
     * golang-migrate and Prisma send the whole file as one script: several statements share one implicit
     * transaction, unless the file manages its own ({@code BEGIN ... COMMIT}) or consists of a statement that
     * PostgreSQL refuses in a transaction; such files run statement by statement without one of ours.
     */
    private static MigrationScript wholeScript(Migration migration) {
        List<SqlStatement> statements = StatementSplitter.split(migration.sql());
        for (SqlStatement statement : statements) {
            Optional<String> control = TransactionRules.transactionControl(statement);
            if (control.isPresent()) {
                return new MigrationScript(statements, Optional.of(TxMode.NONE),
                        "its own transaction control (" + control.get() + " at line " + statement.line() + ")");
            }
            if (TransactionRules.requiresNoTransaction(statement)) {
                return new MigrationScript(statements, Optional.of(TxMode.NONE),
                        TransactionRules.nonTransactionalCommand(statement).orElseThrow() + " at line "
                                + statement.line());
            }
        }
        return new MigrationScript(statements, Optional.empty(), "");
    }
}
