package dev.migrations.core.internal.run;

import dev.migrations.core.error.DatabaseException;
import dev.migrations.core.internal.history.FileStates;
import dev.migrations.core.internal.history.History;
import dev.migrations.core.internal.index.InvalidIndexes;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.FileStatus;
import dev.migrations.core.result.StatusResult;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.core.error.TakeoverException;
import dev.migrations.core.internal.takeover.TakeoverPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/** Reads where the database stands against the directory; takes no lock and writes nothing. */
public final class StatusOperation {

    private final RunContext target;

    public StatusOperation(RunContext target) {
        this.target = target;
    }

    /** The state of every file, plus every disagreement between directory, revisions and journal. */
    public StatusResult run() {
        FileStates state;
        History history;
        Optional<TakeoverPlan> takeover = Optional.empty();
        String refusedTakeover = null;
        List<String> invalidIndexes;
        try (Connection c = target.dataSource().getConnection()) {
            history = History.read(c, target.revisions(), target.journal());
            try {
                takeover = target.takeover(c, history).filter(t -> !t.isEmpty());
            } catch (TakeoverException e) {
                refusedTakeover = e.getMessage();
            }
            state = FileStates.of(target.migrations(), takeover.map(t -> t.applyTo(history)).orElse(history));
            invalidIndexes = InvalidIndexes.in(c, target.settings().schema());
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
        List<FileStatus> executed = new ArrayList<>();
        List<FileStatus> pending = new ArrayList<>();
        for (FileStatus f : state.files()) {
            (isPending(f.state()) ? pending : executed).add(f);
        }
        StatusResult.Status status = pending.isEmpty() ? StatusResult.Status.OK : StatusResult.Status.PENDING;
        List<String> problems = problems(state, history);
        if (refusedTakeover != null) {
            problems.add(0, refusedTakeover);
        }
        for (String index : invalidIndexes) {
            problems.add("index " + index + " is invalid (an interrupted CREATE INDEX CONCURRENTLY or REINDEX "
                    + "CONCURRENTLY left it): it slows every write and serves no read. When a partly applied "
                    + "no-transaction file builds it, the next apply drops and rebuilds it; otherwise run 'DROP INDEX "
                    + "CONCURRENTLY " + index.substring(0, index.indexOf(" on ")) + "' and build it again");
        }
        return new StatusResult(status, state.current(),
                pending.stream().filter(f -> !f.repeatable()).findFirst().map(FileStatus::version),
                executed, pending, state.files().size(), problems, takeover.map(TakeoverPlan::result));
    }

    private static boolean isPending(FileState state) {
        return state == FileState.PENDING || state == FileState.PARTIAL || state == FileState.OUTDATED;
    }

    List<String> problems(FileStates state, History history) {
        List<String> problems = new ArrayList<>();
        target.unknownRevisionType(history).ifPresent(problems::add);
        for (FileStates.EditedFile e : state.edited()) {
            problems.add(e.migration().path() + " (version " + e.migration().versionText() + ") was edited after it "
                    + "was applied: revert the edit, or record its new hash with rehash() if the database already "
                    + "matches it");
        }
        for (Revision r : state.ahead()) {
            problems.add("version " + r.version() + " (" + r.description() + ") is applied but not in the directory");
        }
        for (FileStatus f : state.files()) {
            if (f.state() == FileState.PARTIAL) {
                problems.add(f.file() + (f.repeatable() ? " (repeatable)" : " (version " + f.version() + ")")
                        + " stopped after statement " + f.applied()
                        + " of " + f.total() + f.error().map(e -> ": " + e).orElse("")
                        + "; the next apply resumes it");
            }
        }
        problems.addAll(state.mismatches());
        return problems;
    }

    /** The problems only, as {@code validate()} reports them. */
    public List<String> problems() {
        return run().problems();
    }

}
