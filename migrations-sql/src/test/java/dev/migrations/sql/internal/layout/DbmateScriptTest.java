package dev.migrations.sql.internal.layout;

import dev.migrations.error.LayoutException;
import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.error.SqlSyntaxException;
import dev.migrations.sql.migration.TxMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DbmateScriptTest {

    private static final String FILE = "db/migrations/20240101120000_x.sql";

    static MigrationScript parse(String text) {
        return DbmateScript.parse(FILE, text);
    }

    static List<String> sql(String text) {
        return parse(text).statements().stream().map(SqlStatement::sql).toList();
    }

    /** Both check and parse refuse the file with this line and a message containing the parts. */
    static void refused(String text, int line, String... messageParts) {
        for (Runnable call : List.<Runnable>of(() -> DbmateScript.check(FILE, text), () -> parse(text))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(LayoutException.class, e -> {
                assertThat(e.file()).isEqualTo(FILE);
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.getMessage()).startsWith(FILE).contains(messageParts).doesNotEndWith(".");
            });
        }
    }

    static void accepted(String text) {
        assertThatCode(() -> DbmateScript.check(FILE, text)).doesNotThrowAnyException();
        assertThatCode(() -> parse(text)).doesNotThrowAnyException();
    }

    @Nested
    class Sections {

        @Test
        void onlyTheUpSectionRuns() {
            MigrationScript script = parse("""
                    -- migrate:up
                    CREATE TABLE users (id serial, name text);
                    INSERT INTO users (name) VALUES ('root');

                    -- migrate:down
                    DROP TABLE users;
                    """);

            assertThat(script.statements()).extracting(SqlStatement::sql, SqlStatement::line).containsExactly(
                    tuple("CREATE TABLE users (id serial, name text)", 2),
                    tuple("INSERT INTO users (name) VALUES ('root')", 3));
            assertThat(script.txMode()).isEmpty();
            assertThat(script.txModeSource()).isEmpty();
        }

        @Test
        void emptySectionsAreAllowed() {
            assertThat(parse("-- migrate:up\n-- migrate:down\n").statements()).isEmpty();
            assertThat(parse("-- migrate:up\n\n-- migrate:down").statements()).isEmpty();
        }

        @Test
        void commentsAndBlankLinesMayPrecedeUp() {
            MigrationScript script = parse("""

                    -- Creates the users table.
                       -- indented comment
                    \t
                    -- migrate:up
                    CREATE TABLE users (id serial);
                    -- migrate:down
                    DROP TABLE users;
                    """);

            assertThat(script.statements()).extracting(SqlStatement::sql, SqlStatement::line)
                    .containsExactly(tuple("CREATE TABLE users (id serial)", 6));
        }

        @Test
        void severalSectionsRunInOrder() {
            MigrationScript script = parse("""
                    -- migrate:up
                    CREATE TABLE users (id serial PRIMARY KEY);
                    -- migrate:down
                    DROP TABLE users;

                    -- migrate:up
                    ALTER TABLE users ADD COLUMN email text;
                    -- migrate:down
                    ALTER TABLE users DROP COLUMN email;
                    """);

            assertThat(script.statements()).extracting(SqlStatement::sql, SqlStatement::line).containsExactly(
                    tuple("CREATE TABLE users (id serial PRIMARY KEY)", 2),
                    tuple("ALTER TABLE users ADD COLUMN email text", 7));
            assertThat(script.txMode()).isEmpty();
        }

        @Test
        void functionBodiesAreSplitByTheLexer() {
            MigrationScript script = parse("""
                    -- migrate:up
                    CREATE FUNCTION f() RETURNS int AS $$
                    BEGIN
                      RETURN 1;
                    END;
                    $$ LANGUAGE plpgsql;
                    SELECT f();
                    -- migrate:down
                    DROP FUNCTION f();
                    """);

            assertThat(script.statements()).extracting(SqlStatement::line).containsExactly(2, 7);
            assertThat(script.statements().get(0).sql()).endsWith("$$ LANGUAGE plpgsql");
        }

        @Test
        void missingUpIsRefused() {
            refused("CREATE TABLE t (id int);\n", 0, "has no '-- migrate:up' line", "add a line '-- migrate:up'");
            refused("", 0, "has no '-- migrate:up' line");
            refused("-- migrate:down\nDROP TABLE t;\n", 0, "has '-- migrate:down' (line 1) but no '-- migrate:up'");
        }

        @Test
        void missingDownIsRefused() {
            refused("-- migrate:up\nCREATE TABLE t (id int);\n", 1,
                    "line 1: the '-- migrate:up' here has no '-- migrate:down' after it;",
                    "add a line '-- migrate:down' after the statements to run");
        }

        @Test
        void everySectionNeedsItsDown() {
            refused("-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:up\nCREATE TABLE b (id int);\n"
                    + "-- migrate:down\nDROP TABLE b;\n", 1,
                    "line 1: the '-- migrate:up' here has no '-- migrate:down' after it before the next"
                            + " '-- migrate:up' (line 3)");
        }

        @Test
        void twoDownsInASectionAreRefused() {
            refused("-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n-- migrate:down\n"
                    + "DROP TABLE b;\n", 5, "line 5: a second '-- migrate:down' after the '-- migrate:up' at line 1"
                    + " (the first is at line 3)");
        }

        @Test
        void twoDownsAreReportedBeforeAMissingDownAsInDbmate() {
            refused("-- migrate:up\nSELECT 1;\n-- migrate:up\nSELECT 2;\n-- migrate:down\n-- migrate:down\n", 6,
                    "a second '-- migrate:down'");
        }

        @Test
        void statementBeforeUpIsRefused() {
            refused("-- a comment\nCREATE TYPE status AS ENUM ('a');\n\n-- migrate:up\nSELECT 1;\n-- migrate:down\n",
                    2, "line 2: a statement before the first '-- migrate:up' (line 4)",
                    "move the statement below '-- migrate:up'");
            refused("/* header */\n-- migrate:up\nSELECT 1;\n-- migrate:down\n", 1, "line 1: a statement before");
        }

        @Test
        void downBeforeUpIsRefused() {
            refused("-- migrate:down\nDROP TABLE users;\n-- migrate:up\nCREATE TABLE users (id int);\n"
                    + "-- migrate:down\n", 1, "line 1: '-- migrate:down' comes before the first '-- migrate:up'"
                    + " (line 3), with statements between them (line 2)", "put the up section");
        }

        @Test
        void downMarkerAmongLeadingCommentsIsACommentAsInDbmate() {
            assertThat(sql("-- migrate:down\n-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n"))
                    .containsExactly("SELECT 1");
        }

        @Test
        void markersInsideStatementsStillCutAsInDbmate() {
            // dbmate's markers are lines, whatever the SQL around them: the up part ends at the marker
            assertThatThrownBy(() -> parse("-- migrate:up\nSELECT 'a\n-- migrate:down\n';\n"))
                    .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.line()).isEqualTo(2));
        }

        @Test
        void byteOrderMarkIsIgnored() {
            assertThat(sql("\uFEFF-- migrate:up\nSELECT 1;\n-- migrate:down\n")).containsExactly("SELECT 1");
        }
    }

    @Nested
    class Markers {

        @ParameterizedTest
        @ValueSource(strings = {"-- migrate:up", "--migrate:up", "--   migrate:up", "--\tmigrate:up",
                "-- migrate:up   ", "-- migrate:up transaction:true"})
        void upMarkersAsDbmateReadsThem(String marker) {
            assertThat(sql(marker + "\nSELECT 1;\n-- migrate:down\nSELECT 2;\n")).containsExactly("SELECT 1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"  -- migrate:up", "-- Migrate:Up", "-- migrate:upgrade", "--- migrate:up",
                "-- migrate: up", "# migrate:up"})
        void notMarkers(String line) {
            refused(line + "\nSELECT 1;\n-- migrate:down\n", 0, "but no '-- migrate:up'");
        }

        @Test
        void markerAtTheVeryEnd() {
            assertThat(sql("-- migrate:up\nSELECT 1;\n-- migrate:down")).containsExactly("SELECT 1");
        }

        @Test
        void markerMaySpanLinesAsDbmateRegexAllows() {
            // ^--\s*migrate:up, where \s includes line feeds: dbmate then sends "migrate:up" as SQL, too
            assertThat(sql("--\n  migrate:up\n-- migrate:down\n")).containsExactly("migrate:up");
        }
    }

    @Nested
    class Options {

        @Test
        void transactionFalseRunsOutsideATransaction() {
            MigrationScript script = parse("""
                    -- migrate:up transaction:false
                    CREATE INDEX CONCURRENTLY i ON t (c);
                    -- migrate:down
                    DROP INDEX i;
                    """);

            assertThat(script.txMode()).contains(TxMode.NONE);
            assertThat(script.txModeSource()).isEqualTo("-- migrate:up transaction:false");
            assertThat(script.statements()).extracting(SqlStatement::sql, SqlStatement::line)
                    .containsExactly(tuple("CREATE INDEX CONCURRENTLY i ON t (c)", 2));
        }

        @Test
        void transactionTrueIsTheDefault() {
            assertThat(parse("-- migrate:up transaction:true\nSELECT 1;\n-- migrate:down\n").txMode()).isEmpty();
        }

        @Test
        void downOptionsDoNotChangeTheUpSection() {
            assertThat(parse("-- migrate:up\nSELECT 1;\n-- migrate:down transaction:false\nSELECT 2;\n").txMode())
                    .isEmpty();
        }

        @Test
        void anyNonTransactionalSectionRunsTheFileOutsideATransaction() {
            MigrationScript script = parse("""
                    -- migrate:up
                    CREATE TABLE t (c int);
                    -- migrate:down
                    DROP TABLE t;
                    -- migrate:up transaction:false
                    CREATE INDEX CONCURRENTLY i ON t (c);
                    -- migrate:down
                    DROP INDEX i;
                    """);

            assertThat(script.txMode()).contains(TxMode.NONE);
            assertThat(script.txModeSource()).isEqualTo("-- migrate:up transaction:false (line 5)");
            assertThat(script.statements()).extracting(SqlStatement::line).containsExactly(2, 6);
        }

        @Test
        void lastTransactionOptionWinsAsInDbmate() {
            assertThat(parse("-- migrate:up transaction:false transaction:true\nSELECT 1;\n-- migrate:down\n")
                    .txMode()).isEmpty();
            assertThat(parse("-- migrate:up transaction:true  transaction:false\nSELECT 1;\n-- migrate:down\n")
                    .txMode()).contains(TxMode.NONE);
        }

        @Test
        void unknownOptionIsRefused() {
            refused("-- migrate:up transactions:false\nSELECT 1;\n-- migrate:down\n", 1,
                    "line 1: unknown option 'transactions:false' in '-- migrate:up transactions:false'",
                    "dbmate knows only 'transaction:false'", "silently ignores anything else");
            refused("-- migrate:up transaction:FALSE\nSELECT 1;\n-- migrate:down\n", 1,
                    "unknown option 'transaction:FALSE'");
            refused("-- migrate:up notransaction\nSELECT 1;\n-- migrate:down\n", 1, "unknown option 'notransaction'");
            refused("-- migrate:up\nSELECT 1;\n-- migrate:down transaction: false\n", 3,
                    "line 3: unknown option 'transaction:'");
        }

        @Test
        void optionsOfMarkersBeforeTheFirstUpAreComments() {
            accepted("-- migrate:down whatever\n-- migrate:up\nSELECT 1;\n-- migrate:down\n");
        }
    }

    @Nested
    class LineEndings {

        @Test
        void crlfFilesReadLikeLfFiles() {
            MigrationScript script = parse("-- migrate:up transaction:false\r\nCREATE TABLE users (\r\n  id int\r\n);"
                    + "\r\nSELECT 1;\r\n-- migrate:down\r\nDROP TABLE users;\r\n");

            assertThat(script.statements()).extracting(SqlStatement::sql, SqlStatement::line).containsExactly(
                    tuple("CREATE TABLE users (\r\n  id int\r\n)", 2), tuple("SELECT 1", 5));
            assertThat(script.txMode()).contains(TxMode.NONE);
        }

        @Test
        void crlfErrors() {
            refused("-- migrate:up\r\nSELECT 1;\r\n-- migrate:up\r\nSELECT 2;\r\n-- migrate:down\r\n", 1,
                    "before the next '-- migrate:up' (line 3)");
            refused("\r\n-- c\r\nSELECT 0;\r\n-- migrate:up\r\n-- migrate:down\r\n", 3, "line 3: a statement before");
        }
    }

    @Nested
    class ForeignAnnotationsInDbmateFiles {

        @Test
        void gooseAnnotationIsRefused() {
            refused("-- migrate:up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n-- migrate:down\n", 3,
                    "line 3: goose annotation '-- +goose Down' in a directory read as dbmate files",
                    "--dir-format goose (API: directoryFormat(DirectoryFormat.GOOSE))");
        }

        @Test
        void mentionOfGooseIsNoAnnotation() {
            accepted("-- migrate:up\n-- ported from +goose\nSELECT '-- +goose Up';\n-- migrate:down\n");
        }
    }
}
