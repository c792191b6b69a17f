package dev.migrations.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Bad migration directories and {@code atlas.sum} files: all refused before any database contact, naming the
 * directory, the line of {@code atlas.sum} or the file, and the command that fixes it.
 */
class DirectoryAndSumFaultsTest extends FaultFixture {

    private String hashCommand() {
        return "migrations migrate hash --dir " + dirArg();
    }

    private String sumFile() {
        return dirArg() + "/atlas.sum";
    }

    @Test
    void sumFileMissing() {
        write("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        write("2_seed.sql", "INSERT INTO users VALUES (1);\n");
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + ": atlas.sum is missing, but the directory has 2 migration files (first: "
                + "1_users.sql); create it with MigrationDirectory.writeSum() (the hash command)");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void fileEditedBeforeApply() {
        twoFiles();
        write("2_seed.sql", "INSERT INTO users VALUES (2, 'bob@example.com');\n");
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + ": the migration files do not match atlas.sum: L3: 2_seed.sql was edited. "
                + "If the change was intended, rewrite atlas.sum with MigrationDirectory.writeSum() (the hash"
                + " command); otherwise revert your edit of 2_seed.sql.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void sumFileTruncatedInTheMiddleOfALine() {
        twoFiles();
        String sum = readText("atlas.sum");
        int lastLine = sum.lastIndexOf("2_seed.sql");
        write("atlas.sum", sum.substring(0, lastLine + 4));
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, sumFile() + " line 3 must be '<file> h1:<hash>' but is '2_se'. If the migration files"
                + " are right, rewrite it with MigrationDirectory.writeSum() (the hash command); otherwise restore"
                + " atlas.sum from version"
                + " control");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void sumFileTruncatedToNothing() {
        twoFiles();
        write("atlas.sum", "");
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, sumFile() + " is empty; it must start with 'h1:<directory hash>'. If the migration"
                + " files are right, rewrite it with MigrationDirectory.writeSum() (the hash command)");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    /** Git on Windows checks text files out with CRLF: Atlas reads such a sum file, and so must we. */
    @Test
    void sumFileWithCrlfLineEndingsIsAccepted() {
        twoFiles();
        write("atlas.sum", readText("atlas.sum").replace("\n", "\r\n"));

        Run run = applyOk();

        assertThat(run.out()).contains("Migrating to version 2 (2 migrations in total):").contains("-- 2 migrations");
        assertThat(query("SELECT email FROM app.users")).containsExactly("ada@example.com");
        assertThat(query("SELECT version FROM app.atlas_schema_revisions ORDER BY version")).containsExactly("1", "2");
    }

    /**
     * An editor that saves with a byte order mark makes line 1 read '\uFEFFh1:...'; quoting that line would show
     * nothing wrong, so the message names the invisible mark.
     */
    @Test
    void sumFileWithByteOrderMark() {
        twoFiles();
        byte[] sum = read("atlas.sum");
        byte[] withBom = new byte[sum.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(sum, 0, withBom, 3, sum.length);
        writeBytes("atlas.sum", withBom);
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, sumFile() + " starts with a UTF-8 byte order mark (EF BB BF), which Atlas does not"
                + " accept; save it as UTF-8 without BOM, or rewrite it with MigrationDirectory.writeSum() (the hash"
                + " command)");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void sumFileIsGarbage() {
        twoFiles();
        write("atlas.sum", "this is not a sum file\n");
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, sumFile() + " line 1 must be 'h1:<directory hash>' but is 'this is not a sum file'. If"
                + " the migration files are right, rewrite it with MigrationDirectory.writeSum() (the hash command);"
                + " otherwise restore"
                + " atlas.sum from version control");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void firstLineChecksumDoesNotMatchTheEntries() {
        twoFiles();
        String sum = readText("atlas.sum");
        String firstLine = sum.substring(0, sum.indexOf('\n'));
        char last = firstLine.charAt(firstLine.length() - 2);
        String changed = firstLine.substring(0, firstLine.length() - 2) + (last == 'A' ? 'B' : 'A')
                + firstLine.charAt(firstLine.length() - 1);
        write("atlas.sum", changed + sum.substring(sum.indexOf('\n')));
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, sumFile() + " line 1 does not match the file entries below it (Atlas: checksum"
                + " mismatch); the file was edited by hand or merged badly. If the migration files are right, rewrite"
                + " it with MigrationDirectory.writeSum() (the hash command); otherwise restore atlas.sum from version"
                + " control");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void fileAddedWithoutRehash() {
        twoFiles();
        write("3_orders.sql", "CREATE TABLE orders (id int);\n");
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + ": the migration files do not match atlas.sum: L4: 3_orders.sql was added. "
                + "If the change was intended, rewrite atlas.sum with MigrationDirectory.writeSum() (the hash"
                + " command); otherwise remove 3_orders.sql.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void fileRemovedWithoutRehash() {
        twoFiles();
        delete("2_seed.sql");
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + ": the migration files do not match atlas.sum: L3: 2_seed.sql was removed. "
                + "If the change was intended, rewrite atlas.sum with MigrationDirectory.writeSum() (the hash"
                + " command); otherwise restore 2_seed.sql.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void fileRenamedWithoutRehash() throws IOException {
        twoFiles();
        Files.move(dir.resolve("2_seed.sql"), dir.resolve("2_seed_users.sql"));
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + ": the migration files do not match atlas.sum: L3: 2_seed.sql was removed. "
                + "If the change was intended, rewrite atlas.sum with MigrationDirectory.writeSum() (the hash"
                + " command); otherwise restore 2_seed.sql.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void duplicateVersions() {
        write("1_a.sql", "CREATE TABLE a (id int);\n");
        write("1_b.sql", "CREATE TABLE b (id int);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + ": 1_a.sql and 1_b.sql have the same version 1; every migration needs its"
                + " own version. Rename all but one (e.g. after the current UTC time, as the new command names"
                + " files),"
                + " then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command).");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void duplicateVersionsWrittenDifferently() {
        write("1.0_a.sql", "CREATE TABLE a (id int);\n");
        write("1_b.sql", "CREATE TABLE b (id int);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + ": 1.0_a.sql and 1_b.sql have the same version 1.0 = 1; every migration"
                + " needs its own version.");
        assertUnchanged(before);
    }

    @Test
    void nonNumericVersion() {
        write("1_users.sql", "CREATE TABLE users (id int);\n");
        write("abc_x.sql", "CREATE TABLE x (id int);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + "/abc_x.sql: version 'abc' is not numeric (digits separated by dots); rename"
                + " the file to <version>_<description>.sql, e.g. 20240101120000_add_users.sql (the new command"
                + " names files so). Then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash"
                + " command).");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void versionWithALetterPart() {
        write("1_users.sql", "CREATE TABLE users (id int);\n");
        write("1.a_x.sql", "CREATE TABLE x (id int);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + "/1.a_x.sql: version '1.a' is not numeric (digits separated by dots);");
        assertUnchanged(before);
    }

    @Test
    void nameOrderDisagreesWithVersionOrder() {
        write("9_a.sql", "CREATE TABLE a (id int);\n");
        write("10_b.sql", "CREATE TABLE b (id int);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + ": 10_b.sql (version 10) comes before 9_a.sql (version 9) in the order Atlas"
                + " applies files (by name), but has the higher version. Zero-pad the versions so that name order is"
                + " version order (e.g. 09_a.sql and 10_b.sql) or use timestamps (as the new command names files),"
                + " then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command).");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }
}
