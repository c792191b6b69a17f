package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.sql.migration.TxMode;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationLoader;
import dev.migrations.sql.migration.LoadedDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The migrations shipped in the jar: their atlas.sum files are up to date and they follow the Atlas layout. */
class ShippedMigrationsTest {

    static final Path SOURCE = Path.of("src/main/resources/db/migrations");
    static final List<String> ALL_FILES = List.of(
            "1.0.0/20250110090000_create_users.sql",
            "1.0.0/20250110090100_create_profiles.sql",
            "1.0.0/20250110090200_sync_profiles.sql",
            "1.0.0/20250110090300_seed_users.sql",
            "1.1.0/20250301100000_add_profile_avatar_url.sql",
            "1.1.0/20250301100100_index_profiles_display_name.sql");
    static final String LAST_1_0_0 = "20250110090300";
    static final String LATEST = "20250301100100";

    @Test
    void theClasspathDirectoryLoadsWithItsSumsVerified() {
        LoadedDirectory plan = MigrationLoader.load(DirectoryLocation.parse(LegacyDatabase.DIRECTORY,
                getClass().getClassLoader()), DirectoryFormat.ATLAS);

        assertThat(plan.root().releaseRoot()).isTrue();
        assertThat(plan.root().directories()).extracting(MigrationDirectory::release).containsExactly("1.0.0", "1.1.0");
        assertThat(plan.migrations()).extracting(Migration::path).containsExactlyElementsOf(ALL_FILES);
        assertThat(LegacyDatabase.baselineVersion(LegacyDatabase.DIRECTORY)).isEqualTo(LAST_1_0_0);
    }

    @Test
    void theSourceFoldersMatchTheirAtlasSum() {
        // MigrationLoader above reads the copy in target/classes; this catches an edit of the source not yet rehashed
        MigrationRoot root = DirectoryReader.read(DirectoryLocation.of(SOURCE), DirectoryFormat.ATLAS);

        assertThat(root.directories()).hasSize(2).allSatisfy(MigrationDirectory::verifySum);
    }

    @Test
    void filesAreNamedByUtcTimestamp() {
        List<Migration> files = load();

        assertThat(files).allSatisfy(m -> assertThat(m.name()).matches("\\d{14}_[a-z0-9_]+\\.sql"));
    }

    @Test
    void exactlyOneFileRunsWithoutATransactionAndItBuildsAnIndexConcurrently() {
        List<Migration> noTransaction = load().stream()
                .filter(m -> m.directives().txMode().equals(Optional.of(TxMode.NONE)))
                .toList();

        assertThat(noTransaction).singleElement().satisfies(m -> {
            assertThat(m.release()).isEqualTo("1.1.0");
            assertThat(m.sql()).startsWith("-- atlas:txmode none\n\n").contains("CREATE INDEX CONCURRENTLY");
        });
    }

    private List<Migration> load() {
        return MigrationLoader.load(DirectoryLocation.parse(LegacyDatabase.DIRECTORY, getClass().getClassLoader()),
                DirectoryFormat.ATLAS).migrations();
    }
}
