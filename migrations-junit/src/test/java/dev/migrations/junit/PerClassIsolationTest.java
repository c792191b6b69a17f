package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One database for the whole class: set up in @BeforeAll, seen by every test, counted in @AfterAll. */
@MigratedPostgres(schema = "app", isolation = Isolation.PER_CLASS)
class PerClassIsolationTest {

    private static final int SEED_USERS = 3;
    private static final AtomicInteger WRITES = new AtomicInteger();
    private static volatile String classDatabase;

    @BeforeAll
    static void setUpSharedData(MigratedDatabase db) {
        classDatabase = db.name();
        Pg.execute(db.dataSource(), "INSERT INTO app.users (email, name) VALUES ('shared@example.com', 'Shared')");
    }

    @Test
    void aTestSeesTheClassDatabaseAndWhatWasWrittenBefore(DataSource ds) {
        writeAndSeeEverythingWrittenSoFar(ds, "first@example.com");
    }

    @Test
    void anotherTestGetsTheSameDatabase(MigratedDatabase db) {
        assertThat(db.name()).isEqualTo(classDatabase);
        writeAndSeeEverythingWrittenSoFar(db.dataSource(), "second@example.com");
    }

    @AfterAll
    static void theDatabaseHoldsEveryWriteOfTheClass(DataSource ds) {
        assertThat(Pg.text(ds, "SELECT current_database()")).isEqualTo(classDatabase);
        assertThat(Pg.count(ds, "SELECT count(*) FROM app.users")).isEqualTo(SEED_USERS + 1 + WRITES.get());
    }

    private static void writeAndSeeEverythingWrittenSoFar(DataSource ds, String email) {
        assertThat(Pg.text(ds, "SELECT current_database()")).isEqualTo(classDatabase);
        Pg.execute(ds, "INSERT INTO app.users (email, name) VALUES ('" + email + "', 'Writer')");
        int written = WRITES.incrementAndGet();
        assertThat(Pg.count(ds, "SELECT count(*) FROM app.users")).isEqualTo(SEED_USERS + 1 + written);
        assertThat(Pg.count(ds, "SELECT count(*) FROM app.users WHERE email = 'shared@example.com'")).isEqualTo(1);
    }

    @Nested
    class NestedWithoutAnAnnotationOfItsOwn {

        @Test
        void sharesTheEnclosingClassDatabase(DataSource ds) {
            writeAndSeeEverythingWrittenSoFar(ds, "nested@example.com");
        }
    }

    @Nested
    @MigratedPostgres(schema = "app")
    class NestedWithPerMethodIsolationOfItsOwn {

        @Test
        void getsAFreshDatabaseNotTheEnclosingClassOne(MigratedDatabase db) {
            assertThat(db.name()).isNotEqualTo(classDatabase);
            assertThat(Pg.count(db.dataSource(), "SELECT count(*) FROM app.users")).isEqualTo(SEED_USERS);
        }
    }
}
