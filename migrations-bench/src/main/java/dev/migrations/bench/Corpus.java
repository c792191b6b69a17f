package dev.migrations.bench;

/**
 * A history of the corpus table: a real one from the shared folder, or a small generated one for a layout the shared
 * folder has none of.
 *
 * @param workload the history in the tools' shapes
 * @param layout   the layout our library reads it in, e.g. {@code goose} or {@code flyway (versioned + repeatable)}
 * @param source   where it comes from, as the report says
 */
record Corpus(Workload workload, String layout, String source) {
}
