package dev.migrations.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code migrations migrate}: the verbs that work on a migration directory. Its subcommands are added per command
 * line from {@link Verb}; add new verbs there.
 */
@Command(name = MigrateCommand.NAME,
        description = "Work with a versioned migration directory and its atlas.sum.")
public final class MigrateCommand implements Runnable {

    /** The command's name, as typed. */
    static final String NAME = "migrate";

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing verb: apply, status, set, rehash, hash, validate, new or lint");
    }
}
