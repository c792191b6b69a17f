package dev.migrations.core.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcurrentBuildTest {

    @Test
    void readsTheIndexAndTableOfConcurrentBuilds() {
        assertThat(ConcurrentBuild.of("CREATE INDEX CONCURRENTLY IF NOT EXISTS big_v_idx ON big (v)")).contains(
                new ConcurrentBuild(false, Optional.of("big_v_idx"), Optional.of("big")));
        assertThat(ConcurrentBuild.of("-- note\ncreate unique index concurrently \"Odd\" on app.t using btree (x)"))
                .contains(new ConcurrentBuild(false, Optional.of("\"Odd\""), Optional.of("app.t")));
        assertThat(ConcurrentBuild.of("CREATE INDEX CONCURRENTLY ON ONLY t (x)"))
                .contains(new ConcurrentBuild(false, Optional.empty(), Optional.of("t")));
        assertThat(ConcurrentBuild.of("REINDEX (VERBOSE) INDEX CONCURRENTLY app.i"))
                .contains(new ConcurrentBuild(true, Optional.of("app.i"), Optional.empty()));
        assertThat(ConcurrentBuild.of("REINDEX TABLE CONCURRENTLY t"))
                .contains(new ConcurrentBuild(true, Optional.empty(), Optional.of("t")));
        assertThat(ConcurrentBuild.of("REINDEX SCHEMA CONCURRENTLY app"))
                .contains(new ConcurrentBuild(true, Optional.empty(), Optional.empty()));
    }

    @Test
    void otherStatementsAreNoConcurrentBuilds() {
        assertThat(ConcurrentBuild.of("CREATE INDEX i ON t (x)")).isEmpty();
        assertThat(ConcurrentBuild.of("DROP INDEX CONCURRENTLY i")).isEmpty();
        assertThat(ConcurrentBuild.of("REINDEX INDEX i")).isEmpty();
    }
}
