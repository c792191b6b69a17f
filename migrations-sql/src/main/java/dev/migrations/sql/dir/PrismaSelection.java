package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prisma Migrate's reading of a {@code migrations} folder: every sub-folder (hidden ones skipped) is one migration
 * whose {@code migration.sql} runs as a whole; folders in UTF-8 name order. The names in {@code atlas.sum} are
 * {@code <folder>/migration.sql}. A folder without {@code migration.sql} is refused as Prisma refuses it, and so is a
 * {@code migration_lock.toml} whose provider is not PostgreSQL.
 *
 * @param display how messages show the location
 */
record PrismaSelection(String display) implements FileSelection {

    /** The one script of every Prisma migration folder. */
    static final String SCRIPT = "migration.sql";
    /** The file in which Prisma records the database provider of the history. */
    static final String LOCK_FILE = "migration_lock.toml";

    private static final Pattern PROVIDER = Pattern.compile("(?m)^\\s*provider\\s*=\\s*\"([^\"]*)\"");

    @Override
    public List<String> select(SourceTree tree, String folder) throws IOException {
        List<String> names = new ArrayList<>();
        for (TreeEntry entry : tree.list(folder)) {
            if (entry.folder() && !entry.name().startsWith(".")) {
                String migrationFolder = SourceTree.join(folder, entry.name());
                boolean hasScript = tree.list(migrationFolder).stream()
                        .anyMatch(inner -> !inner.folder() && inner.name().equals(SCRIPT));
                if (!hasScript) {
                    throw new MigrationsException(ErrorKind.INVALID_MIGRATIONS, MigrationDirectory.joinDisplay(display, migrationFolder) + " has no " + SCRIPT + ", so it is"
                            + " not a Prisma migration (Prisma refuses such a folder too, P3015); restore its "
                            + SCRIPT + " from version control, or delete the folder if the migration was abandoned");
                }
                names.add(entry.name() + "/" + SCRIPT);
            } else if (!entry.folder() && entry.name().equals(LOCK_FILE)) {
                checkProvider(tree, SourceTree.join(folder, entry.name()));
            }
        }
        return names;
    }

    private void checkProvider(SourceTree tree, String lockFile) throws IOException {
        String text = new String(tree.read(lockFile), StandardCharsets.UTF_8);
        Optional<String> provider = provider(text);
        if (provider.isPresent() && !provider.get().equals("postgresql") && !provider.get().equals("postgres")) {
            throw new MigrationsException(ErrorKind.INVALID_MIGRATIONS, MigrationDirectory.joinDisplay(display, lockFile) + " says provider = \"" + provider.get() + "\": these"
                    + " migrations were written for another database, and this runner applies PostgreSQL migrations"
                    + " only; point it at a Prisma history made with provider = \"postgresql\"");
        }
    }

    /** The provider named in a {@code migration_lock.toml}, if any. */
    static Optional<String> provider(String lockFileText) {
        Matcher matcher = PROVIDER.matcher(lockFileText);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
