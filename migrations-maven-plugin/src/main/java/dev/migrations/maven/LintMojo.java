package dev.migrations.maven;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.internal.lint.GitChanges;
import dev.migrations.core.internal.lint.LintDocument;
import dev.migrations.core.LintScope;
import dev.migrations.sql.lint.Finding;
import dev.migrations.sql.lint.LintReport;
import dev.migrations.sql.lint.LintSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints migration files for destructive, data-dependent, backward-incompatible and locking changes, reading every
 * file in order so statements on tables created in the same file are not reported. Fails the build on errors.
 * No database.
 */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends AbstractMigrationsMojo {

    /** Lint only the last n files (in apply order). */
    @Parameter(property = "migrations.lint.latest")
    protected Integer latest;

    /** Lint only the files added or changed since the merge base with this git ref (e.g. {@code main}). */
    @Parameter(property = "migrations.lint.gitBase")
    protected String gitBase;

    /** Severity overrides, {@code CODE=level} with level {@code error}, {@code warning} or {@code off}. */
    @Parameter(property = "migrations.lint.severities")
    protected List<String> severities = new ArrayList<>();

    /** Fail the build when an error is found. */
    @Parameter(property = "migrations.lint.failOnError", defaultValue = "true")
    protected boolean failOnError;

    @Override
    protected String goal() {
        return "lint";
    }

    @Override
    protected void run(Report report) throws MojoFailureException {
        if (latest != null && gitBase != null && !gitBase.isBlank()) {
            throw new IllegalArgumentException("latest (migrations.lint.latest) and gitBase (migrations.lint.gitBase)"
                    + " choose the files differently: set one of them");
        }
        LintSettings settings = LintSettings.DEFAULTS;
        for (String assignment : severities) {
            for (String each : assignment.split(",")) {
                if (!each.isBlank()) {
                    settings = settings.with(each.strip());
                }
            }
        }
        LintScope scope = latest != null ? LintScope.latest(latest)
                : gitBase != null && !gitBase.isBlank()
                ? LintScope.paths(GitChanges.since(directory.toPath(), gitBase.strip())) : LintScope.all();
        MigrationsConfiguration config = Migrations.configure().directory(directorySpec())
                .directoryFormat(format()).lintSettings(settings);
        LintReport result = config.lint(scope);
        for (Finding f : result.findings()) {
            String line = f.file() + ":" + f.line() + ": " + f.code() + ": " + f.message() + "\n    "
                    + f.statement().replaceAll("\\s+", " ") + "\n    fix: " + f.fix();
            if (f.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        getLog().info(result.files().size() + " file(s) linted: " + result.errors().size() + " error(s), "
                + (result.findings().size() - result.errors().size()) + " warning(s), " + result.suppressed()
                + " suppressed by atlas:nolint");
        for (Map.Entry<String, Object> field : LintDocument.of(result).entrySet()) {
            report.put(field.getKey(), field.getValue());
        }
        report.put("status", result.hasErrors() ? "ERRORS" : "OK");
        if (failOnError && result.hasErrors()) {
            throw new MojoFailureException("migrations:lint found " + result.errors().size() + " error(s) (listed"
                    + " above): fix them, accept each with '-- atlas:nolint <CODE>' on the line above its statement,"
                    + " or lower the check's severity (migrations.lint.severities)");
        }
    }
}
