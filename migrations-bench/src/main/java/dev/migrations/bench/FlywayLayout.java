package dev.migrations.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Writes files for plain Flyway: {@code V<n>__<description>.sql} numbered 1, 2, ... in apply order, and for each
 * file that must run outside a transaction Flyway's per-script configuration file
 * ({@code V<n>__<description>.sql.conf} with {@code executeInTransaction=false}), the Flyway counterpart of
 * {@code -- atlas:txmode none}.
 */
final class FlywayLayout {

    private FlywayLayout() {
    }

    /**
     * @param directory       an empty folder to write to
     * @param files           the files in apply order
     * @param noTransaction   names of the files that run outside a transaction
     * @return {@code directory}
     */
    static Path write(Path directory, List<SourceFile> files, Set<String> noTransaction) throws IOException {
        Files.createDirectories(directory);
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            String name = "V" + (i + 1) + "__" + description(file.name()) + ".sql";
            Files.write(directory.resolve(name), file.content());
            if (noTransaction.contains(file.name())) {
                Files.writeString(directory.resolve(name + ".conf"), "executeInTransaction=false\n",
                        StandardCharsets.UTF_8);
            }
        }
        return directory;
    }

    /** The source name without {@code .sql}, reduced to letters, digits and '_' so Flyway parses it plainly. */
    static String description(String sourceName) {
        String base = sourceName.endsWith(".sql") ? sourceName.substring(0, sourceName.length() - 4) : sourceName;
        return base.replaceAll("[^A-Za-z0-9_]", "_").replaceAll("_{2,}", "_");
    }
}
