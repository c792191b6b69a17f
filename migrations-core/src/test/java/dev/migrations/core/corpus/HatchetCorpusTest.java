package dev.migrations.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.StatusResult;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real Atlas-written history (82 files, 12 of them {@code -- atlas:txmode none} with
 * {@code CREATE INDEX CONCURRENTLY}) applies on an empty database, and every revisions row carries what Atlas itself
 * would write: the version and description from the file name, type 2, and the hash of the Atlas-written atlas.sum.
 */
class HatchetCorpusTest {

    @Test
    void appliesTheWholeHistoryWithAtlasIdenticalRevisionRows() throws IOException {
        Path corpus = SharedData.require("corpora/hatchet-atlas");
        Map<String, String> atlasEntries = new LinkedHashMap<>();
        List<String> sumLines = Files.readAllLines(corpus.resolve("atlas.sum"));
        for (String line : sumLines.subList(1, sumLines.size())) {
            int split = line.lastIndexOf(" h1:");
            atlasEntries.put(line.substring(0, split), line.substring(split + 4));
        }
        try (TestDatabase db = TestPostgres.newDatabase()) {
            Migrations migrations = Migrations.configure().dataSource(db.dataSource()).directory(corpus.toString())
                    .load();

            MigrateResult result = migrations.migrate();

            assertThat(result.applied()).hasSize(atlasEntries.size());
            List<Map<String, String>> rows = Db.rows(db, "SELECT version, description, type, hash, applied, total, "
                    + "error FROM atlas_schema_revisions");
            assertThat(rows).hasSize(atlasEntries.size());
            Map<String, Map<String, String>> byVersion = new LinkedHashMap<>();
            rows.forEach(r -> byVersion.put(r.get("version"), r));
            for (Map.Entry<String, String> e : atlasEntries.entrySet()) {
                String base = e.getKey().substring(0, e.getKey().length() - ".sql".length());
                int u = base.indexOf('_');
                String version = u < 0 ? base : base.substring(0, u);
                String description = u < 0 ? "" : base.substring(u + 1);
                assertThat(byVersion.get(version)).as(e.getKey())
                        .containsEntry("description", description)
                        .containsEntry("type", "2")
                        .containsEntry("hash", e.getValue())
                        .containsEntry("error", null);
                assertThat(byVersion.get(version).get("applied")).isEqualTo(byVersion.get(version).get("total"));
            }
            StatusResult status = migrations.status();
            assertThat(status.status()).isEqualTo(StatusResult.Status.OK);
            assertThat(status.problems()).isEmpty();
            assertThat(migrations.migrate().nothingApplied()).isTrue();
            assertThat(Db.value(db, "SELECT count(*) FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid "
                    + "WHERE c.relname = 'Event_createdAt_idx' AND x.indisvalid")).as("index built concurrently")
                    .isEqualTo("1");
        }
    }
}
