package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.lint.Finding;
import java.util.List;

/** Pending files have lint errors and the lint policy refuses them; nothing was written. */
public final class LintRefusedException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /** A refusal of the pending files for {@code findings}, the errors that block the run. */
    public LintRefusedException(List<Finding> findings) {
        super(ErrorKind.LINT_REFUSED, message(findings));
        this.findings = List.copyOf(findings);
    }

    /** The errors that block the run, in file and line order. */
    public List<Finding> findings() {
        return findings;
    }

    private static String message(List<Finding> findings) {
        StringBuilder text = new StringBuilder("refusing to apply: " + findings.size() + " lint error"
                + (findings.size() == 1 ? "" : "s") + " in the pending files (nothing was applied):");
        for (Finding f : findings) {
            text.append("\n  ").append(f.file()).append(':').append(f.line()).append(": ").append(f.code())
                    .append(": ").append(f.message()).append("\n    fix: ").append(f.fix());
        }
        text.append("\nFix the files, or accept a finding with '-- atlas:nolint ").append(findings.get(0).code())
                .append("' on the line above its statement, or lower its severity.");
        return text.toString();
    }
}
