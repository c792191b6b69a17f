package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import dev.migrations.core.result.ForeignTool;
import dev.migrations.error.MigrationsException;
import java.util.List;
import java.util.Optional;

/**
 * A database another tool migrated cannot be taken over as it is: its history says a run failed part-way, records
 * a version the directory lacks or a file that changed since, or there are several histories to choose from. It is
 * raised before anything is written; the message uses the other tool's own words and says how to get out.
 */
public final class TakeoverException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    /** Why the takeover was refused. */
    public enum Reason {
        /** golang-migrate's {@code dirty} flag is set: its last run stopped part-way through a file. */
        DIRTY,
        /** A failed or partly applied migration: a Flyway {@code success = false} row, a Prisma row without
         * {@code finished_at} and {@code rolled_back_at} (P3009), an Atlas revision with an error or
         * {@code applied < total}. */
        FAILED_MIGRATION,
        /** The history records version(s) the directory does not have: the database is ahead of it. */
        MISSING_FILE,
        /** A file differs from what the other tool applied (Flyway checksum, Prisma checksum, Atlas hash). */
        CHECKSUM_MISMATCH,
        /** More than one history table of other tools; the history table option picks one. */
        SEVERAL_TABLES,
        /** An explicit baseline version that is not the version the other tool's history is at. */
        BASELINE_DISAGREES,
        /** The table is not a history table of a known tool, or holds a row this library cannot read. */
        UNREADABLE
    }

    private final Reason reason;
    private final ForeignTool tool;
    private final List<String> tables;
    private final List<String> versions;

    /**
     * @param tool     the tool, or null when the error is about several tools' tables
     * @param tables   the table(s) concerned, {@code "schema"."table"}
     * @param versions the versions concerned (may be empty)
     */
    public TakeoverException(Reason reason, ForeignTool tool, List<String> tables, List<String> versions,
            String message) {
        super(ErrorKind.TAKEOVER_REFUSED, message);
        this.reason = reason;
        this.tool = tool;
        this.tables = List.copyOf(tables);
        this.versions = List.copyOf(versions);
    }

    /** Why the takeover was refused ({@link #kind()} is {@link ErrorKind#TAKEOVER_REFUSED}). */
    public Reason reason() {
        return reason;
    }

    /** The tool whose history was read; empty when the error is about several tools' tables. */
    public Optional<ForeignTool> tool() {
        return Optional.ofNullable(tool);
    }

    /** The table concerned, {@code "schema"."table"} (the first one when there are several). */
    public String table() {
        return tables.get(0);
    }

    /** Every table concerned. */
    public List<String> tables() {
        return tables;
    }

    /** The versions concerned, as the other tool recorded them (empty when the error is not about versions). */
    public List<String> versions() {
        return versions;
    }
}
