package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.spring.boot.it.Db;
import dev.migrations.spring.boot.it.jdbc.JdbcApp;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Spring Boot's Flyway auto-configuration (spring-boot-flyway is on this class path, with a {@code db/migration}
 * folder) backs off while the starter is there, unless the application sets {@code spring.flyway.enabled} itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class FlywayBackOffTest {

    private static final String BACK_OFF_LINE = "Spring Boot's Flyway auto-configuration is off";

    private final TestDatabase database = TestPostgres.newDatabase();
    private final Db db = new Db(database);

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void bootsFlywayDoesNotRunAndOneLineSaysSo(CapturedOutput output) {
        Apps.run(JdbcApp.class, database).close();
        assertThat(db.tableExists("public", "flyway_schema_history")).isFalse();
        assertThat(db.tableExists("public", "boot_flyway_was_here")).isFalse();
        assertThat(db.tableExists("public", "person")).isTrue();
        assertThat(output.getOut().lines().filter(line -> line.contains(BACK_OFF_LINE)))
                .singleElement().satisfies(line -> assertThat(line).contains("INFO").contains("spring.flyway.enabled=true"));
    }

    @Test
    void anExplicitSpringFlywayEnabledTrueRunsBootsFlywayToo(CapturedOutput output) {
        Apps.run(JdbcApp.class, database, "spring.flyway.enabled=true", "migrations.schema=app").close();
        assertThat(db.tableExists("public", "flyway_schema_history")).isTrue();
        assertThat(db.tableExists("public", "boot_flyway_was_here")).isTrue();
        assertThat(db.tableExists("app", "person")).isTrue();
        assertThat(output.getOut()).doesNotContain(BACK_OFF_LINE);
    }

    @Test
    void anExplicitSpringFlywayEnabledFalseIsLeftAsItIs(CapturedOutput output) {
        Apps.run(JdbcApp.class, database, "spring.flyway.enabled=false").close();
        assertThat(db.tableExists("public", "flyway_schema_history")).isFalse();
        assertThat(output.getOut()).doesNotContain(BACK_OFF_LINE);
    }
}
