package dev.migrations.sample;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.core.result.MigrateResult;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The started sample: migrated database, connection pool and HTTP API; {@link #close()} stops all three. */
public final class RunningApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningApp.class);

    private final Database database;
    private final HikariDataSource pool;
    private final HttpApi api;
    private final MigrateResult migration;
    private final AtomicBoolean closed = new AtomicBoolean();

    RunningApp(Database database, HikariDataSource pool, HttpApi api, MigrateResult migration) {
        this.database = database;
        this.pool = pool;
        this.api = api;
        this.migration = migration;
    }

    /** The HTTP port served. */
    public int port() {
        return api.port();
    }

    /** What the start-up migration did. */
    public MigrateResult migration() {
        return migration;
    }

    /** Stops serving, closes the pool, and stops the embedded database if one was started; once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        LOG.info("stopping");
        api.close();
        pool.close();
        database.close();
    }
}
