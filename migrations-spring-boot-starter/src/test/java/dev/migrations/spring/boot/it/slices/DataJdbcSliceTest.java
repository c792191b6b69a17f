package dev.migrations.spring.boot.it.slices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A {@code @DataJdbcTest} slice migrates before Spring Data JDBC writes its first aggregate. */
@DataJdbcTest(properties = "spring.test.database.replace=none")
@DirtiesContext
class DataJdbcSliceTest {

    /** Not dropped: the context and its pool close only after the class ends; the server removes it at exit. */
    static final TestDatabase DATABASE = TestPostgres.newDatabase();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Apps.registerDataSource(registry, DATABASE);
    }

    @Autowired
    JdbcAggregateTemplate aggregates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSliceMigratedTheSchemaBeforeTheFirstAggregate() {
        PersonRow saved = aggregates.insert(new PersonRow(null, "Grace", "grace@example.com"));

        assertThat(saved.id()).isNotNull();
        assertThat(aggregates.findById(saved.id(), PersonRow.class)).isEqualTo(saved);
        assertThat(jdbc.sql("SELECT version FROM atlas_schema_revisions ORDER BY version").query(String.class).list())
                .containsExactly("20260101000000", "20260102000000");
        assertThat(jdbc.sql("SELECT to_regclass('flyway_schema_history') IS NULL").query(Boolean.class).single())
                .isTrue();
    }
}
