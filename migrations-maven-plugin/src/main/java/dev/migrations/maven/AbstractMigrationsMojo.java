package dev.migrations.maven;

import dev.migrations.error.MigrationsException;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.FileSystemLocation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the migration directory, {@code skip}, the JSON report, and turning the library's errors
 * into build failures whose message says the fix in the plugin's terms and never holds a password.
 */
public abstract class AbstractMigrationsMojo extends AbstractMojo {

    /**
     * The migration directory: a folder of migration files and their {@code atlas.sum}, or a root of release folders
     * ({@code 1.0.0/}, {@code 1.1.0/}), each with its own {@code atlas.sum}.
     */
    @Parameter(property = "migrations.directory", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
    protected File directory;

    /**
     * The directory's layout: {@code atlas}, {@code flyway}, {@code golang-migrate}, {@code goose}, {@code dbmate},
     * {@code prisma}, or {@code auto} to recognise it from the files.
     */
    @Parameter(property = "migrations.directoryFormat", defaultValue = "auto")
    protected String directoryFormat;

    /** Skip the goal. */
    @Parameter(property = "migrations.skip", defaultValue = "false")
    protected boolean skip;

    /** Where the goal writes its JSON report, {@code <goal>.json}. */
    @Parameter(property = "migrations.reportDirectory", defaultValue = "${project.build.directory}/migrations")
    protected File reportDirectory;

    /** Passwords in play, kept out of every message this goal produces. */
    private final Set<String> secrets = new LinkedHashSet<>();

    /** The goal's name, e.g. {@code apply}; also the report's file name. */
    protected abstract String goal();

    /** Does the goal's work, filling the report; throws the library's exceptions as they come. */
    protected abstract void run(Report report) throws MojoExecutionException, MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping migrations:" + goal() + " (migrations.skip)");
            return;
        }
        Report report = new Report(goal());
        FlywayLog flywayLog = FlywayLog.install(getLog());
        try {
            run(report);
        } catch (MigrationsException | IllegalArgumentException e) {
            throw failure(report, e);
        } catch (MojoFailureException e) {
            throw failure(report, e);
        } catch (RuntimeException e) {
            String message = scrub(String.valueOf(e.getMessage()));
            writeFailedReport(report, message);
            throw new MojoExecutionException("migrations:" + goal() + " failed: " + message, causeIfClean(e));
        } finally {
            flywayLog.close();
        }
        writeReport(report);
    }

    /**
     * Makes a build failure of a library error or bad parameter: the fix phrased for Maven, passwords removed. The
     * message is complete (file, line, fix), so the exception is not attached as cause (Maven would repeat the
     * messages of the whole cause chain, in the library's own phrasing); {@code -X} shows its stack trace.
     */
    private MojoFailureException failure(Report report, Exception e) {
        String message = scrub(phrasing().apply(String.valueOf(e.getMessage())))
                + MavenAdvice.of(e).map(advice -> " " + advice).orElse("");
        writeFailedReport(report, message);
        if (getLog().isDebugEnabled()) {
            Throwable cause = causeIfClean(e);
            if (cause != null) {
                getLog().debug("migrations:" + goal() + " failed", cause);
            }
        }
        return new MojoFailureException(message);
    }

    private void writeFailedReport(Report report, String message) {
        report.put("status", "FAILED").put("error", message);
        try {
            File file = report.write(reportDirectory);
            getLog().debug("wrote " + file);
        } catch (IOException io) {
            getLog().warn("could not write the report " + report.file(reportDirectory) + ": " + io.getMessage());
        }
    }

    private void writeReport(Report report) throws MojoExecutionException {
        try {
            File file = report.write(reportDirectory);
            getLog().info("Report: " + file);
        } catch (IOException e) {
            throw new MojoExecutionException("could not write the report " + report.file(reportDirectory) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Registers a password to keep out of messages and logs. */
    protected void addSecret(String password) {
        if (password != null && !password.isEmpty()) {
            secrets.add(password);
        }
    }

    /** The text with every registered password replaced by {@code ***}. */
    protected String scrub(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    /** The exception, to attach as cause, unless its chain mentions a password (stack traces would show it). */
    private Throwable causeIfClean(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (!scrub(message).equals(message)) {
                return null;
            }
        }
        return e;
    }

    /** The configured layout. */
    protected DirectoryFormat format() {
        String name = directoryFormat == null || directoryFormat.isBlank() ? "auto"
                : directoryFormat.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        try {
            return DirectoryFormat.fromCliName(name);
        } catch (IllegalArgumentException | MigrationsException e) {
            throw new IllegalArgumentException("directoryFormat (migrations.directoryFormat): " + e.getMessage(), e);
        }
    }

    /**
     * The directory as the library gets it: relative to the working directory when it lies below it (so messages show
     * {@code src/main/resources/db/migrations}), absolute otherwise.
     */
    protected String directorySpec() {
        Path dir = directory.toPath().toAbsolutePath().normalize();
        Path cwd = workingDirectory();
        if (dir.startsWith(cwd) && !dir.equals(cwd)) {
            return cwd.relativize(dir).toString();
        }
        return dir.toString();
    }

    /** The directory as a location for the directory reader. */
    protected DirectoryLocation location() {
        String spec = directorySpec();
        return new FileSystemLocation(Path.of(spec), spec);
    }

    protected MavenPhrasing phrasing() {
        return new MavenPhrasing();
    }

    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath().normalize();
    }
}
