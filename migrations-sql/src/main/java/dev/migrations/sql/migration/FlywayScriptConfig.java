package dev.migrations.sql.migration;

import java.util.Objects;
import java.util.Optional;

/**
 * Flyway's script configuration file of one migration file: {@code V3__x.sql.conf} next to {@code V3__x.sql},
 * {@code key=value} lines in Java properties style ({@code #} and {@code !} start comments).
 *
 * <p>Flyway knows four keys. {@code executeInTransaction=true|false} decides the file's transaction here as in
 * Flyway. {@code encoding} is accepted when it names UTF-8, the only encoding migration files are read in, and
 * {@code placeholderReplacement=false} is accepted because placeholders are never replaced. Anything else
 * ({@code shouldExecute}, another encoding, {@code placeholderReplacement=true}, an unknown key) is refused with the
 * file, key and line, rather than silently run differently than Flyway would.
 *
 * <p>The configuration file is not part of {@code atlas.sum}: Atlas hashes only the migration files, so a changed
 * {@code .conf} file passes the integrity check. It only decides how a file not yet applied runs.
 *
 * @param file                 the configuration file's name relative to its directory, e.g. {@code V3__x.sql.conf}
 * @param executeInTransaction the file's {@code executeInTransaction}, if given
 */
public record FlywayScriptConfig(String file, Optional<Boolean> executeInTransaction) {

    private static final String EXECUTE_IN_TRANSACTION = "executeInTransaction";

    public FlywayScriptConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(executeInTransaction, "executeInTransaction");
    }

    /** The transaction the configuration asks for: {@code executeInTransaction=false} is none, {@code true} one. */
    public Optional<TxMode> txMode() {
        return executeInTransaction.map(inTransaction -> inTransaction ? TxMode.FILE : TxMode.NONE);
    }

    /** What asked for {@link #txMode()}, for messages: {@code V3__x.sql.conf executeInTransaction=false}. */
    public String txModeSource() {
        return executeInTransaction.map(inTransaction -> file + " " + EXECUTE_IN_TRANSACTION + "=" + inTransaction)
                .orElse("");
    }
}
