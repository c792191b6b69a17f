package dev.migrations.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad file content: encoding, directives, text the statement splitter cannot split, statements that need another
 * transaction mode, and SQL that fails on the server. Every case but the no-transaction failure leaves the database
 * exactly as it was.
 */
class SqlContentFaultsTest extends FaultFixture {

    private String hashCommand() {
        return "migrations migrate hash --dir " + dirArg();
    }

    /** One applied file, so that the revisions table and the journal exist and have a row to keep. */
    private void appliedUsersTable() {
        write("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n");
        hash();
        applyOk();
    }

    // ---------------------------------------------------------------- must not fail

    /** Atlas hashes and applies an empty file; so does this runner: a recorded no-op. */
    @Test
    void emptyFileIsAppliedAsANoOp() {
        write("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        write("2_empty.sql", "");
        hash();

        Run run = applyOk();

        assertThat(run.out()).contains("-- migrating version 2 (2_empty.sql)").contains("-- ok (")
                .contains("0 statements)").contains("-- 2 migrations");
        assertThat(query("SELECT version || ' type ' || type || ' ' || applied || '/' || total || ' error '"
                + " || coalesce(error, 'none') FROM app.atlas_schema_revisions ORDER BY version"))
                .containsExactly("1 type 2 1/1 error none", "2 type 2 0/0 error none");
        Run again = applyOk();
        assertThat(again.out()).contains("No migration files to execute (schema app at version 2)");
    }

    /** 20 MB of INSERTs in one file (400 statements of 1,000 rows each) apply in one transaction. */
    @Test
    void hugeFileIsApplied() {
        write("1_big.sql", "CREATE TABLE big (id int PRIMARY KEY, payload text NOT NULL);\n");
        StringBuilder sql = new StringBuilder(21 * 1024 * 1024);
        int id = 0;
        for (int statement = 0; statement < 400; statement++) {
            sql.append("INSERT INTO big (id, payload) VALUES\n");
            for (int row = 0; row < 1000; row++) {
                id++;
                sql.append("  (").append(id).append(", 'payload-").append(String.format("%07d", id))
                        .append("-abcdefghijklmnopqrstu')").append(row == 999 ? ";\n" : ",\n");
            }
        }
        byte[] bytes = sql.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(20_000_000);
        writeBytes("2_big_rows.sql", bytes);
        hash();

        Run run = applyOk();

        assertThat(run.out()).contains("-- migrating version 2 (2_big_rows.sql)").contains("400 statements)")
                .contains("-- 401 sql statements");
        assertThat(query("SELECT count(*) || ' ' || max(id) FROM app.big")).containsExactly("400000 400000");
    }

    // ---------------------------------------------------------------- refused before anything runs

    @Test
    void invalidUtf8() {
        appliedUsersTable();
        writeBytes("2_latin1.sql", concat("INSERT INTO users VALUES (2, 'x');\n-- caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9}, "\nSELECT 1;\n".getBytes(StandardCharsets.UTF_8)));
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + "/2_latin1.sql line 2: not valid UTF-8 (byte 0xE9 at column 7); save the"
                + " file as UTF-8. Then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command).");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void unterminatedDollarQuote() {
        appliedUsersTable();
        write("2_fn.sql", "INSERT INTO users VALUES (2, 'x');\n\nCREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS"
                + " $body$\nBEGIN\n  RETURN 1;\nEND;\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "2_fn.sql (version 2) line 3: unterminated dollar-quoted string starting at line 3"
                + " ($body$); fix the file, rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command)"
                + " and apply again. Nothing was applied.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void unterminatedString() {
        appliedUsersTable();
        write("2_seed.sql", "INSERT INTO users VALUES (2, 'bob@example.com');\nINSERT INTO users VALUES (3, 'eve);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "2_seed.sql (version 2) line 2: unterminated quoted string starting at line 2; fix"
                + " the file, rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command) and apply again."
                + " Nothing was applied.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void unterminatedBlockComment() {
        appliedUsersTable();
        write("2_seed.sql", "INSERT INTO users VALUES (2, 'bob@example.com');\n/* seed more users later\n"
                + "INSERT INTO users VALUES (3, 'eve@example.com');\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "2_seed.sql (version 2) line 2: unterminated /* comment starting at line 2; fix the"
                + " file, rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command) and apply again."
                + " Nothing was applied.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void psqlMetaCommand() {
        appliedUsersTable();
        write("2_include.sql", "INSERT INTO users VALUES (2, 'bob@example.com');\n\\i other.sql\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "2_include.sql (version 2) line 2: psql meta-command \\i at line 2 is not supported;"
                + " fix the file, rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command) and apply"
                + " again. Nothing was applied.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void createIndexConcurrentlyInATransactionalFile() {
        appliedUsersTable();
        write("2_idx.sql", "INSERT INTO users VALUES (2, 'bob@example.com');\n\n"
                + "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "2_idx.sql (version 2) line 3: CREATE INDEX CONCURRENTLY cannot run inside a"
                + " transaction, and this file runs in one. Make '-- atlas:txmode none' the file's first line,"
                + " followed by a blank line, then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash"
                + " command). Nothing was applied.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void unknownDirective() {
        appliedUsersTable();
        write("2_seed.sql", "-- atlas:foo\n\nINSERT INTO users VALUES (2, 'bob@example.com');\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "unknown directive atlas:foo in file " + dirArg() + "/2_seed.sql line 1; known directives"
                + " are atlas:txmode, atlas:sum, atlas:checkpoint and atlas:nolint. Fix or remove the line, or move it"
                + " below the blank line that ends the header if it is only a comment. Then rewrite atlas.sum with"
                + " MigrationDirectory.writeSum() (the hash command).");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void unknownTxMode() {
        appliedUsersTable();
        write("2_seed.sql", "-- atlas:txmode unknown\n\nINSERT INTO users VALUES (2, 'bob@example.com');\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + "/2_seed.sql line 1: unknown atlas:txmode 'unknown'; use 'atlas:txmode none'"
                + " (run outside a transaction) or 'atlas:txmode file' (one transaction). Then rewrite atlas.sum with"
                + " MigrationDirectory.writeSum() (the hash command).");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    @Test
    void directiveHeaderWithoutBlankLine() {
        appliedUsersTable();
        write("2_idx.sql", "-- atlas:txmode none\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, dirArg() + "/2_idx.sql line 1: directive '-- atlas:txmode none' would be ignored: the"
                + " header comments (lines 1-1) are not followed by a blank line, so Atlas reads them as comments of"
                + " the first statement and ignores them; add an empty line after line 1. Then rewrite atlas.sum with"
                + " MigrationDirectory.writeSum() (the hash command).");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    // ---------------------------------------------------------------- fails on the server

    @Test
    void sqlErrorOnTheThirdStatementRollsTheFileBack() {
        appliedUsersTable();
        write("2_orders.sql", "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);\n"
                + "INSERT INTO users VALUES (2, 'bob@example.com');\n"
                + "INSERT INTO order_lines VALUES (1, 2);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "2_orders.sql (version 2) failed at statement 3 of 3, line 3: ERROR: relation"
                + " \"order_lines\" does not exist (SQLSTATE 42P01)\n    INSERT INTO order_lines VALUES (1, 2)\n"
                + "The file was rolled back: none of its statements were applied. Fix the file, rewrite atlas.sum with"
                + " MigrationDirectory.writeSum() (the hash command), then apply again.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        assertUnchanged(before);
    }

    /**
     * The same failure in the very first file of a fresh database: the schema, revisions table and journal the run
     * created before running the file are taken away again.
     */
    @Test
    void sqlErrorInTheFirstFileOfAnEmptyDatabaseLeavesNothingBehind() {
        write("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\nINSERT INTO userz VALUES (1);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "1_users.sql (version 1) failed at statement 2 of 2, line 2: ERROR: relation"
                + " \"userz\" does not exist (SQLSTATE 42P01)");
        assertThat(run.err()).contains("The file was rolled back: none of its statements were applied.");
        assertUnchanged(before);
    }

    /**
     * A no-transaction file that fails at statement 3: statements 1 and 2 stay applied (that is the point of the
     * mode), and the revisions row says exactly how far it got; nothing else changes.
     */
    @Test
    void sqlErrorInANoTransactionFileRecordsTheProgress() {
        appliedUsersTable();
        String hashOfUsers = query("SELECT hash FROM app.atlas_schema_revisions WHERE version = '1'").get(0);
        write("2_idx.sql", "-- atlas:txmode none\n\n"
                + "CREATE TABLE audit (id int);\n"
                + "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n"
                + "INSERT INTO audit_log VALUES (1);\n");
        hash();
        CatalogSnapshot before = snapshot();

        Run run = apply();

        assertFailed(run, 1, "2_idx.sql (version 2) failed at statement 3 of 3, line 5: ERROR: relation"
                + " \"audit_log\" does not exist (SQLSTATE 42P01)\n    INSERT INTO audit_log VALUES (1)\n"
                + "This file runs without a transaction: statements 1-2 were applied and recorded; the next run"
                + " resumes at statement 3. Fix the file, rewrite atlas.sum with MigrationDirectory.writeSum() (the"
                + " hash command), then apply again.");
        assertHint(run, "rewrite atlas.sum with '" + hashCommand() + "'");
        List<String> added = new ArrayList<>(snapshot().lines());
        added.removeAll(before.lines());
        List<String> removed = new ArrayList<>(before.lines());
        removed.removeAll(snapshot().lines());
        assertThat(removed).as("only the revisions table's digest changes").hasSize(1)
                .allMatch(line -> line.startsWith("content app.atlas_schema_revisions 1 rows "));
        assertThat(added).as("statements 1 and 2, and the revisions row of version 2").hasSize(7)
                .contains("relation app.audit kind r owner " + ROLE, "relation app.users_email_idx kind i owner " + ROLE)
                .contains("column app.audit.id #1 integer", "content app.audit 0 rows d41d8cd98f00b204e9800998ecf8427e",
                        "index CREATE INDEX users_email_idx ON app.users USING btree (email)")
                .anyMatch(line -> line.startsWith("content app.atlas_schema_revisions 2 rows "))
                .anyMatch(line -> line.startsWith("row app.atlas_schema_revisions (2,idx,2,2,3,"));
        assertThat(query("SELECT type || ' ' || applied || '/' || total || ' | ' || error_stmt || ' | '"
                + " || jsonb_array_length(partial_hashes) || ' partial hashes | ' || (hash <> '') || ' | '"
                + " || split_part(error, E'\\n', 1) FROM app.atlas_schema_revisions WHERE version = '2'"))
                .containsExactly("2 2/3 | INSERT INTO audit_log VALUES (1) | 2 partial hashes | true | "
                        + "ERROR: relation \"audit_log\" does not exist");
        assertThat(query("SELECT hash FROM app.atlas_schema_revisions WHERE version = '1'"))
                .containsExactly(hashOfUsers);
        assertThat(query("SELECT count(*) FROM app.migrations_journal WHERE version = '2'")).containsExactly("0");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
