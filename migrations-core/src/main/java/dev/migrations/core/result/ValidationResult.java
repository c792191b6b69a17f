package dev.migrations.core.result;

import java.util.List;

/**
 * What {@code validate()} found: the directory's integrity was verified when it was loaded; these are the
 * disagreements between the directory and the database.
 *
 * @param problems one human-readable line each; empty when valid
 */
public record ValidationResult(List<String> problems) {

    public ValidationResult {
        problems = List.copyOf(problems);
    }

    /** True when there is no problem. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
