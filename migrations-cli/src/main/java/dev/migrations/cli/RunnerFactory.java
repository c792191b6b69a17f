package dev.migrations.cli;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;

import java.util.function.Consumer;

/** Builds the library's {@link Migrations} from the shared command-line options. */
final class RunnerFactory {

    private RunnerFactory() {
    }

    static Migrations load(DirectoryOptions directory, DatabaseOptions database,
            Consumer<MigrationsConfiguration> verbOptions) {
        MigrationsConfiguration config = Migrations.configure()
                .directory(directory.location().path().map(Object::toString)
                        .orElseGet(() -> directory.location().display()))
                .directoryFormat(directory.format());
        database.applyTo(config, System.getenv());
        verbOptions.accept(config);
        return config.load();
    }

}
