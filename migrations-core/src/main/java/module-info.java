/**
 * The runner: {@link dev.migrations.core.Migrations} and its configuration, the results of each operation, the
 * listener, and the errors a run raises. Everything under {@code dev.migrations.core.internal} is the
 * implementation and may change in any release.
 */
module dev.migrations.core {
    requires transitive dev.migrations.sql;
    requires transitive dev.migrations.url;
    requires transitive java.sql;
    requires org.slf4j;
    requires org.postgresql.jdbc;
    requires flyway.core;
    requires flyway.database.postgresql;

    exports dev.migrations.core;
    exports dev.migrations.core.error;
    exports dev.migrations.core.result;
}
