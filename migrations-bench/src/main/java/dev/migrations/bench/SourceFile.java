package dev.migrations.bench;

/**
 * One migration file's name and bytes, in a corpus or as generated.
 *
 * @param name    file name without folders
 * @param content raw bytes (line endings as in the source)
 */
record SourceFile(String name, byte[] content) {
}
