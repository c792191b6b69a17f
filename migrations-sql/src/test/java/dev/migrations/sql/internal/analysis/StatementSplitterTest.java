package dev.migrations.sql.internal.analysis;

import dev.migrations.error.SqlSyntaxException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementSplitterTest {

    private static List<String> sqlOf(String script) {
        return StatementSplitter.split(script).stream().map(SqlStatement::sql).toList();
    }

    private static List<Integer> linesOf(String script) {
        return StatementSplitter.split(script).stream().map(SqlStatement::line).toList();
    }

    private static SqlSyntaxException syntaxErrorOf(String script) {
        return catchThrowableOfType(SqlSyntaxException.class, () -> StatementSplitter.split(script));
    }

    @Nested
    class StatementBoundaries {

        @ParameterizedTest
        @ValueSource(strings = {"", "   \n\t\r\n", "-- only a comment", "-- one\n-- two\n", "/* block */",
                "/* a */ -- b\n  /* c /* nested */ */\n", ";", " ;; ; ", "/* comment */;\n-- another\n;"})
        void scriptWithoutTokensHasNoStatements(String script) {
            assertThat(StatementSplitter.split(script)).isEmpty();
        }

        @Test
        void splitsAtSemicolons() {
            assertThat(sqlOf("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"))
                    .containsExactly("CREATE TABLE a (id int)", "CREATE TABLE b (id int)");
        }

        @Test
        void lastStatementNeedsNoSemicolon() {
            assertThat(sqlOf("SELECT 1;\nSELECT 2\n\n")).containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void skipsEmptyStatements() {
            assertThat(sqlOf(";;SELECT 1;;; ;\n;SELECT 2;;")).containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void severalStatementsOnOneLine() {
            assertThat(StatementSplitter.split("SELECT 1; SELECT 2;SELECT 3"))
                    .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 1),
                            new SqlStatement("SELECT 3", 1));
        }

        @Test
        void statementTextStartsAtFirstTokenAndEndsAtLastToken() {
            String script = "-- header\n/* doc */\n  INSERT INTO t -- inner\n  VALUES /* inner */ (1)  -- trailing\n;";
            assertThat(sqlOf(script)).containsExactly("INSERT INTO t -- inner\n  VALUES /* inner */ (1)");
        }

        @Test
        void keepsOriginalCharactersInsideTheStatement() {
            String statement = "UPDATE t\n\tSET   a = 1 ,\n\r\n  b = 'x'";
            assertThat(sqlOf("\n\n" + statement + " ;\n")).containsExactly(statement);
        }

        @Test
        void semicolonsInsideParenthesesDoNotEndAStatement() {
            String rule = "CREATE RULE log AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))";
            assertThat(sqlOf(rule + ";\nSELECT 1;")).containsExactly(rule, "SELECT 1");
        }

        @Test
        void unclosedParenthesisIsReportedWhereItOpened() {
            SqlSyntaxException error = syntaxErrorOf("SELECT 1;\nCREATE TABLE t (\n  id int;\nSELECT 2;\n");
            assertThat(error.line()).isEqualTo(2);
            assertThat(error).hasMessage("unclosed parenthesis opened at line 2");
        }

        @Test
        void surplusClosingParenthesisIsLeftToTheServer() {
            assertThat(sqlOf("SELECT 1);SELECT 2")).containsExactly("SELECT 1)", "SELECT 2");
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> StatementSplitter.split(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void resultIsUnmodifiable() {
            List<SqlStatement> statements = StatementSplitter.split("SELECT 1");
            assertThatThrownBy(() -> statements.add(new SqlStatement("SELECT 2", 1)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class LineNumbers {

        @Test
        void lineOfTheFirstToken() {
            String script = "-- comment\n\nCREATE TABLE a (\n  id int\n);\n/* multi\nline */ SELECT\n1;\n\n  SELECT 2";
            assertThat(linesOf(script)).containsExactly(3, 7, 10);
        }

        @Test
        void countsLinesInsideStringsAndComments() {
            String script = "SELECT 'a\nb\nc';\n/* x\ny */\nSELECT $$\n$$;\nSELECT \"q\nq\"; SELECT 4";
            assertThat(linesOf(script)).containsExactly(1, 6, 8, 9);
        }

        @Test
        void crlfCountsAsOneLineAndIsKeptInTheText() {
            String script = "-- header\r\nCREATE TABLE a (\r\n  id int\r\n);\r\n\r\nSELECT 'x;\r\ny';\r\n";
            assertThat(StatementSplitter.split(script)).containsExactly(
                    new SqlStatement("CREATE TABLE a (\r\n  id int\r\n)", 2),
                    new SqlStatement("SELECT 'x;\r\ny'", 6));
        }

        @Test
        void lineCommentEndsAtCarriageReturnToo() {
            assertThat(sqlOf("-- comment\rSELECT 1;")).containsExactly("SELECT 1");
        }

        @Test
        void ignoresByteOrderMark() {
            assertThat(StatementSplitter.split("\uFEFFCREATE TABLE a (id int);\nSELECT 1;"))
                    .containsExactly(new SqlStatement("CREATE TABLE a (id int)", 1), new SqlStatement("SELECT 1", 2));
        }

        @Test
        void byteOrderMarkBeforeCommentOnlyScript() {
            assertThat(StatementSplitter.split("\uFEFF-- nothing\n")).isEmpty();
        }
    }

    @Nested
    class Comments {

        @Test
        void semicolonInLineCommentIsNotATerminator() {
            assertThat(sqlOf("SELECT 1 -- no; split here\n+ 1;")).containsExactly("SELECT 1 -- no; split here\n+ 1");
        }

        @Test
        void lineCommentAtEndOfScriptWithoutNewline() {
            assertThat(sqlOf("SELECT 1; -- done")).containsExactly("SELECT 1");
        }

        @Test
        void lineCommentRightAfterAnOperator() {
            assertThat(sqlOf("SELECT 1 +-- comment;\n2;")).containsExactly("SELECT 1 +-- comment;\n2");
        }

        @Test
        void semicolonInBlockCommentIsNotATerminator() {
            assertThat(sqlOf("SELECT /* ; */ 1;")).containsExactly("SELECT /* ; */ 1");
        }

        @Test
        void blockCommentsNest() {
            String statement = "SELECT /* outer /* inner; */ still a comment; */ 1";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void deeplyNestedBlockComment() {
            assertThat(sqlOf("/* 1 /* 2 /* 3 */ 2 */ 1 ; */ SELECT 1;")).containsExactly("SELECT 1");
        }

        @Test
        void blockCommentWithStarsAndSlashes() {
            assertThat(sqlOf("/** ** / * /*/ */ **/ SELECT 1;")).containsExactly("SELECT 1");
        }

        @Test
        void blockCommentRightAfterAnOperator() {
            assertThat(sqlOf("SELECT 2*/* times ; */3;")).containsExactly("SELECT 2*/* times ; */3");
        }

        @Test
        void quotesAndDollarsInsideCommentsAreIgnored() {
            assertThat(sqlOf("-- it's $$\nSELECT 1; /* \"x $tag$ ' */ SELECT 2;")).containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void commentMarkersInsideStringsAreText() {
            assertThat(sqlOf("SELECT '-- not a comment;', '/* nor this;';"))
                    .containsExactly("SELECT '-- not a comment;', '/* nor this;'");
        }

        @Test
        void unterminatedBlockCommentIsReportedWhereItStarted() {
            SqlSyntaxException error = syntaxErrorOf("SELECT 1;\n\n/* outer\n/* inner */\nSELECT 2;");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error).hasMessage("unterminated /* comment starting at line 3");
        }
    }

    @Nested
    class QuotedStrings {

        @Test
        void semicolonInStringIsNotATerminator() {
            assertThat(sqlOf("INSERT INTO t VALUES ('a;b');SELECT 2")).containsExactly("INSERT INTO t VALUES ('a;b')", "SELECT 2");
        }

        @Test
        void doubledQuoteEscapesAQuote() {
            assertThat(sqlOf("SELECT 'it''s; fine', '''';SELECT 2")).containsExactly("SELECT 'it''s; fine', ''''", "SELECT 2");
        }

        @Test
        void emptyStrings() {
            assertThat(sqlOf("SELECT '', '';SELECT 2")).containsExactly("SELECT '', ''", "SELECT 2");
        }

        @Test
        void backslashIsLiteralInPlainStrings() {
            assertThat(sqlOf("SELECT 'C:\\';SELECT 'x\\'")).containsExactly("SELECT 'C:\\'", "SELECT 'x\\'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"E", "e"})
        void backslashEscapesInExtendedStrings(String prefix) {
            String statement = "SELECT " + prefix + "'it\\'s; \\\\'";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void extendedStringWithDoubledQuoteAndOtherEscapes() {
            String statement = "SELECT E'a''b\\n\\t\\x41\\u0041\\;'";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void onlyAStandaloneEIsAnEscapePrefix() {
            assertThat(sqlOf("SELECT name'\\';SELECT 2")).containsExactly("SELECT name'\\'", "SELECT 2");
        }

        @Test
        void unicodeEscapeStrings() {
            String statement = "SELECT U&'d\\0061t\\+000061;', U&'back\\\\', u&'!0061;' UESCAPE '!'";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void bitHexAndNationalStrings() {
            String statement = "SELECT B'1;01', X'1F;', N'na;tional', b'\\'";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void nonAsciiText() {
            String statement = "INSERT INTO vilkår (navn) VALUES ('Søknad; ærlig ✓')";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void unterminatedStringIsReportedWhereItStarted() {
            SqlSyntaxException error = syntaxErrorOf("SELECT 1;\nSELECT 'abc\n;\n");
            assertThat(error.line()).isEqualTo(2);
            assertThat(error).hasMessage("unterminated quoted string starting at line 2");
        }

        @Test
        void extendedStringEndingInEscapedQuoteIsUnterminated() {
            assertThat(syntaxErrorOf("SELECT 1;\n\nSELECT E'abc\\';").line()).isEqualTo(3);
        }
    }

    @Nested
    class QuotedIdentifiers {

        @Test
        void semicolonInQuotedIdentifierIsNotATerminator() {
            assertThat(sqlOf("CREATE TABLE \"a;b\" (\"c;\" int);SELECT 2"))
                    .containsExactly("CREATE TABLE \"a;b\" (\"c;\" int)", "SELECT 2");
        }

        @Test
        void doubledDoubleQuoteEscapes() {
            String statement = "SELECT 1 AS \"say \"\"hi\"\"; ok\"";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void quotesInsideIdentifiersAreText() {
            String statement = "SELECT 1 AS \"it's $$ -- /*\"";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void unicodeEscapeIdentifier() {
            String statement = "SELECT 1 AS U&\"d\\0061t;\"";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void unterminatedQuotedIdentifierIsReportedWhereItStarted() {
            SqlSyntaxException error = syntaxErrorOf("SELECT 1;\nSELECT 1 AS \"x;\n");
            assertThat(error.line()).isEqualTo(2);
            assertThat(error).hasMessage("unterminated quoted identifier starting at line 2");
        }
    }

    @Nested
    class DollarQuoting {

        @Test
        void anonymousDollarQuote() {
            String statement = "DO $$\nBEGIN\n  PERFORM 1;\n  RAISE NOTICE 'x;';\nEND\n$$";
            assertThat(sqlOf(statement + ";\nSELECT 2;")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void taggedDollarQuoteContainingOtherDelimiters() {
            String statement = "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $body$\n"
                    + "BEGIN\n  RETURN $$x;$$ || $inner$ ; $$ ; $inner$ || 'it''s';\nEND;\n$body$";
            assertThat(sqlOf(statement + ";\nSELECT 2;")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void nestedDollarQuotesWithDifferentTags() {
            String statement = "DO $outer$ BEGIN EXECUTE $inner$ CREATE FUNCTION g() RETURNS int AS $$ SELECT 1; $$ "
                    + "LANGUAGE sql; $inner$; END $outer$";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void tagsAreCaseSensitive() {
            String statement = "SELECT $a$ $A$ ; $a$";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void tagsMayContainDigitsAndUnderscoresAndNonAsciiLetters() {
            String statement = "SELECT $_tag_1$ ; $_tag_1$, $ø$ ; $ø$";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void closingDelimiterMayFollowTextDirectly() {
            assertThat(sqlOf("SELECT $q$abc;$q$;SELECT $q$x$$q$;SELECT 3"))
                    .containsExactly("SELECT $q$abc;$q$", "SELECT $q$x$$q$", "SELECT 3");
        }

        @Test
        void quotesAndCommentsInsideDollarQuotesAreText() {
            String statement = "SELECT $$ it's \" -- /* ; $$";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void positionalParametersAreNotDollarQuotes() {
            assertThat(sqlOf("PREPARE p (int, int) AS SELECT $1 + $2;EXECUTE p (1, 2);"))
                    .containsExactly("PREPARE p (int, int) AS SELECT $1 + $2", "EXECUTE p (1, 2)");
        }

        @Test
        void parameterFollowedByDollarQuote() {
            assertThat(sqlOf("SELECT $1$$;$$;SELECT 2")).containsExactly("SELECT $1$$;$$", "SELECT 2");
        }

        @Test
        void dollarSignsInsideIdentifiersAreNotDollarQuotes() {
            assertThat(sqlOf("SELECT a$b$c, x$$ FROM t$1$;SELECT 2")).containsExactly("SELECT a$b$c, x$$ FROM t$1$", "SELECT 2");
        }

        @Test
        void tagCannotStartWithADigit() {
            assertThat(sqlOf("SELECT $1abc$;SELECT 2")).containsExactly("SELECT $1abc$", "SELECT 2");
        }

        @Test
        void loneDollarSignIsAnOrdinaryCharacter() {
            assertThat(sqlOf("SELECT $ ;SELECT $-1;SELECT 2")).containsExactly("SELECT $", "SELECT $-1", "SELECT 2");
        }

        @Test
        void unterminatedDollarQuoteIsReportedWithLineAndTag() {
            SqlSyntaxException error = syntaxErrorOf("SELECT 1;\n\nCREATE FUNCTION f() AS $body$\nBEGIN\n$$ END $$\n");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error).hasMessage("unterminated dollar-quoted string starting at line 3 ($body$)");
        }

        @Test
        void dollarQuoteClosedByDifferentCaseIsUnterminated() {
            assertThat(syntaxErrorOf("SELECT $Tag$ x $tag$;")).hasMessageContaining("($Tag$)");
        }
    }

    @Nested
    class AtomicRoutineBodies {

        @Test
        void semicolonsInsideBeginAtomicDoNotEndTheStatement() {
            String statement = "CREATE FUNCTION add_and_log(a int, b int) RETURNS int LANGUAGE sql\n"
                    + "BEGIN ATOMIC\n  INSERT INTO log VALUES (a, b);\n  SELECT a + b;\nEND";
            assertThat(sqlOf(statement + ";\nSELECT 2;")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void caseExpressionsInsideTheBodyDoNotCloseIt() {
            String statement = "CREATE OR REPLACE FUNCTION sign_text(x int) RETURNS text\n"
                    + "BEGIN ATOMIC\n"
                    + "  SELECT CASE WHEN x > 0 THEN 'positive;' ELSE CASE WHEN x < 0 THEN 'negative' END END;\n"
                    + "  SELECT (CASE x WHEN 0 THEN 'zero' END);\n"
                    + "END";
            assertThat(sqlOf(statement + ";\nSELECT 2;")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void procedures() {
            String statement = "create or replace procedure p() language sql begin atomic insert into t values (1); end";
            assertThat(sqlOf(statement + ";select 2")).containsExactly(statement, "select 2");
        }

        @Test
        void commentsMayStandBetweenTheKeywords() {
            String statement = "CREATE /* c */ OR -- c\n REPLACE FUNCTION f() RETURNS int BEGIN /* c */ ATOMIC SELECT 1; END";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void endInsideQuotesAndCommentsDoesNotCloseTheBody() {
            String statement = "CREATE FUNCTION f() RETURNS text BEGIN ATOMIC SELECT 'END'; -- END;\n SELECT \"end\" FROM t; END";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void transactionBlocksAreOrdinaryStatements() {
            assertThat(sqlOf("BEGIN;\nSELECT 1;\nEND;\nBEGIN ISOLATION LEVEL SERIALIZABLE; COMMIT;"))
                    .containsExactly("BEGIN", "SELECT 1", "END", "BEGIN ISOLATION LEVEL SERIALIZABLE", "COMMIT");
        }

        @Test
        void plpgsqlBlocksInDollarQuotesAreNotAtomicBodies() {
            String statement = "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void beginAtomicOutsideARoutineDefinitionIsNotABody() {
            assertThat(sqlOf("SELECT begin atomic FROM t;SELECT 2")).containsExactly("SELECT begin atomic FROM t", "SELECT 2");
        }

        @Test
        void parametersNamedBeginDoNotStartABody() {
            String statement = "CREATE FUNCTION f(begin atomic) RETURNS int LANGUAGE sql AS 'SELECT 1'";
            assertThat(sqlOf(statement + ";SELECT 2")).containsExactly(statement, "SELECT 2");
        }

        @Test
        void unterminatedBodyIsReportedWhereItBegan() {
            SqlSyntaxException error = syntaxErrorOf("SELECT 1;\nCREATE FUNCTION f() RETURNS int\nBEGIN ATOMIC\n  SELECT 1;\n");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error).hasMessage("unterminated BEGIN ATOMIC body starting at line 3 (missing END)");
        }
    }

    @Nested
    class CopyFromStdin {

        @Test
        void dataBlockBelongsToTheCopyStatement() {
            String script = "CREATE TABLE t (a int, b text);\n"
                    + "COPY t (a, b) FROM STDIN;\n"
                    + "1\tone; two\n"
                    + "2\t\\N\n"
                    + "3\tit's \"quoted\" $$ -- /* \\\\ \\t\n"
                    + "\\.\n"
                    + "SELECT count(*) FROM t;\n";
            assertThat(StatementSplitter.split(script)).containsExactly(
                    new SqlStatement("CREATE TABLE t (a int, b text)", 1),
                    new SqlStatement("COPY t (a, b) FROM STDIN", 2,
                            Optional.of("1\tone; two\n2\t\\N\n3\tit's \"quoted\" $$ -- /* \\\\ \\t\n")),
                    new SqlStatement("SELECT count(*) FROM t", 7));
        }

        @Test
        void keywordsAreCaseInsensitiveAndOptionsMayFollow() {
            String script = "copy public.t from stdin with (format csv, header true);\na,b\n1,\"x\n;y\"\n\\.\n";
            assertThat(StatementSplitter.split(script)).containsExactly(new SqlStatement(
                    "copy public.t from stdin with (format csv, header true)", 1, Optional.of("a,b\n1,\"x\n;y\"\n")));
        }

        @Test
        void emptyDataBlock() {
            assertThat(StatementSplitter.split("COPY t FROM STDIN;\n\\.\nSELECT 1;")).containsExactly(
                    new SqlStatement("COPY t FROM STDIN", 1, Optional.of("")), new SqlStatement("SELECT 1", 3));
        }

        @Test
        void endMarkerAtEndOfScriptWithoutNewline() {
            assertThat(StatementSplitter.split("COPY t FROM STDIN;\n1\n\\."))
                    .containsExactly(new SqlStatement("COPY t FROM STDIN", 1, Optional.of("1\n")));
        }

        @Test
        void crlfDataKeepsItsLineEndings() {
            String script = "COPY t FROM STDIN;\r\n1\tx\r\n2\ty\r\n\\.\r\nSELECT 1;\r\n";
            assertThat(StatementSplitter.split(script)).containsExactly(
                    new SqlStatement("COPY t FROM STDIN", 1, Optional.of("1\tx\r\n2\ty\r\n")),
                    new SqlStatement("SELECT 1", 5));
        }

        @Test
        void commentMayFollowTheSemicolon() {
            assertThat(StatementSplitter.split("COPY t FROM STDIN ;  -- data follows\n1\n\\.\n")).containsExactly(
                    new SqlStatement("COPY t FROM STDIN", 1, Optional.of("1\n")));
        }

        @Test
        void onlyALineWithExactlyBackslashDotEndsTheData() {
            String data = "\\.x\n \\.\n\\. \na\\.\n";
            assertThat(StatementSplitter.split("COPY t FROM STDIN;\n" + data + "\\.\n"))
                    .containsExactly(new SqlStatement("COPY t FROM STDIN", 1, Optional.of(data)));
        }

        @Test
        void severalCopyBlocks() {
            String script = "COPY a FROM STDIN;\n1\n\\.\nCOPY b FROM STDIN;\n2\n\\.\n\nSELECT 3;";
            assertThat(StatementSplitter.split(script)).containsExactly(
                    new SqlStatement("COPY a FROM STDIN", 1, Optional.of("1\n")),
                    new SqlStatement("COPY b FROM STDIN", 4, Optional.of("2\n")),
                    new SqlStatement("SELECT 3", 8));
        }

        @Test
        void otherCopyFormsHaveNoData() {
            assertThat(StatementSplitter.split("COPY t TO STDOUT;\nCOPY t FROM '/tmp/stdin';\n"
                    + "COPY (SELECT 1 FROM stdin) TO STDOUT;\nSELECT 'FROM STDIN';"))
                    .extracting(SqlStatement::copyData)
                    .containsOnly(Optional.empty());
        }

        @Test
        void missingEndMarkerIsReportedForTheCopyStatement() {
            SqlSyntaxException error = syntaxErrorOf("SELECT 1;\nCOPY t FROM STDIN;\n1\n2\n");
            assertThat(error.line()).isEqualTo(2);
            assertThat(error).hasMessage(
                    "COPY ... FROM STDIN at line 2 is not followed by data ending with a line containing only \\.");
        }

        @Test
        void copyWithoutSemicolonAtEndOfScriptHasNoData() {
            assertThat(syntaxErrorOf("SELECT 1;\nCOPY t FROM STDIN").line()).isEqualTo(2);
        }

        @Test
        void statementAfterTheSemicolonOnTheSameLineIsRejected() {
            SqlSyntaxException error = syntaxErrorOf("COPY t FROM STDIN; SELECT 1;\n1\n\\.\n");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error).hasMessageStartingWith("unexpected text after COPY ... FROM STDIN on line 1");
        }
    }

    @Nested
    class MetaCommands {

        @Test
        void metaCommandLineIsRejectedWithItsLine() {
            SqlSyntaxException error = syntaxErrorOf("SELECT 1;\n\n\\set ON_ERROR_STOP on\nSELECT 2;");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error).hasMessage("psql meta-command \\set at line 3 is not supported");
        }

        @Test
        void indentedMetaCommand() {
            assertThat(syntaxErrorOf("SELECT 1;\n   \\connect other\n").line()).isEqualTo(2);
        }

        @Test
        void metaCommandAfterAStatementOnTheSameLine() {
            assertThat(syntaxErrorOf("SELECT 1\n\nSELECT now() \\gset\n")).hasMessage(
                    "psql meta-command \\gset at line 3 is not supported");
        }

        @Test
        void backslashesInsideQuotesAndCommentsAreFine() {
            assertThat(sqlOf("-- \\set x\n/* \\i file */ SELECT '\\n', E'\\\\', \"\\\", $$\\.$$;"))
                    .containsExactly("SELECT '\\n', E'\\\\', \"\\\", $$\\.$$");
        }
    }
}
