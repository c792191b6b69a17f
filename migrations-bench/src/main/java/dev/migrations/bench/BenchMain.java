package dev.migrations.bench;

import picocli.CommandLine;

/**
 * Runs the benchmark and writes its Markdown report to {@code --out}; {@code --help} lists the options (see
 * {@link BenchCommand}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
