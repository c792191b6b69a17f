package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import java.nio.file.Path;
import java.util.function.IntSupplier;

/**
 * Timed checks of a directory by our library without a database ({@code migrate validate}: read the files, verify
 * {@code atlas.sum}), in this JVM or as a fresh JVM, each checking how many files it saw.
 */
final class DirectoryCheckTrials {

    private DirectoryCheckTrials() {
    }

    /** Read + verify in this JVM. */
    static Rounds.Trial inProcess(Path directory, DirectoryFormat format, int files) {
        return () -> timed(() -> SumVerification.readAndVerify(directory, format), files);
    }

    /** Read + verify in a fresh JVM ({@code ChildMain verify}); the process wall time. */
    static Rounds.Trial freshJvm(ChildJvm child, Path directory, DirectoryFormat format, int files) {
        return () -> {
            ChildReport report = child.verify(directory, format);
            requireChecked(report.files(), files);
            return report.wallNanos();
        };
    }

    /** Times one check in this JVM; it returns the number of files checked, which must be {@code expected}. */
    static long timed(IntSupplier check, int expected) {
        long started = System.nanoTime();
        int checked = check.getAsInt();
        long nanos = System.nanoTime() - started;
        requireChecked(checked, expected);
        return nanos;
    }

    private static void requireChecked(int checked, int expected) {
        if (checked != expected) {
            throw new IllegalStateException("checked " + checked + " files where " + expected + " were expected");
        }
    }
}
