package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates a history of N files of three statements each (create table, create index, insert): Atlas layout with
 * {@code atlas.sum} for our library, {@code V<n>__t<n>.sql} for plain Flyway, one script for {@code psql}.
 */
final class SyntheticWorkload {

    private SyntheticWorkload() {
    }

    /** The SQL of file {@code n} (1-based). */
    static String sql(int n) {
        return "CREATE TABLE t" + n + " (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL "
                + "DEFAULT now());\n"
                + "CREATE INDEX t" + n + "_name_idx ON t" + n + " (name);\n"
                + "INSERT INTO t" + n + " (id, name) VALUES (1, 'row of file " + n + "');\n";
    }

    /** Our file name of file {@code n}: zero-padded version so that name order is version order. */
    static String atlasName(int n) {
        return String.format(Locale.ROOT, "%06d_t%d.sql", n, n);
    }

    /**
     * Writes the three shapes under {@code root} (created if missing).
     *
     * @param files N, at least 1
     */
    static Workload generate(Path root, int files) throws IOException {
        if (files < 1) {
            throw new IllegalArgumentException("files must be at least 1");
        }
        Path ours = Files.createDirectories(root.resolve("atlas"));
        Path flyway = Files.createDirectories(root.resolve("flyway"));
        List<SourceFile> all = new ArrayList<>(files);
        for (int n = 1; n <= files; n++) {
            byte[] content = sql(n).getBytes(StandardCharsets.UTF_8);
            Files.write(ours.resolve(atlasName(n)), content);
            Files.write(flyway.resolve("V" + n + "__t" + n + ".sql"), content);
            all.add(new SourceFile(atlasName(n), content));
        }
        AtlasSumWriter.write(ours, DirectoryFormat.ATLAS);
        Path script = PsqlScript.concatenated(root.resolve("script.sql"), all);
        return new Workload("generated N=" + files, files, ours, DirectoryFormat.ATLAS, flyway, script);
    }
}
