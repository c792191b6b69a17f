package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;

import java.io.IOException;
import java.util.List;

/**
 * goose's SQL files, hashed as Atlas hashes a goose directory (every top-level {@code .sql} file, by name). A goose
 * Go migration ({@code <version>_<name>.go}) cannot run here; it is refused rather than skipped, since skipping it
 * would apply the later files on a database that lacks its change.
 *
 * @param display how messages show the location
 */
record GooseSelection(String display) implements FileSelection {

    @Override
    public List<String> select(SourceTree tree, String folder) throws IOException {
        for (TreeEntry entry : tree.list(folder)) {
            String name = entry.name();
            if (!entry.folder() && name.endsWith(".go") && !name.endsWith("_test.go")
                    && Character.isDigit(name.charAt(0))) {
                throw new MigrationsException(ErrorKind.INVALID_MIGRATIONS, MigrationDirectory.joinDisplay(display, SourceTree.join(folder, name))
                        + " is a goose Go migration, which this runner cannot run (it runs SQL migrations only), and"
                        + " skipping it would apply the files after it without its change; rewrite it as a SQL file"
                        + " with the same version, or move it out if it already ran everywhere");
            }
        }
        return new SuffixSelection(".sql").select(tree, folder);
    }
}
