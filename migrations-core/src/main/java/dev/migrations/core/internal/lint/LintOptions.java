package dev.migrations.core.internal.lint;

import dev.migrations.core.LintPolicy;
import dev.migrations.sql.lint.LintSettings;

import java.util.Objects;

/**
 * How a {@link dev.migrations.core.Migrations} instance lints.
 *
 * @param policy   what {@code migrate()} does with findings in the pending files
 * @param settings the severity of each check
 */
public record LintOptions(LintPolicy policy, LintSettings settings) {

    /** No lint at boot; every check at its default severity. */
    public static final LintOptions DEFAULTS = new LintOptions(LintPolicy.OFF, LintSettings.DEFAULTS);

    public LintOptions {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(settings, "settings");
    }
}
