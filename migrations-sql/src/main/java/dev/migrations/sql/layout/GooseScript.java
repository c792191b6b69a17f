package dev.migrations.sql.layout;

import java.util.Map;

/** goose's reading of a SQL migration file. */
final class GooseScript {

    private GooseScript() {
    }

    /** The load-time check of the annotations; no environment needed. */
    static void check(String fileDisplay, String text) {
        throw new UnsupportedOperationException("goose files are not supported yet");
    }

    /** The Up section's statements and transaction. */
    static MigrationScript parse(String fileDisplay, String text, Map<String, String> environment) {
        throw new UnsupportedOperationException("goose files are not supported yet");
    }
}
