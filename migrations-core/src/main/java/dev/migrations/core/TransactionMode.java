package dev.migrations.core;

import dev.migrations.error.MigrationsException;
import dev.migrations.error.ErrorKind;

/** How files are wrapped in transactions; a file's own {@code -- atlas:txmode} directive wins over FILE and ALL. */
public enum TransactionMode {
    /** Each file in its own transaction (the default). */
    FILE,
    /** All pending files in one transaction; fails up front if a pending file asks for no transaction. */
    ALL,
    /** No transactions: statements commit one by one and progress is recorded after each. */
    NONE;

    /** Parses {@code file}, {@code all} or {@code none}. */
    public static TransactionMode parse(String text) {
        for (TransactionMode m : values()) {
            if (m.name().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "unknown transaction mode '" + text + "': use file, all or none");
    }
}
