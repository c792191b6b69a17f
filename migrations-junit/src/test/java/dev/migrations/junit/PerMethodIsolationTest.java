package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each test writes a user; none sees another's, whatever order they run in. */
@MigratedPostgres(schema = "app")
class PerMethodIsolationTest {

    private static final Set<String> DATABASES = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger RUNS = new AtomicInteger();

    @Test
    void aTestSeesTheSeedRowsAndItsOwnWriteOnly(DataSource dataSource) {
        writeAndSeeOnlyMyOwnUser(dataSource, "alan@example.com");
    }

    @Test
    void anotherTestDoesNotSeeTheFirstOnesUser(DataSource dataSource) {
        writeAndSeeOnlyMyOwnUser(dataSource, "barbara@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"donald@example.com", "frances@example.com"})
    void everyInvocationOfAParameterizedTestGetsItsOwnDatabase(String email, MigratedDatabase db) {
        writeAndSeeOnlyMyOwnUser(db.dataSource(), email);
    }

    @AfterAll
    static void everyTestHadADatabaseOfItsOwn() {
        assertThat(DATABASES).hasSize(RUNS.get());
        for (String name : DATABASES) {
            assertThat(Pg.exists(name)).as("%s still exists", name).isFalse();
        }
    }

    private static void writeAndSeeOnlyMyOwnUser(DataSource ds, String email) {
        RUNS.incrementAndGet();
        assertThat(DATABASES.add(Pg.text(ds, "SELECT current_database()"))).as("a database no other test had").isTrue();
        assertThat(Pg.count(ds, "SELECT count(*) FROM app.users")).as("seed users only").isEqualTo(3);

        Pg.execute(ds, "INSERT INTO app.users (email, name) VALUES ('" + email + "', 'Test User')");

        assertThat(Pg.count(ds, "SELECT count(*) FROM app.users")).isEqualTo(4);
        assertThat(Pg.count(ds, "SELECT count(*) FROM app.users WHERE email NOT IN ('ada@example.com', 'grace@example.com', 'edsger@example.com', '" + email + "')"))
                .as("rows written by other tests").isZero();
        assertThat(Pg.text(ds, "SELECT display_name FROM app.profiles WHERE email = '" + email + "'"))
                .as("profile made by the migrated trigger").isEqualTo("Test User");
    }
}
