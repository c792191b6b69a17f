package dev.migrations.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of the verbs that report. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "Output: text or json (one JSON object on standard output) (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    /** True for {@code --format json}. */
    boolean json() {
        return format == OutputFormat.json;
    }
}
