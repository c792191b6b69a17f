package dev.migrations.sql.lint;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The severity of each check: its default unless overridden.
 *
 * @param overrides severities that replace the defaults
 */
public record LintSettings(Map<LintCode, Severity> overrides) {

    /** Every check at its default severity. */
    public static final LintSettings DEFAULTS = new LintSettings(Map.of());

    public LintSettings {
        overrides = Map.copyOf(Objects.requireNonNull(overrides, "overrides"));
    }

    /** The severity findings of {@code code} get. */
    public Severity severityOf(LintCode code) {
        return overrides.getOrDefault(code, code.defaultSeverity());
    }

    /** These settings with {@code code} at {@code severity}. */
    public LintSettings with(LintCode code, Severity severity) {
        Map<LintCode, Severity> copy = new EnumMap<>(LintCode.class);
        copy.putAll(overrides);
        copy.put(code, severity);
        return new LintSettings(copy);
    }

    /**
     * These settings with one {@code CODE=severity} assignment applied, as written on a command line
     * ({@code PG101=warning}, {@code MG107=off}).
     *
     * @throws IllegalArgumentException naming the accepted codes or severities
     */
    public LintSettings with(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("'" + assignment + "': write CODE=severity, e.g. PG101=warning");
        }
        return with(LintCode.parse(assignment.substring(0, equals)), Severity.parse(assignment.substring(equals + 1)));
    }
}
