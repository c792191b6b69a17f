package dev.migrations.core.internal.apply;

import dev.migrations.sql.internal.advice.SumAdvice;
import dev.migrations.error.ErrorKind;
import dev.migrations.core.TransactionMode;
import dev.migrations.core.internal.engine.PreparedFile;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.error.SqlSyntaxException;
import dev.migrations.sql.internal.analysis.TransactionRules;
import dev.migrations.sql.migration.TxMode;
import dev.migrations.error.LayoutException;
import dev.migrations.sql.internal.layout.MigrationScript;
import dev.migrations.sql.internal.layout.MigrationScripts;
import dev.migrations.sql.migration.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits pending files into statements and decides their transactions, before anything is written. */
final class Preparation {

    private Preparation() {
    }

    /**
     * @param applied statements already applied per file key ({@link Migration#revisionKey()}), for files an earlier
     *                run left part-way (absent: none)
     */
    static List<PreparedFile> prepare(List<Migration> pending, TransactionMode mode,
            Map<String, Integer> applied) {
        return prepare(pending, mode, applied, System.getenv());
    }

    /**
     * @param environment the variables goose {@code ENVSUB} sections substitute
     */
    static List<PreparedFile> prepare(List<Migration> pending, TransactionMode mode,
            Map<String, Integer> applied, Map<String, String> environment) {
        List<PreparedFile> prepared = new ArrayList<>(pending.size());
        for (Migration m : pending) {
            MigrationScript script;
            try {
                script = MigrationScripts.read(m, environment);
            } catch (SqlSyntaxException e) {
                throw new MigrationsException(ErrorKind.SQL_SYNTAX, m.label() + " line " + e.line() + ": "
                        + e.getMessage() + "; fix the file, rewrite atlas.sum with " + SumAdvice.REWRITE
                        + " and apply again. Nothing was applied.");
            } catch (LayoutException e) {
                throw new MigrationsException(ErrorKind.INVALID_SCRIPT, e.getMessage() + ". Nothing was applied.", e);
            }
            List<SqlStatement> statements = script.statements();
            boolean transactional = script.txMode()
                    .map(t -> t == TxMode.FILE)
                    .orElse(mode != TransactionMode.NONE);
            if (mode == TransactionMode.ALL && !transactional) {
                throw new MigrationsException(ErrorKind.TRANSACTION_CONFLICT, m.label() + " runs outside a"
                        + " transaction (" + script.txModeSource() + ") but the transaction mode is 'all', which runs"
                        + " every pending file in one transaction; use transactionMode(TransactionMode.FILE) (the"
                        + " default) for this run. Nothing was applied.");
            }
            if (transactional) {
                refuseNonTransactionalStatements(m, statements);
            }
            int resumeAt = Math.min(applied.getOrDefault(m.revisionKey(), 0), statements.size());
            prepared.add(new PreparedFile(m, statements, transactional, resumeAt));
        }
        return prepared;
    }

    private static void refuseNonTransactionalStatements(Migration m, List<SqlStatement> statements) {
        for (SqlStatement s : statements) {
            java.util.Optional<String> command = TransactionRules.nonTransactionalCommand(s);
            if (command.isPresent()) {
                throw new MigrationsException(ErrorKind.TRANSACTION_CONFLICT, m.label() + " line " + s.line() + ": "
                        + command.get() + " cannot run inside a transaction, and this file runs in one. "
                        + noTransactionAdvice(m) + ", then rewrite atlas.sum with " + SumAdvice.REWRITE
                        + ". Nothing was applied.");
            }
        }
    }

    /** How a file of its layout asks to run outside a transaction. */
    private static String noTransactionAdvice(Migration m) {
        return switch (m.format()) {
            case GOOSE -> "Add the line '-- +goose NO TRANSACTION' above '-- +goose Up'";
            case DBMATE -> "Write the section header as '-- migrate:up transaction:false'";
            case FLYWAY -> m.scriptConfig().flatMap(c -> c.executeInTransaction()).orElse(false)
                    ? "Change 'executeInTransaction=true' to 'executeInTransaction=false' in " + m.name() + ".conf"
                    : "Add " + m.name() + ".conf with the line 'executeInTransaction=false'";
            default -> "Make '-- atlas:txmode none' the file's first line, followed by a blank line";
        };
    }
}
