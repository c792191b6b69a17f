package dev.migrations.sql.dir;

import java.io.IOException;
import java.util.List;

/** Which files of a folder a layout treats as migrations, in Atlas hash order. */
interface FileSelection {

    /**
     * @param tree   the tree holding the directory
     * @param folder the directory inside the tree ("" for the root)
     * @return file names relative to {@code folder}, '/'-separated, in hash order
     */
    List<String> select(SourceTree tree, String folder) throws IOException;

    static FileSelection of(DirectoryFormat format, String display) {
        return switch (format) {
            case ATLAS, GOOSE, DBMATE -> new SuffixSelection(".sql");
            case GOLANG_MIGRATE -> new SuffixSelection(".up.sql");
            case FLYWAY -> new FlywaySelection();
            case PRISMA -> new PrismaSelection(display);
            case AUTO -> throw new IllegalArgumentException("resolve the layout before selecting files");
        };
    }
}
