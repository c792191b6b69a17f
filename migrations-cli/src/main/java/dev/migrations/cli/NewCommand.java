package dev.migrations.cli;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code migrations migrate new [name]}: creates an empty migration named after the current UTC time, then
 * re-hashes, like {@code atlas migrate new}. Refuses while {@code atlas.sum} is out of date.
 */
@Command(name = "new",
        description = {"Create an empty migration file named after the current UTC time, then update atlas.sum.",
                "Names: <yyyyMMddHHmmss>_<name>.sql (goose and dbmate: with their Up and Down section markers);"
                        + " flyway: V<yyyyMMddHHmmss>__<name>.sql; golang-migrate: <yyyyMMddHHmmss>_<name>.up.sql and"
                        + " .down.sql; prisma: <yyyyMMddHHmmss>_<name>/migration.sql.",
                "Refuses while atlas.sum does not match the files. In a release root the file goes into the newest"
                        + " release folder. Creates the directory if it does not exist."})
public final class NewCommand implements Callable<Integer> {

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    @Mixin
    private DirectoryOptions directory;

    @Parameters(arity = "0..1", paramLabel = "<name>", description = "Describes the change, e.g. add_users.")
    private String name;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        checkName();
        DirectoryLocation location = directory.location();
        Files.createDirectories(location.path().orElseThrow());
        MigrationRoot root = DirectoryReader.read(location, directory.format());
        for (MigrationDirectory each : root.directories()) {
            refuseWhenOutOfDate(each);
        }
        MigrationDirectory target = root.directories().get(root.directories().size() - 1);
        Path folder = target.path().orElseThrow();
        String version = VERSION.format(Instant.now());
        for (String file : fileNames(root.format(), version)) {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            create(path, target.fileDisplay(file), template(root.format()));
            spec.commandLine().getOut().println(target.fileDisplay(file));
        }
        DirectoryReader.read(location, root.format()).directories().stream()
                .filter(each -> each.release().equals(target.release()))
                .forEach(MigrationDirectory::writeSum);
        return 0;
    }

    private void checkName() {
        if (name != null && (name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("\0"))) {
            throw new ParameterException(spec.commandLine(), "the migration name '" + name + "' must not be blank or"
                    + " contain '/' or '\\'; use a word like add_users");
        }
    }

    private static void refuseWhenOutOfDate(MigrationDirectory directory) {
        try {
            directory.verifySum();
        } catch (MigrationsException e) {
            throw new MigrationsException(e.kind(), "refusing to add a migration while atlas.sum is out of date. "
                    + e.getMessage(), e);
        }
    }

    private List<String> fileNames(DirectoryFormat format, String version) {
        String suffix = name == null ? "" : "_" + name;
        return switch (format) {
            case ATLAS, GOOSE, DBMATE -> List.of(version + suffix + ".sql");
            case FLYWAY -> List.of("V" + version + (name == null ? "" : "__" + name) + ".sql");
            case GOLANG_MIGRATE -> List.of(version + suffix + ".up.sql", version + suffix + ".down.sql");
            case PRISMA -> List.of(version + suffix + "/migration.sql");
            case AUTO -> throw new IllegalStateException("reading resolves the layout");
        };
    }

    /** What a new file holds: the sections its tool needs, nothing for the layouts that run whole files. */
    private static String template(DirectoryFormat format) {
        return switch (format) {
            case GOOSE -> "-- +goose Up\n\n-- +goose Down\n";
            case DBMATE -> "-- migrate:up\n\n-- migrate:down\n";
            default -> "";
        };
    }

    private static void create(Path file, String shown, String content) throws IOException {
        try {
            Files.writeString(file, content, java.nio.charset.StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new MigrationsException(ErrorKind.DIRECTORY_IO, shown + " already exists (two migrations in the same second?); wait a second"
                    + " and run the command again", e);
        }
    }
}
