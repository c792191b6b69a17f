package dev.migrations.core.concurrency;

import dev.migrations.core.Migrations;
import dev.migrations.core.result.MigrateResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A process that boots like an application replica: waits for a start signal (a file appearing), migrates, prints
 * {@code applied=<n>} and exits 0, or prints the error and exits 1. Arguments: jdbc-url user dir start-file
 * ({@code -} to start at once).
 */
public final class BootMain {

    private BootMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0] + "?user=" + args[1];
        Path startSignal = Path.of(args[3]);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!args[3].equals("-") && !Files.exists(startSignal)) {
            if (System.nanoTime() > deadline) {
                System.out.println("no start signal");
                System.exit(2);
            }
            Thread.sleep(5);
        }
        try {
            MigrateResult result = Migrations.configure().url(url).directory(args[2])
                    .lockTimeout(Duration.ofSeconds(120)).load().migrate();
            System.out.println("applied=" + result.applied().size());
            System.exit(0);
        } catch (RuntimeException e) {
            System.out.println("error=" + e.getMessage());
            System.exit(1);
        }
    }
}
