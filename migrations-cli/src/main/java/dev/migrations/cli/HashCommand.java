package dev.migrations.cli;

import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code migrations migrate hash}: (re)writes {@code atlas.sum}, like {@code atlas migrate hash}. */
@Command(name = "hash",
        description = {"Write atlas.sum for the migration directory (for a release root: in every release folder).",
                "Run it after an intended change to the migration files."})
public final class HashCommand implements Callable<Integer> {

    @Mixin
    private DirectoryOptions directory;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MigrationRoot root = DirectoryReader.read(directory.location(), directory.format());
        PrintWriter out = spec.commandLine().getOut();
        for (MigrationDirectory each : root.directories()) {
            each.writeSum();
            out.println("wrote " + each.sumFileDisplay() + " (" + Counting.files(each.files().size()) + ")");
        }
        return 0;
    }
}
