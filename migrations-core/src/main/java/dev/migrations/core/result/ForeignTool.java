package dev.migrations.core.result;

/** A migration tool whose history table a first run can take over. */
public enum ForeignTool {
    /** Flyway: {@code flyway_schema_history}. */
    FLYWAY("Flyway"),
    /** goose: {@code goose_db_version}. */
    GOOSE("goose"),
    /** golang-migrate: {@code schema_migrations(version bigint, dirty boolean)}. */
    GOLANG_MIGRATE("golang-migrate"),
    /** dbmate: {@code schema_migrations(version varchar)}. */
    DBMATE("dbmate"),
    /** Prisma Migrate: {@code _prisma_migrations}. */
    PRISMA("Prisma"),
    /** The Atlas CLI: {@code atlas_schema_revisions}, in a location other than this library's revisions table. */
    ATLAS("Atlas");

    private final String displayName;

    ForeignTool(String displayName) {
        this.displayName = displayName;
    }

    /** The tool's name as its users write it, e.g. {@code golang-migrate}. */
    public String displayName() {
        return displayName;
    }

    /** The tool's name for JSON output: lower case, e.g. {@code golang-migrate}. */
    public String id() {
        return displayName.toLowerCase(java.util.Locale.ROOT);
    }
}
