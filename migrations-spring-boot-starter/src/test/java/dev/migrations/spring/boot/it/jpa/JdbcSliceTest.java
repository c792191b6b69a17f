package dev.migrations.spring.boot.it.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A {@code @JdbcTest} slice migrates before its {@code JdbcTemplate} is used. */
@JdbcTest(properties = "spring.test.database.replace=none")
@DirtiesContext
class JdbcSliceTest {

    /** Not dropped: the context and its pool close only after the class ends; the server removes it at exit. */
    static final TestDatabase DATABASE = TestPostgres.newDatabase();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Apps.registerDataSource(registry, DATABASE);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSliceMigratedTheSchema() {
        jdbc.update("INSERT INTO person (name, email) VALUES ('Edsger', 'ewd@example.com')");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM atlas_schema_revisions", Integer.class)).isEqualTo(2);
    }
}
