package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationListener;
import dev.migrations.core.Migrations;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.StatusResult;
import dev.migrations.spring.boot.it.Apps;
import dev.migrations.spring.boot.it.Db;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/** {@link MigrationsConfigurationCustomizer} beans shape the configuration; a {@link MigrationsStrategy} runs it. */
class CustomizerAndStrategyTest {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private final TestDatabase database = TestPostgres.newDatabase();
    private final Db db = new Db(database);

    @AfterEach
    void drop() {
        database.close();
        EVENTS.clear();
    }

    @Test
    void customizersApplyInOrderAfterThePropertiesAndTheStrategyMigrates() {
        try (ConfigurableApplicationContext context = Apps.run(Customized.class, database,
                "migrations.schema=from_properties", "migrations.revisions-table=from_properties")) {
            Migrations migrations = context.getBean(Migrations.class);
            assertThat(migrations.settings().schema()).isEqualTo("second");
            assertThat(migrations.settings().revisionsTable()).isEqualTo("from_properties");
        }
        assertThat(EVENTS).containsExactly("strategy: 2 pending in schema second",
                "applied 20260101000000_create_person.sql", "applied 20260102000000_person_email.sql",
                "strategy: migrated");
        assertThat(db.revisions("second.from_properties")).hasSize(2);
    }

    @Test
    void aStrategyThatDoesNotMigrateLeavesTheDatabaseAlone() {
        Apps.run(ReportOnly.class, database).close();
        assertThat(EVENTS).containsExactly("report: PENDING");
        assertThat(db.tableExists("public", "person")).isFalse();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Customized {

        @Bean
        @Order(2)
        MigrationsConfigurationCustomizer second() {
            return configuration -> configuration.schema("second");
        }

        @Bean
        @Order(1)
        MigrationsConfigurationCustomizer first() {
            return configuration -> configuration.schema("first").listener(new MigrationListener() {
                @Override
                public void fileApplied(AppliedFile file, int number, int pending) {
                    EVENTS.add("applied " + file.file());
                }
            });
        }

        @Bean
        MigrationsStrategy strategy() {
            return migrations -> {
                StatusResult status = migrations.status();
                EVENTS.add("strategy: " + status.pending().size() + " pending in schema "
                        + migrations.settings().schema());
                migrations.migrate();
                EVENTS.add("strategy: migrated");
            };
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ReportOnly {

        @Bean
        MigrationsStrategy strategy() {
            return migrations -> EVENTS.add("report: " + migrations.status().status());
        }
    }
}
