/**
 * PostgreSQL connection URLs: {@code jdbc:postgresql:} URLs and libpq {@code postgres://} URIs read into one
 * {@link dev.migrations.url.DatabaseUrl}, with the password kept out of every message.
 */
module dev.migrations.url {
    requires transitive dev.migrations.sql;
    requires java.sql;
    requires org.postgresql.jdbc;

    exports dev.migrations.url;
}
