package dev.migrations.sql.layout;

import dev.migrations.sql.dir.DirectoryFormat;

/** Finds goose or dbmate annotations in a file read under another layout. */
final class ForeignAnnotations {

    private ForeignAnnotations() {
    }

    static void check(DirectoryFormat format, String fileDisplay, String text) {
        // filled in with the goose and dbmate readers
    }
}
