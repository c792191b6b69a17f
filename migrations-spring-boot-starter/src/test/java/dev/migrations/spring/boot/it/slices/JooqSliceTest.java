package dev.migrations.spring.boot.it.slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jooq.test.autoconfigure.JooqTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A {@code @JooqTest} slice migrates before its {@code DSLContext} is used. */
@JooqTest(properties = "spring.test.database.replace=none")
@DirtiesContext
class JooqSliceTest {

    /** Not dropped: the context and its pool close only after the class ends; the server removes it at exit. */
    static final TestDatabase DATABASE = TestPostgres.newDatabase();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Apps.registerDataSource(registry, DATABASE);
    }

    @Autowired
    DSLContext dsl;

    @Test
    void theSliceMigratedTheSchemaBeforeTheFirstQuery() {
        int inserted = dsl.insertInto(table("person"), field("name"), field("email"))
                .values("Barbara", "barbara@example.com")
                .execute();

        assertThat(inserted).isEqualTo(1);
        assertThat(dsl.fetchCount(table("person"))).isEqualTo(1);
        assertThat(dsl.select(field("version", String.class)).from(table("atlas_schema_revisions"))
                .orderBy(field("version")).fetch(field("version", String.class)))
                .containsExactly("20260101000000", "20260102000000");
    }
}
