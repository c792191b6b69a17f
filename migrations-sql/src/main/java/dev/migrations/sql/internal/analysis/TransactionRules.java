package dev.migrations.sql.internal.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises statements that PostgreSQL (12 and later) refuses to run inside a transaction block, such as
 * {@code CREATE INDEX CONCURRENTLY} or {@code VACUUM}. Keywords match case-insensitively, with any comments between
 * them.
 *
 * <p>Recognised: {@code CREATE [UNIQUE] INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY}, {@code REINDEX ...
 * CONCURRENTLY} (also as the option {@code (CONCURRENTLY)}), {@code REINDEX SCHEMA | DATABASE | SYSTEM},
 * {@code CREATE | DROP DATABASE}, {@code ALTER DATABASE ... SET TABLESPACE}, {@code CREATE | DROP TABLESPACE},
 * {@code ALTER SYSTEM}, {@code VACUUM}, {@code CLUSTER} without a table, {@code DISCARD ALL},
 * {@code ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY}, {@code COMMIT PREPARED}, {@code ROLLBACK PREPARED},
 * {@code CREATE SUBSCRIPTION} (unless {@code connect} or {@code create_slot} is false), {@code DROP SUBSCRIPTION}
 * (refused only when the subscription has a replication slot, which cannot be seen from the text),
 * {@code ALTER SUBSCRIPTION ... REFRESH PUBLICATION} or {@code ... {SET | ADD | DROP} PUBLICATION} (unless
 * {@code refresh} is false), and {@code ALTER SUBSCRIPTION ... SET (failover | two_phase ...)} (PostgreSQL 17+, refused
 * only when the subscription has a slot). {@code ALTER TYPE ... ADD VALUE} is allowed in a transaction since
 * PostgreSQL 12, so it is not reported.
 *
 * <p>Not recognisable from the text alone: {@code CLUSTER} or {@code REINDEX TABLE | INDEX} of a partitioned table,
 * and {@code DO} blocks or {@code CALL}s of procedures that {@code COMMIT}.
 */
public final class TransactionRules {

    private TransactionRules() {
    }

    /**
     * The transaction control command a statement is ({@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT},
     * {@code END}, {@code ROLLBACK}, {@code ABORT}), or empty for any other statement. {@code ROLLBACK PREPARED} and
     * {@code COMMIT PREPARED} are not transaction control of the session.
     */
    public static Optional<String> transactionControl(SqlStatement statement) {
        Tokens tokens = new Tokens(statement.sql());
        Token command = tokens.at(0);
        if (tokens.at(1).isKeyword("PREPARED")) {
            return Optional.empty();
        }
        for (String keyword : new String[] {"BEGIN", "COMMIT", "END", "ROLLBACK", "ABORT"}) {
            if (command.isKeyword(keyword)) {
                return Optional.of(keyword);
            }
        }
        if (command.isKeyword("START") && tokens.at(1).isKeyword("TRANSACTION")) {
            return Optional.of("START TRANSACTION");
        }
        return Optional.empty();
    }

    /** Whether PostgreSQL refuses to run {@code statement} inside a transaction block. */
    public static boolean requiresNoTransaction(SqlStatement statement) {
        return nonTransactionalCommand(statement).isPresent();
    }

    /**
     * The command that PostgreSQL refuses to run inside a transaction block, named the way its error message names
     * it (e.g. {@code "CREATE INDEX CONCURRENTLY"}), or empty if {@code statement} may run in a transaction.
     */
    public static Optional<String> nonTransactionalCommand(SqlStatement statement) {
        Objects.requireNonNull(statement, "statement");
        Tokens tokens = new Tokens(statement.sql());
        Token command = tokens.at(0);
        if (command.isKeyword("CREATE")) {
            return forCreate(tokens);
        }
        if (command.isKeyword("DROP")) {
            return forDrop(tokens);
        }
        if (command.isKeyword("ALTER")) {
            return forAlter(tokens);
        }
        if (command.isKeyword("REINDEX")) {
            return forReindex(tokens);
        }
        if (command.isKeyword("VACUUM")) {
            return Optional.of("VACUUM");
        }
        if (command.isKeyword("CLUSTER")) {
            return forCluster(tokens);
        }
        if (command.isKeyword("DISCARD") && tokens.at(1).isKeyword("ALL")) {
            return Optional.of("DISCARD ALL");
        }
        if (command.isKeyword("COMMIT") && tokens.at(1).isKeyword("PREPARED")) {
            return Optional.of("COMMIT PREPARED");
        }
        if (command.isKeyword("ROLLBACK") && tokens.at(1).isKeyword("PREPARED")) {
            return Optional.of("ROLLBACK PREPARED");
        }
        return Optional.empty();
    }

