package dev.migrations.junit;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.sql.dir.DirectoryFormat;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What a test asks to be migrated: the attributes of its {@link MigratedPostgres} and the class loader that resolves
 * a {@code classpath:} directory.
 */
record Setup(String directory, String schema, DirectoryFormat format, ClassLoader classLoader) {

    Setup {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(classLoader, "classLoader");
    }

    static Setup of(MigratedPostgres annotation, Class<?> testClass) {
        if (annotation.schema().isEmpty()) {
            throw new IllegalArgumentException("@MigratedPostgres on " + testClass.getName()
                    + ": schema must not be empty");
        }
        ClassLoader loader = testClass.getClassLoader() != null ? testClass.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        return new Setup(annotation.directory(), annotation.schema(), annotation.format(), loader);
    }

    /** The library's configuration of this setup against {@code dataSource}. */
    MigrationsConfiguration configure(DataSource dataSource) {
        return Migrations.configure()
                .dataSource(dataSource)
                .directory(directory)
                .directoryFormat(format)
                .schema(schema)
                .classLoader(classLoader);
    }

    /** How messages name it: {@code classpath:db/migrations (schema app)}. */
    String describe() {
        return directory + " (schema " + schema + (format == DirectoryFormat.AUTO ? "" : ", format "
                + format.cliName()) + ")";
    }
}
