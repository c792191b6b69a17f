package dev.migrations.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code migrations migrate}: the verbs that work on a migration directory. Add new verbs to {@code subcommands}. */
@Command(name = "migrate",
        description = "Work with a versioned migration directory and its atlas.sum.",
        subcommands = {ApplyCommand.class, StatusCommand.class, SetCommand.class, RehashCommand.class,
                HashCommand.class, ValidateCommand.class, NewCommand.class, LintCommand.class})
public final class MigrateCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing verb: apply, status, set, rehash, hash, validate, new or lint");
    }
}
