package dev.migrations.sql.dir;

import dev.migrations.sql.internal.advice.SumAdvice;
import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.sum.AtlasSum;
import dev.migrations.error.SumFileException;
import dev.migrations.sql.sum.SumMismatch;
import dev.migrations.error.SumMismatchException;
import dev.migrations.sql.version.Version;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One directory with one {@code atlas.sum}: a whole location, or one release folder of a release root.
 *
 * @param display how messages show it, e.g. {@code db/migrations} or {@code classpath:db/migrations/1.1.0}
 * @param path    the folder on disk, for filesystem locations
 * @param release the release folder name in a release root, "" otherwise
 * @param format  the directory layout
 * @param files   the migration files Atlas would hash, in Atlas hash order
 * @param sumFile the raw bytes of {@code atlas.sum} at the directory root, if present
 * @param filesSum the sum of {@code files} as they are (computed while they were read)
 */
public record MigrationDirectory(String display, Optional<Path> path, String release, DirectoryFormat format,
                                 List<DirectoryFile> files, Optional<byte[]> sumFile, AtlasSum filesSum) {

    /** The name of the integrity file at the root of every directory. */
    public static final String SUM_FILE = "atlas.sum";

    public MigrationDirectory {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sumFile, "sumFile");
        Objects.requireNonNull(filesSum, "filesSum");
        files = List.copyOf(files);
    }

    /** A directory whose {@code filesSum} is computed here. */
    public MigrationDirectory(String display, Optional<Path> path, String release, DirectoryFormat format,
                              List<DirectoryFile> files, Optional<byte[]> sumFile) {
        this(display, path, release, format, files, sumFile, AtlasSum.compute(files));
    }

    /** The sum of the files as they are now ({@code filesSum}). */
    public AtlasSum computeSum() {
        return filesSum;
    }

    /**
     * Checks the files against {@code atlas.sum}. A directory without migration files needs no sum file.
     *
     * @throws SumFileException     when {@code atlas.sum} is missing (with migration files present), malformed,
     *                              or its first line does not match its entries
     * @throws SumMismatchException when a file was edited, added or removed since {@code atlas.sum} was written
     */
    public void verifySum() {
        verifiedSum();
    }

    /**
     * Like {@link #verifySum()}, and returns the sum, so callers need not hash twice.
     *
     * @return the sum of the files, equal to the recorded one
     */
    public AtlasSum verifiedSum() {
        AtlasSum onDisk = computeSum();
        if (sumFile.isEmpty()) {
            if (files.isEmpty()) {
                return onDisk;
            }
            throw new SumFileException(SumFileException.Problem.MISSING, display + ": atlas.sum is missing, but the"
                    + " directory has " + files.size() + " migration file" + (files.size() == 1 ? "" : "s")
                    + " (first: " + files.get(0).name() + "); create it with " + SumAdvice.REWRITE);
        }
        byte[] sumBytes = sumFile.get();
        if (sumBytes.length >= 3 && (sumBytes[0] & 0xFF) == 0xEF && (sumBytes[1] & 0xFF) == 0xBB
                && (sumBytes[2] & 0xFF) == 0xBF) {
            throw new SumFileException(SumFileException.Problem.MALFORMED, 1, sumFileDisplay() + " starts with a UTF-8"
                    + " byte order mark (EF BB BF), which Atlas does not accept; save it as UTF-8 without BOM, or rewrite it"
                    + " with " + SumAdvice.REWRITE, null);
        }
        AtlasSum recorded;
        try {
            recorded = AtlasSum.parse(sumBytes);
        } catch (SumFileException e) {
            String detail = e.getMessage().startsWith(SUM_FILE)
                    ? e.getMessage().substring(SUM_FILE.length())
                    : ": " + e.getMessage();
            throw new SumFileException(e.problem(), e.line().orElse(0), sumFileDisplay() + detail + ". If the migration"
                    + " files are right, rewrite it with " + SumAdvice.REWRITE + "; otherwise restore atlas.sum from"
                    + " version control", e);
        }
        Optional<SumMismatch> mismatch = recorded.firstMismatch(onDisk);
        if (mismatch.isPresent()) {
            throw new SumMismatchException(mismatchMessage(mismatch.get()), display, mismatch.get());
        }
        return onDisk;
    }

    private String mismatchMessage(SumMismatch mismatch) {
        String undo = switch (mismatch.change()) {
            case EDITED -> "revert your edit of " + mismatch.file();
            case ADDED -> "remove " + mismatch.file();
            case REMOVED -> "restore " + mismatch.file();
        };
        return display + ": the migration files do not match atlas.sum: " + mismatch + ". If the change was"
                + " intended, rewrite atlas.sum with " + SumAdvice.REWRITE + "; otherwise " + undo + ".";
    }

    /**
     * Writes {@code atlas.sum} for the files as read (LF line endings), replacing any existing one.
     *
     * @throws IllegalStateException for a classpath directory, which is read-only
     * @throws MigrationsException   when the file cannot be written
     */
    public void writeSum() {
        Path folder = path.orElseThrow(() -> new IllegalStateException(display + " is on the class path and read-only;"
                + " read its source folder (such as src/main/resources/...) and write atlas.sum there"));
        Path target = folder.resolve(SUM_FILE);
        try {
            Path temporary = Files.createTempFile(folder, ".atlas.sum", ".tmp");
            try {
                Files.write(temporary, computeSum().toBytes());
                moveOver(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new MigrationsException(ErrorKind.DIRECTORY_IO, "cannot write " + sumFileDisplay() + ": " + e + "; check that the folder is"
                    + " writable", e);
        }
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** How messages show this directory's {@code atlas.sum}, e.g. {@code db/migrations/atlas.sum}. */
    public String sumFileDisplay() {
        return fileDisplay(SUM_FILE);
    }

    /** The version of the release folder, for a directory in a release root. */
    public Optional<Version> releaseVersion() {
        return release.isEmpty() ? Optional.empty() : Optional.of(ReleaseFolders.version(release));
    }

    /** The display name of one of this directory's files, e.g. {@code db/migrations/1.1.0/x.sql}. */
    public String fileDisplay(String fileName) {
        return joinDisplay(display, fileName);
    }

    /** Joins how a directory is shown with a name inside it. */
    static String joinDisplay(String display, String name) {
        return display.endsWith("/") ? display + name : display + "/" + name;
    }

    @Override
    public String toString() {
        return display + " (" + format.cliName() + ", " + files.size() + " files)";
    }
}
