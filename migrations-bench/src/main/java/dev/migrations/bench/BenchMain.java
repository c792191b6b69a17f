package dev.migrations.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures our library against plain Flyway and psql in one run, prints the Markdown report and writes it to
 * {@code --out}. See {@link BenchOptions#USAGE}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Consumer<String> progress = line -> System.err.println(String.format(Locale.ROOT, "[%7.1f s] %s",
                (System.nanoTime() - started) / 1e9, line));
        try (Scratch scratch = Scratch.create();
             BenchServer server = BenchServer.start(Optional.ofNullable(System.getenv(BenchServer.URL_ENV)))) {
            progress.accept("PostgreSQL: " + server.description() + ", scratch folder " + scratch.root());
            BenchReport report = new Benchmark(options, server, scratch, progress).run();
            String markdown = MarkdownReport.render(report);
            System.out.println(markdown);
            Path out = options.out().toAbsolutePath();
            Files.createDirectories(out.getParent());
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
            progress.accept("report written to " + out);
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }
}
