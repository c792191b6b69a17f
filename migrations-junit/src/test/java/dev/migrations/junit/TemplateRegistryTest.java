package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.testing.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A registry of its own (its own names), driven directly: concurrent first use, copies, and the final cleanup. */
class TemplateRegistryTest {

    private final TemplateRegistry registry =
            new TemplateRegistry(TestPostgres::server, "test_" + TemplateRegistry.jvmToken(), false);
    private final Setup setup = new Setup("classpath:db/migrations", "app", DirectoryFormat.AUTO,
            getClass().getClassLoader());

    @AfterEach
    void dropEverything() {
        registry.dropAll();
    }

    @Test
    void threadsAskingAtOnceShareOneMigrationAndGetACopyEach() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DatabaseCopy>> copies = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                copies.add(pool.submit(() -> {
                    start.await();
                    return registry.newCopy(setup);
                }));
            }
            start.countDown();
            List<String> names = new ArrayList<>();
            for (Future<DatabaseCopy> copy : copies) {
                DatabaseCopy db = copy.get();
                names.add(db.name());
                assertThat(Pg.count(db.dataSource(), "SELECT count(*) FROM app.users")).isEqualTo(3);
            }
            assertThat(names).doesNotHaveDuplicates().hasSize(threads);
            assertThat(registry.templates()).singleElement()
                    .satisfies(t -> assertThat(t.migrations()).isEqualTo(1));
            assertThat(Pg.databasesStartingWith(registry.copyPrefix())).hasSize(threads);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingACopyDropsItAndDropAllLeavesNothing() {
        DatabaseCopy first = registry.newCopy(setup);
        DatabaseCopy second = registry.newCopy(setup);
        String template = registry.templates().get(0).name();
        assertThat(Pg.templateFlags(template)).isEqualTo("true/false");

        first.close();
        first.close();

        assertThat(Pg.exists(first.name())).isFalse();
        assertThat(Pg.exists(second.name())).isTrue();
        registry.dropAll();
        assertThat(Pg.databasesStartingWith(registry.copyPrefix())).isEmpty();
        assertThat(Pg.databasesStartingWith(registry.templatePrefix())).isEmpty();
    }
}
