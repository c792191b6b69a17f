package dev.migrations.junit;

import org.junit.jupiter.api.Test;

/** Another class with the same directory and schema as {@link OneMigrationPerJvmTest}: no second migration. */
@MigratedPostgres(schema = "app")
class OneMigrationPerJvmAgainTest {

    @Test
    void theTemplateIsNotMigratedAgainForAnotherClass(MigratedDatabase db) {
        TemplateChecks.assertCopyOfATemplateMigratedOnce(db);
    }
}
