package dev.migrations.core.internal.lint;

import dev.migrations.core.error.LintRefusedException;
import dev.migrations.core.LintScope;
import dev.migrations.core.LintPolicy;
import dev.migrations.sql.lint.Finding;
import dev.migrations.sql.lint.LintFile;
import dev.migrations.sql.lint.LintFiles;
import dev.migrations.sql.lint.LintReport;
import dev.migrations.sql.lint.LintSettings;
import dev.migrations.sql.lint.Linter;
import dev.migrations.sql.migration.Migration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lints a loaded directory's migrations. */
public final class MigrationLinter {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationLinter.class);

    private MigrationLinter() {
    }

    /**
     * @param all      every migration, in apply order
     * @param scope    which of them to check
     * @param settings severities
     */
    public static LintReport lint(List<Migration> all, LintScope scope, LintSettings settings) {
        return lint(all, scope.select(all), settings);
    }

    private static LintReport lint(List<Migration> all, Set<Migration> checked, LintSettings settings) {
        List<LintFile> files = LintFiles.of(all);
        Set<LintFile> selected = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (checked.contains(all.get(i))) {
                selected.add(files.get(i));
            }
        }
        return Linter.lint(files, selected::contains, settings);
    }

    /**
     * The boot check: lints {@code pending} (with every file of {@code all} as context) before anything is written.
     *
     * @throws LintRefusedException when the policy is {@link LintPolicy#REFUSE} and an error remains
     */
    public static void checkPending(List<Migration> all, List<Migration> pending, LintPolicy policy,
            LintSettings settings) {
        if (policy == LintPolicy.OFF || pending.isEmpty()) {
            return;
        }
        LintReport report = lint(all, new HashSet<>(pending), settings);
        for (Finding f : report.findings()) {
            if (policy == LintPolicy.WARN) {
                LOG.warn("lint {} {} at {}:{}: {}", f.severity().label(), f.code(), f.file(), f.line(), f.message());
            } else if (!f.isError()) {
                LOG.info("lint {} {} at {}:{}: {}", f.severity().label(), f.code(), f.file(), f.line(), f.message());
            }
        }
        if (policy == LintPolicy.REFUSE && report.hasErrors()) {
            throw new LintRefusedException(report.errors());
        }
    }
}
