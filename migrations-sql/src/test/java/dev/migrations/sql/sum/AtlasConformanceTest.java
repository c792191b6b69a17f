package dev.migrations.sql.sum;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import dev.migrations.sql.testing.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every directory in shared/conformance/atlas re-hashes to the exact bytes Atlas wrote. Skips without shared/. */
class AtlasConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyConformanceDirectoryRehashesByteForByte() throws IOException {
        Path conformance = SharedData.atlasConformance().orElse(null);
        assumeTrue(conformance != null, "shared/conformance/atlas is not available beside the checkout");
        List<Path> directories;
        try (Stream<Path> children = Files.list(conformance)) {
            directories = children.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(directories).isNotEmpty();
        return directories.stream().map(directory -> DynamicTest.dynamicTest(directory.getFileName().toString(), () -> {
            MigrationRoot root = DirectoryReader.read(DirectoryLocation.of(directory), DirectoryFormat.ATLAS);
            assertThat(root.directories()).hasSize(1);
            MigrationDirectory only = root.directories().get(0);

            assertThat(only.computeSum().toBytes()).asString()
                    .isEqualTo(Files.readString(directory.resolve("atlas.sum")));
            only.verifySum();
        }));
    }
}
