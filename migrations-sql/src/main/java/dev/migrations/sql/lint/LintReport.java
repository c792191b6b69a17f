package dev.migrations.sql.lint;

import java.util.List;

/**
 * The result of a lint run.
 *
 * @param files      the paths of the files linted, in apply order
 * @param findings   what was found, in file and line order; suppressed and turned-off findings are not in it
 * @param suppressed how many findings {@code -- atlas:nolint} comments silenced
 */
public record LintReport(List<String> files, List<Finding> findings, int suppressed) {

    public LintReport {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** This report with its findings replaced, e.g. by copies carrying table sizes. */
    public LintReport withFindings(List<Finding> replaced) {
        return new LintReport(files, replaced, suppressed);
    }
}
