package dev.migrations.maven;

import dev.migrations.core.result.Takeover;
import java.util.LinkedHashMap;
import java.util.Map;

/** Another tool's history taken over (or to be), for reports and logs. */
final class Takeovers {

    private Takeovers() {
    }

    static Map<String, Object> json(Takeover t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tool", t.tool().id());
        json.put("table", t.table());
        json.put("versions", t.versions());
        json.put("version", t.version());
        json.put("baseline", t.baseline().orElse(null));
        json.put("files", t.files());
        return json;
    }

    static String describe(Takeover t, boolean done) {
        return (done ? "Took over " : "Would take over ") + t.tool().displayName() + "'s history " + t.table() + ": "
                + t.versions() + (t.versions() == 1 ? " version " : " versions ") + (done ? "recorded" : "to record")
                + " as applied" + t.baseline().map(b -> " (baseline " + b + ")").orElse("") + ", at version "
                + t.version() + (done ? "; that table was left as it was" : "");
    }
}
