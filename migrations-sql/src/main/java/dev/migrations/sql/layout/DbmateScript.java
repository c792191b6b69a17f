package dev.migrations.sql.layout;

/** dbmate's reading of a migration file. */
final class DbmateScript {

    private DbmateScript() {
    }

    /** The load-time check of the annotations. */
    static void check(String fileDisplay, String text) {
        throw new UnsupportedOperationException("dbmate files are not supported yet");
    }

    /** The {@code migrate:up} section's statements and transaction. */
    static MigrationScript parse(String fileDisplay, String text) {
        throw new UnsupportedOperationException("dbmate files are not supported yet");
    }
}
