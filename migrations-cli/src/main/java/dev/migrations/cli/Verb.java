package dev.migrations.cli;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The verbs of {@code migrations migrate}, in the order its help lists them. A command line that names one verb
 * gets a command tree with that verb alone: picocli reads the annotations of every command it is given, and for
 * the hot verbs ({@code validate}, {@code status}) building the whole tree took about as long as the verb's work.
 */
enum Verb {
    APPLY("apply", ApplyCommand::new),
    STATUS("status", StatusCommand::new),
    SET("set", SetCommand::new),
    REHASH("rehash", RehashCommand::new),
    HASH("hash", HashCommand::new),
    VALIDATE("validate", ValidateCommand::new),
    NEW("new", NewCommand::new),
    LINT("lint", LintCommand::new);

    private final String commandName;
    private final Supplier<Object> command;

    Verb(String commandName, Supplier<Object> command) {
        this.commandName = commandName;
        this.command = command;
    }

    /** The verb as typed, the name of its {@code @Command}. */
    String commandName() {
        return commandName;
    }

    /** A new instance of the verb's command. */
    Object newCommand() {
        return command.get();
    }

    /**
     * The verbs a command line needs: the one it names when it reads {@code migrate <verb> ...} (with nothing but
     * {@code --verbose} in between); every verb otherwise, so that help, a missing verb and a mistyped one are
     * answered with the full list.
     */
    static List<Verb> neededBy(String... args) {
        int next = skipVerbose(args, 0);
        if (next < args.length && args[next].equals(MigrateCommand.NAME)) {
            int verb = skipVerbose(args, next + 1);
            if (verb < args.length) {
                for (Verb each : values()) {
                    if (each.commandName.equals(args[verb])) {
                        return List.of(each);
                    }
                }
            }
        }
        return Arrays.asList(values());
    }

    private static int skipVerbose(String[] args, int from) {
        int i = from;
        while (i < args.length && args[i].equals(MigrationsCommand.VERBOSE)) {
            i++;
        }
        return i;
    }
}
