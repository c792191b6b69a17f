package dev.migrations.sql.lint;

import java.util.Locale;

/** How much a finding matters: errors fail a lint run (exit code 1) and, with a lint policy, block a boot. */
public enum Severity {
    ERROR,
    WARNING,
    /** The check is turned off: its findings are not reported. */
    OFF;

    /** Reads {@code error}, {@code warning} or {@code off}, in any case. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "': use error, warning or off", e);
        }
    }

    /** The name as written in options and output: {@code error}, {@code warning}, {@code off}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
