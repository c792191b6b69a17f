package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * With {@link OneMigrationPerJvmAgainTest}, {@link InjectionTest}, {@link PerMethodIsolationTest} and
 * {@link ParallelTest} (same directory, same schema): however many classes and tests ask, the directory is migrated
 * once, and every copy shows the template's revisions, executed at the same instant.
 */
@MigratedPostgres(directory = "classpath:db/migrations", schema = "app")
class OneMigrationPerJvmTest {

    @Test
    void theDatabaseIsACopyOfTheTemplateMigratedOnce(MigratedDatabase db) {
        TemplateChecks.assertCopyOfATemplateMigratedOnce(db);
    }

    @Test
    void aSecondTestOfTheClassGetsAnotherCopyOfTheSameTemplate(MigratedDatabase db) {
        TemplateChecks.assertCopyOfATemplateMigratedOnce(db);
        assertThat(TemplateChecks.templateOf(db).name()).startsWith(TemplateRegistry.shared().templatePrefix());
    }
}
