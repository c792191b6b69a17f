package dev.migrations.bench;

/**
 * Cold apply of one history of the corpus table.
 *
 * @param layout the layout our library read
 * @param source where the history comes from
 * @param apply  the measurements
 */
record CorpusResult(String layout, String source, ColdApplyResult apply) {
}
