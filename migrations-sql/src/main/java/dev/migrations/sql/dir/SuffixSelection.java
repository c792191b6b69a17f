package dev.migrations.sql.dir;

import java.io.IOException;
import java.util.List;

/**
 * Top-level files whose name ends with a suffix (case-sensitive), ordered by UTF-8 bytes: Atlas's {@code *.sql}
 * and golang-migrate's {@code *.up.sql}. Sub-folders are not entered; hidden files are not skipped.
 */
record SuffixSelection(String suffix) implements FileSelection {

    @Override
    public List<String> select(SourceTree tree, String folder) throws IOException {
        return tree.list(folder).stream()
                .filter(entry -> !entry.folder() && entry.name().endsWith(suffix))
                .map(TreeEntry::name)
                .toList();
    }
}
