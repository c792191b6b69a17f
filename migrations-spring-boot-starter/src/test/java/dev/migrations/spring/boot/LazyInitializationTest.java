package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.spring.boot.it.Db;
import dev.migrations.spring.boot.it.jdbc.JdbcApp;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code spring.main.lazy-initialization=true} still migrates at start-up, though nothing asks for the database. */
class LazyInitializationTest {

    private final TestDatabase database = TestPostgres.newDatabase();

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void lazyInitializationStillMigratesAtStartUp() {
        Apps.run(JdbcApp.class, database, "spring.main.lazy-initialization=true").close();
        assertThat(new Db(database).revisions("public.atlas_schema_revisions")).hasSize(2);
    }
}
