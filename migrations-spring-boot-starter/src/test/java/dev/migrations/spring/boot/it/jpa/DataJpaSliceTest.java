package dev.migrations.spring.boot.it.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.spring.boot.it.Db;
import dev.migrations.spring.boot.it.Apps;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A {@code @DataJpaTest} slice migrates before Hibernate validates the schema. */
@DataJpaTest(properties = {"spring.test.database.replace=none", "spring.jpa.hibernate.ddl-auto=validate"})
@DirtiesContext
class DataJpaSliceTest {

    /** Not dropped: the context and its pool close only after the class ends; the server removes it at exit. */
    static final TestDatabase DATABASE = TestPostgres.newDatabase();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Apps.registerDataSource(registry, DATABASE);
    }

    @Autowired
    TestEntityManager entities;

    @Test
    void theSliceMigratedTheSchema() {
        Person saved = entities.persistFlushFind(new Person("Grace", "grace@example.com"));
        assertThat(saved.getId()).isNotNull();
        assertThat(new Db(DATABASE).revisions("public.atlas_schema_revisions")).hasSize(2);
    }
}
