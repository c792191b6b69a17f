package dev.migrations.sql.dir;

/** A name in a folder of a {@link SourceTree}: a sub-folder or anything else (treated as a file). */
record TreeEntry(String name, boolean folder) {
}
