package dev.migrations.core.internal.engine;

import dev.migrations.sql.migration.Migration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.executor.MigrationExecutor;
import org.flywaydb.core.api.resolver.MigrationResolver;
import org.flywaydb.core.api.resolver.ResolvedMigration;

/** Hands Flyway every file of the directory; only the prepared (pending) ones can execute. */
final class DirectoryResolver implements MigrationResolver {

    private final List<ResolvedMigration> migrations;

    DirectoryResolver(List<Migration> all, Map<String, PreparedFile> pending, String location,
            ExecutionSettings settings) {
        List<ResolvedMigration> list = new ArrayList<>(all.size());
        for (Migration m : all) {
            PreparedFile prepared = pending.get(m.revisionKey());
            MigrationExecutor executor = prepared == null ? new NotPending(m)
                    : new FileExecutor(prepared, settings);
            list.add(new FileMigration(m, location, executor, prepared != null));
        }
        this.migrations = List.copyOf(list);
    }

    @Override
    public Collection<ResolvedMigration> resolveMigrations(MigrationResolver.Context context) {
        return migrations;
    }

    /** Executor of a file that was not planned to run; Flyway calling it means the plans disagree. */
    private record NotPending(Migration migration) implements MigrationExecutor {

        @Override
        @SuppressWarnings("rawtypes")
        public List execute(org.flywaydb.core.api.executor.Context context) throws SQLException {
            throw new SQLException("internal error: the engine tried to run " + migration.path()
                    + ", which the plan did not list as pending");
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
        }

        @Override
        public boolean shouldExecute() {
            return true;
        }
    }
}
