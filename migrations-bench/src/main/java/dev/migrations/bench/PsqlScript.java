package dev.migrations.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The script of a single {@code psql} session in autocommit mode (so {@code CREATE INDEX CONCURRENTLY} runs outside
 * a transaction block, as in the tools' no-transaction files).
 */
final class PsqlScript {

    private PsqlScript() {
    }

    /**
     * Every file's SQL one after the other, each followed by a newline. Right for files whose statements all end
     * with ';' (the generated ones).
     */
    static Path concatenated(Path script, List<SourceFile> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(script)) {
            for (SourceFile file : files) {
                out.write(file.content());
                out.write('\n');
            }
        }
        return script;
    }

    /**
     * One {@code \i '<file>'} per file, in order: psql runs each file as with {@code -f}, including a last statement
     * without ';' (real histories have those; concatenated, it would run into the next file).
     */
    static Path including(Path script, List<Path> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            String path = file.toAbsolutePath().toString();
            if (path.contains("\n")) {
                throw new IllegalArgumentException("a file name with a line break cannot be included: " + path);
            }
            text.append("\\i '").append(path.replace("\\", "\\\\").replace("'", "\\'")).append("'\n");
        }
        Files.writeString(script, text, StandardCharsets.UTF_8);
        return script;
    }
}
