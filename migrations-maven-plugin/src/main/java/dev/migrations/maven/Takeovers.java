package dev.migrations.maven;

import dev.migrations.core.result.Takeover;

/** Another tool's history taken over (or to be), for reports and logs. */
final class Takeovers {

    private Takeovers() {
    }

    static String describe(Takeover t, boolean done) {
        return (done ? "Took over " : "Would take over ") + t.tool().displayName() + "'s history " + t.table() + ": "
                + t.versions() + (t.versions() == 1 ? " version " : " versions ") + (done ? "recorded" : "to record")
                + " as applied" + t.baseline().map(b -> " (baseline " + b + ")").orElse("") + ", at version "
                + t.version() + (done ? "; that table was left as it was" : "");
    }
}
