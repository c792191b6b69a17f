package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Eight tests at once (junit-platform.properties enables parallel execution with eight threads), each writing into
 * a database of its own made from one template at the same time as the others.
 */
@MigratedPostgres(schema = "app")
@Execution(ExecutionMode.CONCURRENT)
class ParallelTest {

    private static final int WRITERS = 8;
    private static final int ROWS = 40;
    private static final Set<String> DATABASES = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final AtomicInteger MOST_RUNNING = new AtomicInteger();

    @Test
    void writer1(MigratedDatabase db) throws Exception {
        write(db, 1);
    }

    @Test
    void writer2(MigratedDatabase db) throws Exception {
        write(db, 2);
    }

    @Test
    void writer3(MigratedDatabase db) throws Exception {
        write(db, 3);
    }

    @Test
    void writer4(MigratedDatabase db) throws Exception {
        write(db, 4);
    }

    @Test
    void writer5(MigratedDatabase db) throws Exception {
        write(db, 5);
    }

    @Test
    void writer6(MigratedDatabase db) throws Exception {
        write(db, 6);
    }

    @Test
    void writer7(MigratedDatabase db) throws Exception {
        write(db, 7);
    }

    @Test
    void writer8(MigratedDatabase db) throws Exception {
        write(db, 8);
    }

    @BeforeEach
    void enter() {
        MOST_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
    }

    @AfterEach
    void leave() {
        RUNNING.decrementAndGet();
    }

    @AfterAll
    static void everyWriterHadItsOwnDatabaseAndNoneIsLeft() {
        assertThat(DATABASES).hasSize(RUNS.get());
        for (String name : DATABASES) {
            assertThat(Pg.exists(name)).as("%s still exists", name).isFalse();
        }
        if (RUNS.get() == WRITERS) {
            assertThat(MOST_RUNNING.get()).as("writers asking for a database or writing at the same time")
                    .isGreaterThan(1);
        }
    }

    private static void write(MigratedDatabase db, int writer) throws SQLException, InterruptedException {
        RUNS.incrementAndGet();
        TemplateChecks.assertCopyOfATemplateMigratedOnce(db);
        assertThat(DATABASES.add(db.name())).isTrue();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO app.users (email, name) VALUES (?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                ps.setString(1, "writer" + writer + "-" + i + "@example.com");
                ps.setString(2, "Writer " + writer);
                ps.executeUpdate();
                if (i % 10 == 0) {
                    Thread.sleep(5);
                }
            }
        }
        assertThat(Pg.count(db.dataSource(), "SELECT count(*) FROM app.users")).isEqualTo(3 + ROWS);
        assertThat(Pg.count(db.dataSource(), "SELECT count(*) FROM app.profiles")).isEqualTo(3 + ROWS);
        assertThat(Pg.count(db.dataSource(), "SELECT count(*) FROM app.users WHERE name LIKE 'Writer %'"
                + " AND name <> 'Writer " + writer + "'")).as("rows of other writers").isZero();
    }
}
