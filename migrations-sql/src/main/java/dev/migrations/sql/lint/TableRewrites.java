package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlToken;
import dev.migrations.sql.lint.Ddl.AlterAction;
import dev.migrations.sql.lint.Ddl.ColumnDefinition;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** PG301-PG302: column changes that rewrite an existing table under an ACCESS EXCLUSIVE lock. */
final class TableRewrites implements LintRule {

    /** Functions PostgreSQL marks volatile that appear in column defaults. */
    private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "clock_timestamp", "timeofday",
            "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "nextval",
            "txid_current", "setseed", "uuidv7", "uuidv4", "gen_random_bytes");

    @Override
    public void check(CheckedStatement s) {
        if (!(s.ddl() instanceof Ddl.AlterTable alter) || !s.existsBefore(alter.table())) {
            return;
        }
        String table = CheckedStatement.display(alter.table());
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AlterColumnType change) {
                Optional<SchemaContext.Column> old = s.schema().column(alter.table(), change.column());
                if (old.isPresent() && widensWithoutRewrite(old.get().type(), change.type())) {
                    continue;
                }
                s.report(LintCode.PG301, alter.table(), "changing the type of " + CheckedStatement.quote(
                        change.column()) + " to " + change.type().text() + " rewrites " + table
                        + " and its indexes under an ACCESS EXCLUSIVE lock",
                        "Add a new column of type " + change.type().text() + ", backfill it in batches, move the"
                                + " code to it, then drop the old column; widening varchar(n) to a longer varchar"
                                + " or to text needs no rewrite.");
            } else if (action instanceof AlterAction.AddColumn add && rewrites(add.column())) {
                ColumnDefinition column = add.column();
                s.report(LintCode.PG302, alter.table(), "adding " + CheckedStatement.quote(column.name())
                        + (column.rewrites() ? " (serial, identity or stored generated)" : " with volatile default "
                        + column.defaultExpression().text()) + " rewrites every row of " + table
                        + " under an ACCESS EXCLUSIVE lock",
                        "Add the column without a default (or with a constant one), then ALTER TABLE " + table
                                + " ALTER COLUMN " + CheckedStatement.quote(column.name())
                                + " SET DEFAULT ...; and backfill existing rows in batches.");
            }
        }
    }

    private static boolean rewrites(ColumnDefinition column) {
        if (column.rewrites()) {
            return true;
        }
        Words expression = column.defaultExpression();
        for (int i = 0; i < expression.size(); i++) {
            SqlToken token = expression.at(i);
            SqlToken next = expression.at(i + 1);
            if (token.type() == SqlToken.Type.WORD && next != null
                    && next.type() == SqlToken.Type.OPEN_PARENTHESIS
                    && VOLATILE_FUNCTIONS.contains(token.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** {@code varchar(n)} to a longer {@code varchar}, to {@code varchar} or to {@code text}; the same type. */
    static boolean widensWithoutRewrite(Words from, Words to) {
        String old = from.text().toLowerCase(Locale.ROOT).replace("character varying", "varchar");
        String target = to.text().toLowerCase(Locale.ROOT).replace("character varying", "varchar");
        if (old.equals(target)) {
            return true;
        }
        if (!old.startsWith("varchar") && !old.equals("text")) {
            return false;
        }
        if (target.equals("text") || target.equals("varchar")) {
            return true;
        }
        return old.startsWith("varchar") && target.startsWith("varchar") && length(target) >= length(old);
    }

    private static long length(String varchar) {
        int open = varchar.indexOf('(');
        int close = varchar.indexOf(')');
        if (open < 0 || close < open) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(varchar.substring(open + 1, close).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
