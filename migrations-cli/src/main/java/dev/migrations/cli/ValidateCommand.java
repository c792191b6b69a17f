package dev.migrations.cli;

import dev.migrations.cli.output.Json;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import dev.migrations.error.SumFileException;
import dev.migrations.error.SumMismatchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code migrations migrate validate}: checks the files against {@code atlas.sum}, like {@code atlas migrate
 * validate} without a dev database. Accepts every directory Atlas accepts; applies no version rules.
 */
@Command(name = "validate",
        description = {"Check that the migration files match atlas.sum (every release folder of a release root).",
                "Exit code 0 when they match, 1 when a file was edited, added or removed, or atlas.sum is missing"
                        + " or malformed."})
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private DirectoryOptions directory;

    @Mixin
    private FormatOption format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Map<String, Object>> errors = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        try {
            MigrationRoot root = DirectoryReader.read(directory.location(), directory.format());
            for (MigrationDirectory each : root.directories()) {
                try {
                    each.verifySum();
                    passed.add(each.display() + " (" + each.format().cliName() + " layout, "
                            + Counting.files(each.files().size()) + ")");
                } catch (SumMismatchException | SumFileException e) {
                    errors.add(e instanceof SumMismatchException m ? mismatch(each, m)
                            : sumFileProblem(each, (SumFileException) e));
                    messages.add(e.getMessage());
                    CliAdvice.of(e, Optional.of(DirectoryArguments.of(each.display(), each.format())))
                            .ifPresent(hints::add);
                }
            }
        } catch (MigrationsException e) {
            if (!format.json()) {
                throw e;
            }
            errors.add(error(directory.location().display(), "unreadable", e.getMessage()));
        }
        return format.json() ? printJson(errors) : printText(passed, messages, hints);
    }

    private int printText(List<String> passed, List<String> messages, List<String> hints) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        passed.forEach(each -> out.println("atlas.sum matches: " + each));
        messages.forEach(message -> err.println("error: " + message));
        hints.stream().distinct().forEach(hint -> err.println("hint: " + hint));
        return messages.isEmpty() ? 0 : 1;
    }

    private int printJson(List<Map<String, Object>> errors) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", errors.isEmpty() ? "OK" : "FAILED");
        if (!errors.isEmpty()) {
            result.put("errors", errors);
        }
        spec.commandLine().getOut().println(Json.write(result));
        return errors.isEmpty() ? 0 : 1;
    }

    private static Map<String, Object> mismatch(MigrationDirectory directory, SumMismatchException e) {
        Map<String, Object> error = error(directory.display(), e.mismatch().change().word(), e.getMessage());
        error.put("line", e.mismatch().line());
        error.put("file", e.mismatch().file());
        error.put("fix", DirectoryArguments.of(directory.display(), directory.format()).hashCommand());
        return error;
    }

    private static Map<String, Object> sumFileProblem(MigrationDirectory directory, SumFileException e) {
        Map<String, Object> error = error(directory.display(),
                e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.getMessage());
        e.line().ifPresent(line -> error.put("line", line));
        error.put("file", directory.sumFileDisplay());
        error.put("fix", DirectoryArguments.of(directory.display(), directory.format()).hashCommand());
        return error;
    }

    private static Map<String, Object> error(String dir, String problem, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("dir", dir);
        error.put("problem", problem);
        error.put("message", message);
        return error;
    }
}
