package dev.migrations.core;

/** What a migration run does with lint findings in the files it is about to apply. */
public enum LintPolicy {
    /** No linting. */
    OFF,
    /** Lint the pending files and log each finding; apply anyway. */
    WARN,
    /** Lint the pending files and refuse to apply any of them while an unsuppressed error remains. */
    REFUSE
}
