package dev.migrations.sql.internal.directive;

import dev.migrations.sql.migration.Directives;
import dev.migrations.sql.migration.TxMode;
import dev.migrations.error.DirectiveException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectivesTest {

    static Directives parse(String content) {
        return DirectiveParser.parse("db/x.sql", content);
    }

    @Nested
    class Recognised {

        @Test
        void noHeaderMeansNoDirectives() {
            assertThat(parse("CREATE TABLE t (id int);\n")).isSameAs(Directives.NONE);
            assertThat(parse("")).isEqualTo(Directives.NONE);
        }

        @Test
        void txmodeNone() {
            Directives directives = parse("-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON t (c);\n");

            assertThat(directives.txMode()).contains(TxMode.NONE);
            assertThat(directives.sumIgnore()).isFalse();
            assertThat(directives.checkpoint()).isFalse();
        }

        @Test
        void txmodeFileAmongOtherHeaderComments() {
            Directives directives = parse("-- Adds an index.\n-- atlas:txmode file\n-- atlas:nolint DS103\n\nSELECT 1;\n");

            assertThat(directives.txMode()).contains(TxMode.FILE);
        }

        @Test
        void blankLineMayHoldSpacesAndTabs() {
            assertThat(parse("-- atlas:txmode none\n \t\nSELECT 1;").txMode()).contains(TxMode.NONE);
        }

        @Test
        void commentsOnlyFileNeedsNoBlankLine() {
            assertThat(parse("-- atlas:txmode none\n-- nothing to do").txMode()).contains(TxMode.NONE);
            assertThat(parse("-- atlas:txmode none\n").txMode()).contains(TxMode.NONE);
        }

        @Test
        void hashCommentsFormAHeaderToo() {
            assertThat(parse("# atlas:txmode none\n\nSELECT 1;").txMode()).contains(TxMode.NONE);
        }

        @Test
        void checkpointWithAndWithoutTag() {
            assertThat(parse("-- atlas:checkpoint\n\nCREATE TABLE t ();").checkpoint()).isTrue();
            assertThat(parse("-- atlas:checkpoint v1.2\n\nCREATE TABLE t ();").checkpoint()).isTrue();
        }

        @Test
        void sumIgnoreOnTheFirstLine() {
            Directives directives = parse("-- atlas:sum ignore\n-- atlas:txmode none\n\nSELECT 1;");

            assertThat(directives).isEqualTo(new Directives(Optional.of(TxMode.NONE), true, false));
        }

        @Test
        void sumIgnoreWorksEvenWithoutTheBlankLineLikeAtlas() {
            assertThat(parse("-- atlas:sum ignore\nSELECT 1;").sumIgnore()).isTrue();
        }

        @Test
        void nolintIsAcceptedAndIgnored() {
            assertThat(parse("-- atlas:nolint\n\nDROP TABLE t;")).isEqualTo(Directives.NONE);
        }

        @Test
        void directiveLookingCommentAfterTheHeaderIsJustAComment() {
            Directives directives = parse("-- header\n\n-- atlas:txmode none\n-- atlas:whatever\nSELECT 1;\n");

            assertThat(directives).isEqualTo(Directives.NONE);
        }

        @Test
        void unknownWordInLeadingCommentsThatAtlasDoesNotTreatAsHeaderIsJustAComment() {
            assertThat(parse("-- see atlas:docs for details\nSELECT 1;\n")).isEqualTo(Directives.NONE);
        }
    }

    @Nested
    class Rejected {

        @Test
        void unknownDirectiveInTheHeader() {
            assertThatThrownBy(() -> parse("-- hello\n-- atlas:foo bar\n\nSELECT 1;"))
                    .isInstanceOfSatisfying(DirectiveException.class, e -> {
                        assertThat(e.file()).isEqualTo("db/x.sql");
                        assertThat(e.line()).isEqualTo(2);
                    })
                    .hasMessageStartingWith("unknown directive atlas:foo in file db/x.sql line 2;");
        }

        @Test
        void atlasDirectivesThisRunnerDoesNotSupport() {
            assertThatThrownBy(() -> parse("-- atlas:delimiter //\n\nSELECT 1//"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("directive atlas:delimiter is not supported");
        }

        @ParameterizedTest
        @ValueSource(strings = {"unknown", "NONE", "", "none please"})
        void unknownTxmode(String mode) {
            assertThatThrownBy(() -> parse("-- atlas:txmode " + mode + "\n\nSELECT 1;"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("db/x.sql line 1: unknown atlas:txmode '" + mode + "'");
        }

        @Test
        void txmodeAllIsRunWideOnly() {
            assertThatThrownBy(() -> parse("-- atlas:txmode all\n\nSELECT 1;"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("'atlas:txmode all' is not allowed in a file");
        }

        @Test
        void txmodeGivenTwiceWithDifferentValues() {
            assertThatThrownBy(() -> parse("-- atlas:txmode none\n-- atlas:txmode file\n\nSELECT 1;"))
                    .isInstanceOfSatisfying(DirectiveException.class, e -> assertThat(e.line()).isEqualTo(2))
                    .hasMessageContaining("atlas:txmode is given twice (line 1 and line 2)");
        }

        @Test
        void txmodeGivenTwiceWithTheSameValueIsRejectedLikeAtlasDoes() {
            assertThatThrownBy(() -> parse("-- atlas:txmode none\n-- atlas:txmode none\n\nSELECT 1;"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("given twice");
        }

        @Test
        void txmodeWithoutTheBlankLineAtlasNeeds() {
            assertThatThrownBy(() -> parse("-- atlas:txmode none\nCREATE INDEX CONCURRENTLY i ON t (c);\n"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("db/x.sql line 1: directive '-- atlas:txmode none' would be ignored")
                    .hasMessageContaining("add an empty line after line 1");
        }

        @Test
        void txmodeInACrlfFileWhichAtlasIgnores() {
            assertThatThrownBy(() -> parse("-- atlas:txmode none\r\n\r\nCREATE INDEX CONCURRENTLY i ON t (c);\r\n"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("Windows (CRLF) line endings")
                    .hasMessageContaining("convert the file to LF");
        }

        @Test
        void crlfCommentsOnlyFileIsSeenByAtlas() {
            assertThat(parse("-- atlas:txmode none\r\n-- nothing\r\n").txMode()).contains(TxMode.NONE);
        }

        @Test
        void txmodeAfterAByteOrderMark() {
            assertThatThrownBy(() -> parse("\uFEFF-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON t (c);\n"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("byte order mark");
        }

        @Test
        void checkpointWithoutTheBlankLine() {
            assertThatThrownBy(() -> parse("-- atlas:checkpoint\nCREATE TABLE t ();"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("would be ignored");
        }

        @Test
        void sumIgnoreBelowTheFirstLine() {
            assertThatThrownBy(() -> parse("-- header\n-- atlas:sum ignore\n\nSELECT 1;"))
                    .isInstanceOfSatisfying(DirectiveException.class, e -> assertThat(e.line()).isEqualTo(2))
                    .hasMessageContaining("only works on the first line");
        }

        @Test
        void sumWithAnotherMode() {
            assertThatThrownBy(() -> parse("-- atlas:sum skip\n\nSELECT 1;"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("unknown atlas:sum mode 'skip'");
        }

        @Test
        void sumIgnoreThatAtlasWouldNotRecogniseBecauseOfATrailingSpace() {
            assertThatThrownBy(() -> parse("-- atlas:sum ignore \n\nSELECT 1;"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("Atlas would still hash this file")
                    .hasMessageContaining("trailing space");
        }

        @Test
        void sumIgnoreInACrlfFile() {
            assertThatThrownBy(() -> parse("-- atlas:sum ignore\r\n\r\nSELECT 1;\r\n"))
                    .isInstanceOf(DirectiveException.class)
                    .hasMessageContaining("Atlas would still hash this file")
                    .hasMessageContaining("CRLF");
        }
    }
}
