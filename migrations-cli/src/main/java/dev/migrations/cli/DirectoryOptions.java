package dev.migrations.cli;

import dev.migrations.error.MigrationsException;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every verb that works on a migration directory shares: {@code --dir} and {@code --dir-format}. */
public final class DirectoryOptions {

    @Option(names = "--dir", paramLabel = "<dir>", defaultValue = "migrations", converter = LocationConverter.class,
            description = "Migration directory: a path or file://path (default: ${DEFAULT-VALUE}).")
    private DirectoryLocation location;

    @Option(names = "--dir-format", paramLabel = "<format>", defaultValue = "auto", converter = FormatConverter.class,
            description = "Directory layout: atlas, flyway, golang-migrate, goose, dbmate, prisma, or auto to"
                    + " recognise it from the files (default: ${DEFAULT-VALUE}).")
    private DirectoryFormat format;

    /** The directory, always on the filesystem. */
    public DirectoryLocation location() {
        return location;
    }

    public DirectoryFormat format() {
        return format;
    }

    /** Accepts a path, {@code file://path} or {@code file:path}; class path locations make no sense here. */
    static final class LocationConverter implements ITypeConverter<DirectoryLocation> {

        @Override
        public DirectoryLocation convert(String value) {
            if (value.startsWith("classpath:")) {
                throw new TypeConversionException("'" + value + "': the command line works on folders, not the class"
                        + " path; pass the source folder, e.g. --dir src/main/resources/"
                        + value.substring("classpath:".length()).replaceAll("^/+", ""));
            }
            if (value.startsWith("file:") && value.contains("?")) {
                throw new TypeConversionException("'" + value + "': URL parameters such as ?format= are not supported;"
                        + " pass the folder alone and the layout with --dir-format");
            }
            try {
                return DirectoryLocation.parse(value);
            } catch (IllegalArgumentException | MigrationsException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts the command-line names of {@link DirectoryFormat}. */
    static final class FormatConverter implements ITypeConverter<DirectoryFormat> {

        @Override
        public DirectoryFormat convert(String value) {
            try {
                return DirectoryFormat.fromCliName(value);
            } catch (IllegalArgumentException | MigrationsException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
