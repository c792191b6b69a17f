package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.Migrations;
import dev.migrations.core.error.LintRefusedException;
import dev.migrations.spring.boot.it.Apps;
import dev.migrations.spring.boot.it.Db;
import dev.migrations.spring.boot.it.jdbc.JdbcApp;
import dev.migrations.error.MigrationsException;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/** {@code migrations.mode} and {@code migrations.enabled}. */
class ModesTest {

    private final TestDatabase database = TestPostgres.newDatabase();
    private final Db db = new Db(database);

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void validateFailsTheStartWhenAFileIsPendingAndAppliesNothing() {
        Apps.run(JdbcApp.class, database).close();
        assertThatThrownBy(() -> Apps.run(JdbcApp.class, database, "migrations.mode=validate",
                "migrations.directory=classpath:db/migrations-next"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(MigrationsException.class)
                        .hasMessageContaining("migrations.mode=validate")
                        .hasMessageContaining("1 file(s) pending: 20260103000000_person_nickname.sql"));
        assertThat(db.revisions("public.atlas_schema_revisions")).hasSize(2);
    }

    @Test
    void aLintPolicyRefusesPendingFilesWithErrorsBeforeAnyWrite() {
        assertThatThrownBy(() -> Apps.run(JdbcApp.class, database, "migrations.lint-policy=refuse",
                "migrations.lint-severities=PG101=error"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOfSatisfying(LintRefusedException.class, refused -> assertThat(refused.findings())
                                .extracting(f -> f.code().name() + " " + f.file() + ":" + f.line())
                                .containsExactly("PG101 20260102000000_person_email.sql:2")));
        assertThat(db.tableExists("public", "person")).isFalse();
        assertThat(db.tableExists("public", "atlas_schema_revisions")).isFalse();
        Apps.run(JdbcApp.class, database, "migrations.lint-policy=refuse").close();
        assertThat(db.revisions("public.atlas_schema_revisions")).hasSize(2);
    }

    @Test
    void validateFailsOnAnEmptyDatabaseAndPassesOnAnUpToDateOne() {
        assertThatThrownBy(() -> Apps.run(JdbcApp.class, database, "migrations.mode=validate"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .hasMessageContaining("2 file(s) pending"));
        assertThat(db.tableExists("public", "atlas_schema_revisions")).isFalse();
        Apps.run(JdbcApp.class, database).close();
        try (ConfigurableApplicationContext context = Apps.run(JdbcApp.class, database, "migrations.mode=validate")) {
            assertThat(context.getBean(MigrationsInitializer.class).mode())
                    .isEqualTo(MigrationsProperties.Mode.VALIDATE);
        }
    }

    @Test
    void modeNoneNeitherMigratesNorReadsTheDirectory() {
        try (ConfigurableApplicationContext context = Apps.run(JdbcApp.class, database, "migrations.mode=none",
                "migrations.directory=classpath:does/not/exist")) {
            assertThat(context.getBean(MigrationsInitializer.class).mode()).isEqualTo(MigrationsProperties.Mode.NONE);
        }
        assertThat(db.tableExists("public", "atlas_schema_revisions")).isFalse();
        assertThat(db.tableExists("public", "person")).isFalse();
    }

    @Test
    void enabledFalseTurnsTheStarterOffAndLeavesBootsFlywayAlone() {
        try (ConfigurableApplicationContext context = Apps.run(JdbcApp.class, database, "migrations.enabled=false")) {
            assertThat(context.getBeanNamesForType(Migrations.class)).isEmpty();
            assertThat(context.getBeanNamesForType(MigrationsInitializer.class)).isEmpty();
        }
        assertThat(db.tableExists("public", "atlas_schema_revisions")).isFalse();
        assertThat(db.tableExists("public", "person")).isFalse();
        // with the starter off, Boot's own Flyway (on this class path) runs on classpath:db/migration as usual
        assertThat(db.tableExists("public", "flyway_schema_history")).isTrue();
        assertThat(db.tableExists("public", "boot_flyway_was_here")).isTrue();
    }
}
