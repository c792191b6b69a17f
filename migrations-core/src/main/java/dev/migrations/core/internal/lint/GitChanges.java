package dev.migrations.core.internal.lint;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files of a migration directory added or changed relative to a git base (e.g. {@code main}): the difference
 * between the merge base of the base and {@code HEAD} and the working tree, plus untracked files. Runs {@code git}
 * from the PATH.
 */
public final class GitChanges {

    private static final long TIMEOUT_SECONDS = 60;

    private GitChanges() {
    }

    /**
     * @param directory the migration directory, inside a git work tree
     * @param base      a branch, tag or commit
     * @return the changed paths, relative to {@code directory}
     * @throws MigrationsException when git is missing, the directory is not in a work tree or the base is unknown
     */
    public static Set<String> since(Path directory, String base) {
        Path dir = directory.toAbsolutePath().normalize();
        Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").get(0)).toAbsolutePath().normalize();
        String mergeBase = git(dir, "merge-base", base, "HEAD").get(0);
        Set<String> changed = new HashSet<>();
        List<String> lines = new ArrayList<>(git(dir, "diff", "--name-only", "--diff-filter=ACMR", "--no-renames",
                mergeBase, "--", "."));
        List<String> untracked = git(dir, "ls-files", "--others", "--exclude-standard", "--full-name", "--", ".");
        lines.addAll(untracked);
        for (String line : lines) {
            Path file = top.resolve(line).normalize();
            if (file.startsWith(dir)) {
                changed.add(dir.relativize(file).toString().replace('\\', '/'));
            }
        }
        return changed;
    }

    private static List<String> git(Path directory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-c");
        command.add("core.quotePath=false");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "cannot run git to find the changed files (" + e.getMessage()
                    + "): install git and put it on the PATH, or lint with LintScope.latest(N)", e);
        }
        try (InputStream out = process.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "'" + String.join(" ", command) + "' failed in " + directory + ": "
                        + text.strip() + "; check that the directory is in a git work tree and the base exists"
                        + " (in CI, fetch it: git fetch origin main, and a deep enough history)");
            }
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines.isEmpty() && arguments[0].equals("rev-parse") ? List.of(directory.toString()) : lines;
        } catch (IOException e) {
            throw new MigrationsException(ErrorKind.DIRECTORY_IO, "cannot read git's output: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "interrupted while running git", e);
        }
    }
}
