package dev.migrations.spring.boot.actuate;

import dev.migrations.core.Migrations;
import dev.migrations.core.result.FileStatus;
import dev.migrations.core.result.StatusResult;
import dev.migrations.core.result.Takeover;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/migrations}: where the database stands against the migration directory, from
 * {@link Migrations#status()} (no lock taken, nothing written).
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final Supplier<Migrations> migrations;

    /** @param migrations gives the loaded {@link Migrations} (asked for on each request) */
    public MigrationsEndpoint(Supplier<Migrations> migrations) {
        this.migrations = migrations;
    }

    /** The status, as JSON. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        Migrations loaded = migrations.get();
        StatusResult status = loaded.status();
        return new MigrationsDescriptor(loaded.settings().schema(), loaded.settings().directory(),
                status.status().name(), status.currentVersion().orElse(null), status.nextVersion().orElse(null),
                status.totalFiles(), status.executed().size(), status.pending().size(),
                status.pending().stream().map(FileDescriptor::of).toList(),
                status.executed().stream().map(FileDescriptor::of).toList(), status.problems(),
                status.takeover().map(TakeoverDescriptor::of).orElse(null));
    }

    /**
     * The endpoint's answer.
     *
     * @param schema         the target schema
     * @param directory      the migration directory
     * @param status         {@code OK}, or {@code PENDING} when files are pending
     * @param currentVersion the latest applied version ({@code null} for a database without revisions)
     * @param nextVersion    the first pending version
     * @param totalFiles     files in the directory
     * @param appliedCount   files applied, baselined or set
     * @param pendingCount   files pending
     * @param pending        the pending files, in directory order
     * @param applied        the applied files, in directory order
     * @param problems       disagreements an operator must look at (edited applied files, ...)
     * @param takeover       another tool's history the next migration would take over, if any
     */
    public record MigrationsDescriptor(String schema, String directory, String status, String currentVersion,
            String nextVersion, int totalFiles, int appliedCount, int pendingCount, List<FileDescriptor> pending,
            List<FileDescriptor> applied, List<String> problems, TakeoverDescriptor takeover) {
    }

    /**
     * One file.
     *
     * @param version     its version ({@code R__<description>} for a Flyway repeatable file)
     * @param description its description
     * @param file        its path in the directory
     * @param state       {@code APPLIED}, {@code BASELINE}, {@code SET}, {@code PARTIAL}, {@code PENDING} or
     *                    {@code OUTDATED}
     * @param executedAt  when it was executed (ISO-8601), if it was
     * @param error       the recorded error of a partly applied file
     */
    public record FileDescriptor(String version, String description, String file, String state, String executedAt,
            String error) {

        static FileDescriptor of(FileStatus file) {
            return new FileDescriptor(file.version(), file.description(), file.file(), file.state().name(),
                    file.executedAt().map(Object::toString).orElse(null), file.error().orElse(null));
        }
    }

    /**
     * Another tool's history.
     *
     * @param tool    the tool
     * @param table   its history table
     * @param version the version it is at
     * @param files   how many files it counts as applied
     */
    public record TakeoverDescriptor(String tool, String table, String version, int files) {

        static TakeoverDescriptor of(Takeover takeover) {
            return new TakeoverDescriptor(takeover.tool().displayName(), takeover.table(), takeover.version(),
                    takeover.versions());
        }
    }
}
