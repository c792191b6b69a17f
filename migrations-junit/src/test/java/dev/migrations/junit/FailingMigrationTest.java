package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.migrations.sql.dir.DirectoryFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs small test classes through the Jupiter engine and checks how they fail: with the library's message, once
 * per template, and without leaving a database behind. (The fixtures are static nested classes: neither Surefire nor
 * a run of this class picks them up by themselves.)
 */
class FailingMigrationTest {

    @Test
    void aFailingMigrationFailsEveryTestThatAsksWithTheLibrarysMessage() {
        Events tests = run(BrokenDirectory.class).testEvents();

        tests.assertStatistics(s -> s.started(2).failed(2).succeeded(0));
        for (Throwable failure : failures(tests)) {
            assertThat(failure).isInstanceOf(ParameterResolutionException.class);
            assertThat(failure.getMessage())
                    .startsWith("@MigratedPostgres: could not migrate classpath:db/broken (schema public) into a"
                            + " template database: ")
                    .contains("20250101000100_fill_accounts.sql (version 20250101000100) failed at statement 2 of 2,"
                            + " line 3")
                    .contains("relation \"account_owners\" does not exist");
        }
        Template broken = TemplateRegistry.shared().template(new Setup("classpath:db/broken", "public",
                DirectoryFormat.AUTO, getClass().getClassLoader()));
        assertThat(broken.migrations()).as("attempts to migrate the broken directory").isEqualTo(1);
        assertThat(broken.migrated()).isFalse();
        assertThat(Pg.exists(broken.name())).as("the half-migrated template is dropped").isFalse();
    }

    @Test
    void aDirectoryFailingItsAtlasSumCheckFailsWithTheFix() {
        Events tests = run(TamperedDirectory.class).testEvents();

        tests.assertStatistics(s -> s.started(1).failed(1));
        assertThat(failures(tests).get(0).getMessage())
                .startsWith("@MigratedPostgres could not read the migration directory: classpath:db/tampered: the"
                        + " migration files do not match atlas.sum: L2: 20250101000000_create_accounts.sql was edited")
                .contains("rewrite atlas.sum with MigrationDirectory.writeSum()");
    }

    @Test
    void perMethodIsolationRefusesADatabaseInBeforeAllAndSaysWhatToDo() {
        Events containers = run(DatabaseInBeforeAll.class).containerEvents();

        containers.assertStatistics(s -> s.failed(1));
        Throwable failure = containers.failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .findFirst().orElseThrow();
        assertThat(failure.getMessage()).contains("DatabaseInBeforeAll.setUp runs outside of one")
                .contains("isolation = Isolation.PER_CLASS");
    }

    @Test
    void theDatabaseOfAFailedTestIsDroppedToo() {
        FailedAssertions.DATABASES.clear();

        run(FailedAssertions.class).testEvents().assertStatistics(s -> s.started(2).failed(2));

        assertThat(FailedAssertions.DATABASES).hasSize(2).noneMatch(Pg::exists);
    }

    @Test
    void aSchemaThatIsNotAPlainNameIsStillMigratedInto() {
        QuotedSchema.DATABASES.clear();

        run(QuotedSchema.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));

        assertThat(QuotedSchema.DATABASES).hasSize(1).noneMatch(Pg::exists);
    }

    private static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
    }

    private static List<Throwable> failures(Events events) {
        return events.failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .toList();
    }

    @MigratedPostgres(directory = "classpath:db/broken")
    static class BrokenDirectory {

        @Test
        void first(DataSource ds) {
        }

        @Test
        void second(MigratedDatabase db) {
        }
    }

    @MigratedPostgres(directory = "classpath:db/tampered")
    static class TamperedDirectory {

        @Test
        void test(DataSource ds) {
        }
    }

    @MigratedPostgres(schema = "app")
    static class DatabaseInBeforeAll {

        @BeforeAll
        static void setUp(DataSource ds) {
        }

        @Test
        void test() {
        }
    }

    @MigratedPostgres(schema = "app")
    static class FailedAssertions {
        static final Set<String> DATABASES = ConcurrentHashMap.newKeySet();

        @Test
        void failsAnAssertion(MigratedDatabase db) {
            DATABASES.add(db.name());
            assertThat(Pg.count(db.dataSource(), "SELECT count(*) FROM app.users")).isEqualTo(-1);
        }

        @Test
        void throwsWithAConnectionLeftOpen(MigratedDatabase db) throws Exception {
            DATABASES.add(db.name());
            db.dataSource().getConnection().createStatement().execute("BEGIN; LOCK app.users");
            throw new IllegalStateException("failed with a connection still open");
        }
    }

    @MigratedPostgres(schema = "Mixed Case-Schema")
    static class QuotedSchema {
        static final Set<String> DATABASES = ConcurrentHashMap.newKeySet();

        @Test
        void test(MigratedDatabase db) {
            DATABASES.add(db.name());
            assertThat(Pg.count(db.dataSource(), "SELECT count(*) FROM \"Mixed Case-Schema\".users")).isEqualTo(3);
            assertThat(db.migrations().status().pending()).isEmpty();
        }
    }
}