    private static Optional<String> forCreate(Tokens tokens) {
        int index = tokens.at(1).isKeyword("UNIQUE") ? 2 : 1;
        if (tokens.at(index).isKeyword("INDEX") && tokens.at(index + 1).isKeyword("CONCURRENTLY")) {
            return Optional.of("CREATE INDEX CONCURRENTLY");
        }
        Token object = tokens.at(1);
        if (object.isKeyword("DATABASE")) {
            return Optional.of("CREATE DATABASE");
        }
        if (object.isKeyword("TABLESPACE")) {
            return Optional.of("CREATE TABLESPACE");
        }
        if (object.isKeyword("SUBSCRIPTION")
                && !tokens.hasOptionSetToFalse("CONNECT") && !tokens.hasOptionSetToFalse("CREATE_SLOT")) {
            return Optional.of("CREATE SUBSCRIPTION");
        }
        return Optional.empty();
    }

    private static Optional<String> forDrop(Tokens tokens) {
        Token object = tokens.at(1);
        if (object.isKeyword("INDEX") && tokens.at(2).isKeyword("CONCURRENTLY")) {
            return Optional.of("DROP INDEX CONCURRENTLY");
        }
        if (object.isKeyword("DATABASE")) {
            return Optional.of("DROP DATABASE");
        }
        if (object.isKeyword("TABLESPACE")) {
            return Optional.of("DROP TABLESPACE");
        }
        if (object.isKeyword("SUBSCRIPTION")) {
            return Optional.of("DROP SUBSCRIPTION");
        }
        return Optional.empty();
    }

    private static Optional<String> forAlter(Tokens tokens) {
        Token object = tokens.at(1);
        if (object.isKeyword("SYSTEM")) {
            return Optional.of("ALTER SYSTEM");
        }
        if (object.isKeyword("DATABASE") && tokens.at(3).isKeyword("SET") && tokens.at(4).isKeyword("TABLESPACE")) {
            return Optional.of("ALTER DATABASE SET TABLESPACE");
        }
        if (object.isKeyword("TABLE") && detachesPartitionConcurrently(tokens)) {
            return Optional.of("ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY");
        }
        if (object.isKeyword("SUBSCRIPTION")) {
            Token action = tokens.at(3);
            if (action.isKeyword("REFRESH") && tokens.at(4).isKeyword("PUBLICATION")) {
                return Optional.of("ALTER SUBSCRIPTION ... REFRESH PUBLICATION");
            }
            boolean changesPublications = action.isKeyword("SET") || action.isKeyword("ADD")
                    || action.isKeyword("DROP");
            if (changesPublications && tokens.at(4).isKeyword("PUBLICATION")
                    && !tokens.hasOptionSetToFalse("REFRESH")) {
                return Optional.of("ALTER SUBSCRIPTION ... PUBLICATION with refresh");
            }
            if (action.isKeyword("SET") && tokens.at(4).is(Token.Kind.OPEN_PARENTHESIS)
                    && (tokens.containsKeyword("FAILOVER") || tokens.containsKeyword("TWO_PHASE"))) {
                return Optional.of("ALTER SUBSCRIPTION ... SET (failover | two_phase)");
            }
        }
        return Optional.empty();
    }

    /** {@code CONCURRENTLY} is reserved for functions and types, so it cannot name the partition. */
    private static boolean detachesPartitionConcurrently(Tokens tokens) {
        for (int i = 2; !tokens.at(i).is(Token.Kind.END_OF_TEXT); i++) {
            if (tokens.at(i).isKeyword("DETACH") && tokens.at(i + 1).isKeyword("PARTITION")) {
                for (int j = i + 2; !tokens.at(j).is(Token.Kind.END_OF_TEXT); j++) {
                    if (tokens.at(j).isKeyword("CONCURRENTLY")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * {@code REINDEX [(options)] {INDEX | TABLE | SCHEMA | DATABASE | SYSTEM} [CONCURRENTLY] [name]}.
     */
    private static Optional<String> forReindex(Tokens tokens) {
        int index = 1;
        boolean concurrently = false;
        if (tokens.at(index).is(Token.Kind.OPEN_PARENTHESIS)) {
            int close = tokens.matchingCloseParenthesis(index);
            for (int i = index + 1; i < close; i++) {
                if (tokens.at(i).isKeyword("CONCURRENTLY") && !Tokens.isFalse(tokens.at(i + 1))) {
                    concurrently = true;
                }
            }
            index = close + 1;
        }
        Token object = tokens.at(index);
        if (object.isKeyword("SCHEMA") || object.isKeyword("DATABASE") || object.isKeyword("SYSTEM")) {
            return Optional.of("REINDEX " + object.text().toUpperCase(Locale.ROOT));
        }
        if (concurrently || tokens.at(index + 1).isKeyword("CONCURRENTLY")) {
            return Optional.of("REINDEX CONCURRENTLY");
        }
        return Optional.empty();
    }

    /** {@code CLUSTER [VERBOSE]} or {@code CLUSTER (options)} without a table clusters the whole database. */
    private static Optional<String> forCluster(Tokens tokens) {
        int index = 1;
        if (tokens.at(index).isKeyword("VERBOSE")) {
            index++;
        } else if (tokens.at(index).is(Token.Kind.OPEN_PARENTHESIS)) {
            index = tokens.matchingCloseParenthesis(index) + 1;
        }
        return tokens.at(index).is(Token.Kind.END_OF_TEXT) ? Optional.of("CLUSTER") : Optional.empty();
    }
}
