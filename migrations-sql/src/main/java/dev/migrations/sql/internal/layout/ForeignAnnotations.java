package dev.migrations.sql.internal.layout;

import dev.migrations.error.LayoutException;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.internal.text.GoText;

/**
 * Finds goose or dbmate annotations in a file read under another layout: such a file would run as plain SQL, the
 * section its tool never runs ({@code -- +goose Down}, {@code -- migrate:down}) included.
 *
 * <p>It runs on every file at every start, so it only searches the text for {@code +goose} and {@code migrate:} and
 * looks closer at the few lines that contain them.
 */
final class ForeignAnnotations {

    private ForeignAnnotations() {
    }

    static void check(DirectoryFormat format, String fileDisplay, String text) {
        String body = GoText.withoutByteOrderMark(text);
        int goose = format == DirectoryFormat.GOOSE ? -1 : firstGooseAnnotation(body);
        int dbmate = format == DirectoryFormat.DBMATE ? -1 : DbmateScript.firstMarker(body);
        if (goose >= 0 && (dbmate < 0 || goose < dbmate)) {
            throw gooseInForeignFile(format, fileDisplay, body, goose);
        }
        if (dbmate >= 0) {
            throw dbmateInForeignFile(format, fileDisplay, body, dbmate);
        }
    }

    /** The offset of the first line that is one of goose's annotations (indented or not), or -1. */
    static int firstGooseAnnotation(String text) {
        int from = 0;
        for (int hit = text.indexOf(GooseAnnotation.MARK); hit >= 0; hit = text.indexOf(GooseAnnotation.MARK, from)) {
            int start = text.lastIndexOf('\n', hit) + 1;
            int end = text.indexOf('\n', hit);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (GooseAnnotation.isKnownAnnotation(text.substring(start, contentEnd))) {
                return start;
            }
            from = end;
        }
        return -1;
    }

    static LayoutException gooseInForeignFile(DirectoryFormat format, String fileDisplay, String text, int offset) {
        int line = GoText.lineAt(text, offset);
        String consequence = format == DirectoryFormat.DBMATE
                ? "dbmate reads it as a plain comment, so a goose Down section inside a '-- migrate:up' section would"
                + " run too"
                : "the whole file would run as plain SQL, its goose Down section included";
        String other = format == DirectoryFormat.DBMATE ? ", or remove the goose annotations if the file is dbmate's"
                : "";
        return new LayoutException(fileDisplay + " line " + line + ": goose annotation "
                + GoText.quoted(GoText.lineContaining(text, offset)) + " in a directory read as " + format.cliName()
                + " files; " + consequence + "; read the directory with --dir-format goose (API:"
                + " directoryFormat(DirectoryFormat.GOOSE))" + other, fileDisplay, line);
    }

    static LayoutException dbmateInForeignFile(DirectoryFormat format, String fileDisplay, String text,
            int offset) {
        int line = GoText.lineAt(text, offset);
        String consequence = format == DirectoryFormat.GOOSE
                ? "goose reads it as a plain comment, so a dbmate down section inside the '-- +goose Up' section would"
                + " run too"
                : "the whole file would run as plain SQL, its '-- migrate:down' section included";
        String other = format == DirectoryFormat.GOOSE ? ", or remove the dbmate markers if the file is goose's" : "";
        return new LayoutException(fileDisplay + " line " + line + ": dbmate marker "
                + GoText.quoted(GoText.lineContaining(text, offset)) + " in a directory read as " + format.cliName()
                + " files; " + consequence + "; read the directory with --dir-format dbmate (API:"
                + " directoryFormat(DirectoryFormat.DBMATE))" + other, fileDisplay, line);
    }
}
