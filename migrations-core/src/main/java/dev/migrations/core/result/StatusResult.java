package dev.migrations.core.result;

import java.util.List;
import java.util.Optional;

/**
 * What {@code status()} found.
 *
 * @param status         OK when nothing is pending, PENDING otherwise
 * @param currentVersion the latest applied version
 * @param nextVersion    the first pending version (repeatable files have none)
 * @param executed       files applied, baselined or set (repeatable files: applied as they are), in directory order
 * @param pending        files still to apply (partial ones and outdated repeatable files included), in directory
 *                       order
 * @param totalFiles     files in the directory
 * @param problems       disagreements an operator must look at (edited applied files, revisions vs journal, ...)
 * @param takeover       the other tool's history the next {@code migrate()} would take over; its files are listed
 *                       as executed, as that tool applied them
 */
public record StatusResult(Status status, Optional<String> currentVersion, Optional<String> nextVersion,
        List<FileStatus> executed, List<FileStatus> pending, int totalFiles, List<String> problems,
        Optional<Takeover> takeover) {

    /** Overall state. */
    public enum Status { OK, PENDING }

    public StatusResult {
        executed = List.copyOf(executed);
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
    }
}
