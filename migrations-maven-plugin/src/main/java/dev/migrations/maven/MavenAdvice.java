package dev.migrations.maven;

import dev.migrations.error.MigrationsException;
import java.util.Optional;

/** The plugin parameters that get a build out of an error, chosen by its kind. */
final class MavenAdvice {

    private MavenAdvice() {
    }

    static Optional<String> of(Exception failure) {
        if (!(failure instanceof MigrationsException e)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (e.kind()) {
            case DIRTY_DATABASE -> "In this build: <baseline>V</baseline> (-Dmigrations.baseline=V)"
                    + " adopts the schema at version V; <allowDirty>true</allowDirty> (-Dmigrations.allowDirty) applies"
                    + " every file on top of what is there.";
            case LOCK_TIMEOUT -> "In this build: <lockTimeout> (-Dmigrations.lockTimeout) sets how long to wait.";
            case POOLER_REFUSED -> "In this build: <allowPooler>true</allowPooler> (-Dmigrations.allowPooler), only"
                    + " for a pooler in session mode.";
            default -> null;
        });
    }
}
