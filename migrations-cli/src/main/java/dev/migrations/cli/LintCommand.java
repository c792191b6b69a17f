package dev.migrations.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.internal.lint.GitChanges;
import dev.migrations.core.internal.lint.LintDocument;
import dev.migrations.core.LintScope;
import dev.migrations.sql.lint.LintOutput;
import dev.migrations.sql.lint.LintReport;
import dev.migrations.sql.lint.LintSettings;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code migrations migrate lint}: checks migration files for destructive and locking changes. */
@Command(name = "lint", description = {"Check migration files for destructive, data-dependent, backward-incompatible"
        + " and locking changes (Atlas's DS, MF, BC, CD and PG codes and our MG codes).",
        "Every file is read in order, so statements on tables created in the same file are not reported."
                + " Exit code 1 when an error is found."})
public final class LintCommand implements Callable<Integer> {

    /** Output formats of the lint verb. */
    enum LintFormat { text, json, github }

    @Mixin
    private DirectoryOptions directory;

    @Option(names = "--latest", paramLabel = "<n>",
            description = "Lint the last n files (in apply order).")
    private Integer latest;

    @Option(names = "--git-base", paramLabel = "<ref>",
            description = "Lint the files added or changed since the merge base with <ref> (e.g. main), as git sees"
                    + " them, uncommitted and untracked files included. Needs git on the PATH.")
    private String gitBase;

    @Option(names = "--url", paramLabel = "<url>",
            description = "Also read this database (read only) and report the size of each table a finding touches.")
    private String url;

    @Option(names = "--schema", paramLabel = "<schema>",
            description = "With --url: the schema of unqualified table names (default: the URL's search_path, else"
                    + " public).")
    private String schema;

    @Option(names = "--severity", paramLabel = "<CODE=level>", split = ",",
            description = "Override a check's severity: error, warning or off, e.g. --severity PG101=error,MG107=off"
                    + " (repeatable).")
    private List<String> severities = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text, json (one JSON object) or github (::error annotations for GitHub Actions)"
                    + " (default: ${DEFAULT-VALUE}).")
    private LintFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (latest != null && gitBase != null) {
            throw new ParameterException(spec.commandLine(), "--latest and --git-base choose the files differently:"
                    + " pass one of them");
        }
        LintSettings settings = LintSettings.DEFAULTS;
        for (String assignment : severities) {
            try {
                settings = settings.with(assignment);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--severity " + e.getMessage());
            }
        }
        Path dir = directory.location().path().orElseThrow();
        LintScope scope;
        if (latest != null) {
            if (latest < 1) {
                throw new ParameterException(spec.commandLine(), "--latest needs at least 1 file");
            }
            scope = LintScope.latest(latest);
        } else if (gitBase != null) {
            scope = LintScope.paths(GitChanges.since(dir, gitBase));
        } else {
            scope = LintScope.all();
        }
        MigrationsConfiguration config = Migrations.configure().directory(dir.toString())
                .directoryFormat(directory.format()).lintSettings(settings);
        if (url != null) {
            config.url(url);
        }
        if (schema != null) {
            config.schema(schema);
        }
        LintReport report = config.lint(scope);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(json(report));
            case github -> {
                out.print(LintOutput.github(report, githubPrefix(dir)));
                out.println(LintOutput.summary(report));
            }
            default -> out.print(LintOutput.text(report));
        }
        out.flush();
        return report.hasErrors() ? MigrationsCommand.FAILURE : 0;
    }

    private static String json(LintReport report) {
        try {
            return new ObjectMapper().writeValueAsString(LintDocument.of(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the lint report as JSON", e);
        }
    }

    /** The directory as given, relative to where the command runs (the repository root in CI), ending in '/'. */
    private static String githubPrefix(Path dir) {
        Path relative = dir.isAbsolute() ? Path.of("").toAbsolutePath().relativize(dir) : dir.normalize();
        String prefix = relative.toString().replace('\\', '/');
        return prefix.isEmpty() ? "" : prefix + "/";
    }
}
