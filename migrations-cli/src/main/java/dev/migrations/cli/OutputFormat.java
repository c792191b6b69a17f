package dev.migrations.cli;

/** How a verb prints its result: human text, or one JSON object on standard output. */
enum OutputFormat { text, json }
