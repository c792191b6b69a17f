package dev.migrations.maven;

import dev.migrations.core.error.TakeoverException;
import dev.migrations.core.result.ForeignTool;
import dev.migrations.error.MigrationsException;
import java.util.Optional;

/**
 * The goals and plugin parameters that get a build out of an error, chosen by its kind: the library's message names
 * the API options, this names their Maven equivalents.
 */
final class MavenAdvice {

    private MavenAdvice() {
    }

    static Optional<String> of(Exception failure) {
        if (!(failure instanceof MigrationsException e)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (e.kind()) {
            case DIRTY_DATABASE -> "<baseline>V</baseline> (-Dmigrations.baseline=V) adopts the schema at version V;"
                    + " <allowDirty>true</allowDirty> (-Dmigrations.allowDirty) applies every file on top of what is"
                    + " there.";
            case TRANSACTION_CONFLICT -> "<txMode>file</txMode> (-Dmigrations.txMode=file) runs each file in its own"
                    + " transaction.";
            case OUT_OF_ORDER -> "<execOrder>non-linear</execOrder> (-Dmigrations.execOrder=non-linear) applies them"
                    + " anyway, <execOrder>linear-skip</execOrder> (-Dmigrations.execOrder=linear-skip) skips them.";
            case TAKEOVER_REFUSED -> takeover(e);
            case DATABASE_AHEAD -> "<strict>false</strict> (-Dmigrations.strict=false) continues with a warning.";
            case LOCK_TIMEOUT -> "<lockTimeout> (-Dmigrations.lockTimeout=10m) sets how long to wait.";
            case POOLER_REFUSED -> "<allowPooler>true</allowPooler> (-Dmigrations.allowPooler), only for a pooler in"
                    + " session mode.";
            case DIRECTORY_NOT_FOUND -> "<directory> (-Dmigrations.directory=...) names the migration folder.";
            default -> null;
        }).map(advice -> "In this build: " + advice);
    }

    private static String takeover(MigrationsException e) {
        if (!(e instanceof TakeoverException t)) {
            return null;
        }
        return switch (t.reason()) {
            case SEVERAL_TABLES -> "<historyTable> (-Dmigrations.historyTable=" + t.tables().get(0).replace("\"", "")
                    + ") says which history to take over.";
            case FAILED_MIGRATION -> t.tool().filter(tool -> tool == ForeignTool.ATLAS).isPresent()
                    ? revisionsParameters(t.tables().get(0)) : null;
            default -> null;
        };
    }

    /** For an Atlas revisions table {@code "s"."t"}: the parameters that make it this run's revisions table. */
    private static String revisionsParameters(String qualified) {
        String[] parts = qualified.split("\"\\.\"", 2);
        if (parts.length < 2) {
            return null;
        }
        String schema = parts[0].replace("\"", "");
        String table = parts[1].replace("\"", "");
        return "<revisionsSchema>" + schema + "</revisionsSchema> and <revisionsTable>" + table + "</revisionsTable>"
                + " (-Dmigrations.revisionsSchema=" + schema + " -Dmigrations.revisionsTable=" + table + ") let this"
                + " plugin resume it.";
    }
}
