package dev.migrations.cli;

import dev.migrations.error.MigrationsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * {@code migrations}: the command line. Exit codes: 0 success, 1 failure (validation, migration, I/O),
 * 2 usage error.
 */
@Command(name = "migrations",
        description = "Versioned PostgreSQL migrations with atlas.sum integrity.",
        mixinStandardHelpOptions = true,
        versionProvider = MigrationsCommand.Version.class,
        scope = ScopeType.INHERIT,
        subcommands = MigrateCommand.class)
public final class MigrationsCommand implements Runnable {

    /** Exit code of a failed validation or migration. */
    public static final int FAILURE = 1;
    /** Exit code of a command line that could not be understood. */
    public static final int USAGE = 2;

    /** The flag every command inherits; the one option that may also stand before a verb. */
    static final String VERBOSE = "--verbose";

    @Option(names = VERBOSE, scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: migrate");
    }

    public static void main(String... args) {
        quietLogsUnlessVerbose(args);
        System.exit(run(System.out, System.err, args));
    }

    /**
     * The verbs print their own results and errors; library warnings go to standard error, and the library's and
     * the engine's (Flyway's) progress lines only with {@code --verbose} (or when a logging level is set explicitly).
     */
    private static void quietLogsUnlessVerbose(String... args) {
        boolean verbose = java.util.Arrays.asList(args).contains(VERBOSE);
        String level = "org.slf4j.simpleLogger.defaultLogLevel";
        if (System.getProperty(level) == null) {
            System.setProperty(level, verbose ? "info" : "warn");
        }
        String engine = "org.slf4j.simpleLogger.log.org.flywaydb";
        if (System.getProperty(engine) == null && !verbose) {
            System.setProperty(engine, "off");
        }
    }

    /**
     * Runs the command line in-process.
     *
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine commandLine = new CommandLine(new MigrationsCommand());
        CommandLine migrate = commandLine.getSubcommands().get(MigrateCommand.NAME);
        for (Verb verb : Verb.neededBy(args)) {
            migrate.addSubcommand(verb.commandName(), verb.newCommand());
        }
        // set after the verbs are added: picocli passes these settings to the subcommands present at the call
        commandLine.setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(MigrationsCommand::usageError)
                .setExecutionExceptionHandler(MigrationsCommand::failure);
        int exitCode = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        if (isVerbose(commandLine.getParseResult())) {
            e.printStackTrace(err);
        }
        return USAGE;
    }

    private static int failure(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = isVerbose(parseResult);
        if (e instanceof MigrationsException me) {
            err.println("error: " + e.getMessage());
            CliAdvice.of(me, directoryOf(commandLine)).ifPresent(advice -> err.println("hint: " + advice));
        } else {
            err.println("error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        return FAILURE;
    }

    /** The {@code --dir} and {@code --dir-format} of the command that failed, when it has them. */
    private static java.util.Optional<DirectoryArguments> directoryOf(CommandLine commandLine) {
        return commandLine.getCommandSpec().mixins().values().stream()
                .map(CommandSpec::userObject)
                .filter(DirectoryOptions.class::isInstance)
                .map(each -> DirectoryArguments.of((DirectoryOptions) each))
                .findFirst();
    }

    private static boolean isVerbose(ParseResult result) {
        for (ParseResult each = result; each != null; each = each.hasSubcommand() ? each.subcommand() : null) {
            if (each.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    /** The version from the jar manifest. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = MigrationsCommand.class.getPackage().getImplementationVersion();
            return new String[]{"migrations " + (version == null ? "(development build)" : version)};
        }
    }
}
