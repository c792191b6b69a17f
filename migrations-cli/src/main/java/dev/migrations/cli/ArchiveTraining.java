package dev.migrations.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The run recorded into the class-data archive at build time (see this module's pom): in one JVM, the verbs people
 * start most, so that the archive holds the classes each of them loads. The status run connects to a port nobody
 * listens on: the build needs no database, and the classes of the connection path load all the same. Not part of
 * the command line; its output goes nowhere.
 */
public final class ArchiveTraining {

    /** A port with no server behind it (TCP port 1 is reserved and unused). */
    private static final String NO_SERVER = "postgres://training@127.0.0.1:1/training";

    private ArchiveTraining() {
    }

    /**
     * @param args the training directory, with an {@code atlas.sum}
     */
    public static void main(String[] args) {
        String dir = args[0];
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        MigrationsCommand.run(nowhere, nowhere, "migrate", "--help");
        MigrationsCommand.run(nowhere, nowhere, "migrate", "validate", "--dir", dir);
        MigrationsCommand.run(nowhere, nowhere, "migrate", "status", "--dir", dir, "--url", NO_SERVER);
        MigrationsCommand.run(nowhere, nowhere, "migrate", "lint", "--dir", dir);
    }
}
