package dev.migrations.core;

import dev.migrations.error.MigrationsException;
import dev.migrations.error.ErrorKind;

/** What to do with a pending file whose version is lower than the latest applied one. */
public enum ExecOrder {
    /** Refuse to migrate and name the files (the default). */
    LINEAR,
    /** Skip such files and apply only newer ones. */
    LINEAR_SKIP,
    /** Apply such files too. */
    NON_LINEAR;

    /** Parses {@code linear}, {@code linear-skip} or {@code non-linear}. */
    public static ExecOrder parse(String text) {
        for (ExecOrder o : values()) {
            if (o.cliName().equalsIgnoreCase(text)) {
                return o;
            }
        }
        throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "unknown exec order '" + text + "': use linear, linear-skip or non-linear");
    }

    /** The spelling used on the command line. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
