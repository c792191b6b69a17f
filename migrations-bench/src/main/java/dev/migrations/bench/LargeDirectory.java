package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Generates a big Atlas-layout directory with {@code atlas.sum} for the integrity measurement. */
final class LargeDirectory {

    private LargeDirectory() {
    }

    /**
     * Writes {@code files} SQL files of about {@code totalBytes / files} bytes each (a create table and multi-row
     * inserts), then {@code atlas.sum}.
     *
     * @return the directory, {@code root} itself (created if missing)
     */
    static Path generate(Path root, int files, long totalBytes) throws IOException {
        Files.createDirectories(root);
        long perFile = Math.max(200, totalBytes / files);
        for (int n = 1; n <= files; n++) {
            Files.write(root.resolve(name(n)), content(n, perFile).getBytes(StandardCharsets.UTF_8));
        }
        AtlasSumWriter.write(root, DirectoryFormat.ATLAS);
        return root;
    }

    /** File {@code n}'s name: zero-padded so name order is version order. */
    static String name(int n) {
        return String.format(Locale.ROOT, "%06d_big%d.sql", n, n);
    }

    private static String content(int n, long bytes) {
        StringBuilder sql = new StringBuilder((int) bytes + 128);
        sql.append("CREATE TABLE big").append(n).append(" (id bigint PRIMARY KEY, payload text NOT NULL);\n");
        int row = 0;
        while (sql.length() < bytes) {
            sql.append("INSERT INTO big").append(n).append(" (id, payload) VALUES (").append(++row)
                    .append(", 'payload ").append(n).append('-').append(row)
                    .append(" lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod');\n");
        }
        return sql.toString();
    }
}
