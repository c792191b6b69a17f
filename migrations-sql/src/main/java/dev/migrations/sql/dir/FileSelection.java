package dev.migrations.sql.dir;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Which files of a folder a layout treats as migrations, in Atlas hash order. */
interface FileSelection {

    /**
     * @param tree   the tree holding the directory
     * @param folder the directory inside the tree ("" for the root)
     * @return file names relative to {@code folder}, '/'-separated, in hash order
     */
    List<String> select(SourceTree tree, String folder) throws IOException;

    /**
     * The per-file configuration files next to selected files: Flyway's {@code <file>.sql.conf}. None for the other
     * layouts.
     *
     * @param selected what {@link #select} returned for {@code folder}
     * @return names relative to {@code folder} (a selected name followed by {@code .conf})
     */
    default Set<String> scriptConfigs(SourceTree tree, String folder, List<String> selected) throws IOException {
        return Set.of();
    }

    static FileSelection of(DirectoryFormat format, String display) {
        return switch (format) {
            case ATLAS, DBMATE -> new SuffixSelection(".sql");
            case GOOSE -> new GooseSelection(display);
            case GOLANG_MIGRATE -> new SuffixSelection(".up.sql");
            case FLYWAY -> new FlywaySelection();
            case PRISMA -> new PrismaSelection(display);
            case AUTO -> throw new IllegalArgumentException("resolve the layout before selecting files");
        };
    }
}
