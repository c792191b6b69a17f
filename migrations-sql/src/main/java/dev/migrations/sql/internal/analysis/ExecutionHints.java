package dev.migrations.sql.internal.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * What a runner may assume about a statement from its text: whether it can travel to the server together with other
 * statements (it returns no rows and needs no {@code COPY} data), and whether it may change the session's
 * {@code search_path} or role. Both answers err on the safe side: "no" for the first, "yes" for the second, when
 * unsure.
 */
public final class ExecutionHints {

    private ExecutionHints() {
    }

    /**
     * Whether {@code statement} can be sent in one round trip with its neighbours: a schema or privilege command
     * ({@code CREATE}, {@code ALTER}, {@code DROP}, {@code COMMENT}, {@code GRANT}, {@code REVOKE}, ...), a
     * {@code DO} block, or an {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code MERGE} without
     * {@code RETURNING}. Queries, {@code COPY}, {@code CALL}, transaction control and anything not listed are not.
     */
    public static boolean canShareRoundTrip(SqlStatement statement) {
        Objects.requireNonNull(statement, "statement");
        if (statement.copyData().isPresent() || TransactionRules.requiresNoTransaction(statement)) {
            return false;
        }
        Tokens tokens = new Tokens(statement.sql());
        Token command = tokens.at(0);
        for (String keyword : SCHEMA_COMMANDS) {
            if (command.isKeyword(keyword)) {
                return true;
            }
        }
        for (String keyword : DATA_COMMANDS) {
            if (command.isKeyword(keyword)) {
                return !tokens.containsKeyword("RETURNING");
            }
        }
        return false;
    }

    /**
     * Whether {@code statement} may leave the session's {@code search_path} or role changed after its transaction: a
     * session-level {@code SET}, {@code RESET} or {@code DISCARD}; a statement made to run code ({@code SELECT},
     * {@code CALL}, {@code DO}, {@code EXECUTE}, {@code WITH}), since a function may change them; or any mention of
     * {@code search_path}, {@code set_config}, {@code role} or {@code authorization}. Not seen: a trigger that
     * changes them for the rest of the session.
     */
    public static boolean mayChangeSession(SqlStatement statement) {
        Objects.requireNonNull(statement, "statement");
        String lower = statement.sql().toLowerCase(Locale.ROOT);
        for (String word : SESSION_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        Tokens tokens = new Tokens(statement.sql());
        Token command = tokens.at(0);
        for (String keyword : SESSION_COMMANDS) {
            if (command.isKeyword(keyword)) {
                return true;
            }
        }
        if (command.isKeyword("SET")) {
            Token next = tokens.at(1);
            return !(next.isKeyword("LOCAL") || next.isKeyword("CONSTRAINTS") || next.isKeyword("TRANSACTION"));
        }
        return false;
    }

    private static final String[] SCHEMA_COMMANDS = {"CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE",
        "TRUNCATE", "DO", "REFRESH", "LOCK", "ANALYZE", "SECURITY", "IMPORT", "REINDEX", "CLUSTER"};

    private static final String[] SESSION_COMMANDS = {"RESET", "DISCARD", "SELECT", "CALL", "DO", "EXECUTE", "WITH"};

    private static final String[] SESSION_WORDS = {"search_path", "set_config", "role", "authorization"};

    private static final String[] DATA_COMMANDS = {"INSERT", "UPDATE", "DELETE", "MERGE"};
}
