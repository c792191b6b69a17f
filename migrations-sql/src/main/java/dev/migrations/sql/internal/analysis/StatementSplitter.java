package dev.migrations.sql.internal.analysis;

import dev.migrations.error.SqlSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits a PostgreSQL script into its executable statements, much as psql would send them to the server.
 *
 * <p>A {@code ;} ends a statement unless it is inside a comment ({@code --} or nested {@code /* *}{@code /}), a
 * string ({@code '...'}, {@code E'...'}, {@code U&'...'}, ...), a quoted identifier, a dollar quote, parentheses (as
 * in multi-action {@code CREATE RULE}), or the {@code BEGIN ATOMIC ... END} body of a {@code CREATE FUNCTION} or
 * {@code CREATE PROCEDURE}. After {@code COPY ... FROM STDIN;} the following lines up to a line {@code \.} are the
 * statement's data. Plain strings follow {@code standard_conforming_strings = on}. A UTF-8 byte order mark at the
 * start is ignored; line feeds count lines, so CRLF files number lines like LF files.
 *
 * <p>psql meta-commands are not supported: a backslash outside quotes, comments and {@code COPY} data is an error.
 */
public final class StatementSplitter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int MAX_META_COMMAND_NAME_LENGTH = 32;

    private final String script;
    private final SqlLexer lexer;
    private final List<SqlStatement> statements = new ArrayList<>();

    private StatementSplitter(String script) {
        this.script = script;
        this.lexer = new SqlLexer(script, !script.isEmpty() && script.charAt(0) == BYTE_ORDER_MARK ? 1 : 0);
    }

    /**
     * Splits {@code script} into statements, skipping empty ones; a script of only whitespace and comments has none.
     *
     * @return the statements in script order, never {@code null}
     * @throws SqlSyntaxException if a comment, string, quoted identifier, dollar quote, {@code BEGIN ATOMIC} body,
     *     parenthesis or {@code COPY} data block is not terminated, or the script contains a psql meta-command
     */
    public static List<SqlStatement> split(String script) {
        Objects.requireNonNull(script, "script");
        return new StatementSplitter(script).splitAll();
    }

    private List<SqlStatement> splitAll() {
        StatementInProgress statement = new StatementInProgress();
        while (true) {
            Token token = lexer.next();
            if (token.is(Token.Kind.END_OF_TEXT)) {
                finishAtEndOfScript(statement);
                return List.copyOf(statements);
            }
            if (token.is(Token.Kind.BACKSLASH)) {
                throw metaCommandNotSupported(token);
            }
            if (token.is(Token.Kind.SEMICOLON) && statement.isEndedBySemicolon()) {
                finish(statement, token.end());
                statement = new StatementInProgress();
            } else {
                statement.accept(token);
            }
        }
    }

    private void finish(StatementInProgress statement, int afterSemicolon) {
        if (statement.isEmpty()) {
            return;
        }
        Optional<String> copyData = Optional.empty();
        if (statement.isCopyFromStdin()) {
            copyData = Optional.of(readCopyData(statement, afterSemicolon));
        }
        statements.add(new SqlStatement(statement.text(), statement.line(), copyData));
    }

    private void finishAtEndOfScript(StatementInProgress statement) {
        if (statement.isEmpty()) {
            return;
        }
        statement.requireClosedBlocks();
        if (statement.isCopyFromStdin()) {
            throw missingEndOfCopyData(statement);
        }
        statements.add(new SqlStatement(statement.text(), statement.line()));
    }

    /**
     * Reads the data block that follows {@code COPY ... FROM STDIN;} and moves the lexer past its {@code \.} line.
     * Like psql, the data starts on the line after the semicolon; only blanks and a {@code --} comment may follow the
     * semicolon on its own line.
     */
    private String readCopyData(StatementInProgress statement, int afterSemicolon) {
        int length = script.length();
        int p = afterSemicolon;
        while (p < length && isBlankWithinLine(script.charAt(p))) {
            p++;
        }
        if (script.startsWith("--", p)) {
            p = endOfLine(p);
        }
        if (p < length && script.charAt(p) != '\n') {
            int line = lexer.lineAt(p);
            throw new SqlSyntaxException("unexpected text after COPY ... FROM STDIN on line " + line
                    + "; its data must start on the next line", line);
        }
        int dataStart = Math.min(p + 1, length);
        int lineStart = dataStart;
        while (lineStart < length) {
            int lineEnd = endOfLine(lineStart);
            if (isEndOfCopyDataMarker(lineStart, lineEnd)) {
                lexer.moveTo(Math.min(lineEnd + 1, length));
                return script.substring(dataStart, lineStart);
            }
            lineStart = lineEnd + 1;
        }
        throw missingEndOfCopyData(statement);
    }

    /** Whether the line {@code [lineStart, lineEnd)} is exactly {@code \.}, optionally followed by a carriage return. */
    private boolean isEndOfCopyDataMarker(int lineStart, int lineEnd) {
        int contentEnd = lineEnd > lineStart && script.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
        return contentEnd - lineStart == 2 && script.charAt(lineStart) == '\\' && script.charAt(lineStart + 1) == '.';
    }

    /** Offset of the line feed ending the line that contains {@code offset}, or the script length. */
    private int endOfLine(int offset) {
        int newline = script.indexOf('\n', offset);
        return newline < 0 ? script.length() : newline;
    }

    private static boolean isBlankWithinLine(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static SqlSyntaxException missingEndOfCopyData(StatementInProgress statement) {
        return new SqlSyntaxException("COPY ... FROM STDIN at line " + statement.line()
                + " is not followed by data ending with a line containing only \\.", statement.line());
    }

    private SqlSyntaxException metaCommandNotSupported(Token backslash) {
        int end = backslash.end();
        int limit = Math.min(script.length(), end + MAX_META_COMMAND_NAME_LENGTH);
        while (end < limit && !Character.isWhitespace(script.charAt(end))) {
            end++;
        }
        String command = script.substring(backslash.start(), end);
        return new SqlSyntaxException("psql meta-command " + command + " at line " + backslash.line()
                + " is not supported", backslash.line());
    }

    /**
     * The tokens of the statement being read, and just enough structure to know whether a {@code ;} ends it.
     */
    private final class StatementInProgress {

        private Token first;
        private Token previous;
        private int end;
        private int tokenCount;

        private boolean startsWithCreate;
        private boolean startsWithCreateOr;
        private boolean startsWithCreateOrReplace;
        private boolean createsRoutine;
        private boolean startsWithCopy;
        private boolean copyFromStdin;

        private int parenthesisDepth;
        private Token outermostOpenParenthesis;
        private int atomicBodyDepth;
        private Token atomicBodyBegin;

        boolean isEmpty() {
            return first == null;
        }

        boolean isEndedBySemicolon() {
            return parenthesisDepth == 0 && atomicBodyDepth == 0;
        }

        boolean isCopyFromStdin() {
            return copyFromStdin;
        }

        String text() {
            return script.substring(first.start(), end);
        }

        int line() {
            return first.line();
        }

        void accept(Token token) {
            if (first == null) {
                first = token;
            }
            trackStatementHead(token);
            trackParentheses(token);
            trackAtomicBody(token);
            trackCopySource(token);
            previous = token;
            end = token.end();
            tokenCount++;
        }

        /** Recognises {@code COPY} and {@code CREATE [OR REPLACE] {FUNCTION | PROCEDURE}} from the first tokens. */
        private void trackStatementHead(Token token) {
            switch (tokenCount) {
                case 0:
                    startsWithCreate = token.isKeyword("CREATE");
                    startsWithCopy = token.isKeyword("COPY");
                    break;
                case 1:
                    createsRoutine = startsWithCreate && isRoutineKeyword(token);
                    startsWithCreateOr = startsWithCreate && token.isKeyword("OR");
                    break;
                case 2:
                    startsWithCreateOrReplace = startsWithCreateOr && token.isKeyword("REPLACE");
                    break;
                case 3:
                    if (startsWithCreateOrReplace) {
                        createsRoutine = isRoutineKeyword(token);
                    }
                    break;
                default:
                    break;
            }
        }

        private void trackParentheses(Token token) {
            if (token.is(Token.Kind.OPEN_PARENTHESIS)) {
                if (parenthesisDepth++ == 0) {
                    outermostOpenParenthesis = token;
                }
            } else if (token.is(Token.Kind.CLOSE_PARENTHESIS) && parenthesisDepth > 0) {
                parenthesisDepth--;
            }
        }

        /**
         * A SQL-standard routine body runs from {@code BEGIN ATOMIC} to its matching {@code END}; {@code CASE}
         * expressions inside it also end with {@code END}. Both words are reserved, so they cannot be identifiers.
         */
        private void trackAtomicBody(Token token) {
            if (atomicBodyDepth == 0) {
                if (createsRoutine && parenthesisDepth == 0 && token.isKeyword("ATOMIC")
                        && previous != null && previous.isKeyword("BEGIN")) {
                    atomicBodyDepth = 1;
                    atomicBodyBegin = previous;
                }
            } else if (token.isKeyword("CASE")) {
                atomicBodyDepth++;
            } else if (token.isKeyword("END")) {
                atomicBodyDepth--;
            }
        }

        private void trackCopySource(Token token) {
            if (startsWithCopy && parenthesisDepth == 0 && token.isKeyword("STDIN")
                    && previous != null && previous.isKeyword("FROM")) {
                copyFromStdin = true;
            }
        }

        /** At the end of the script, every opened body and parenthesis must have been closed. */
        void requireClosedBlocks() {
            if (atomicBodyDepth > 0) {
                int line = atomicBodyBegin.line();
                throw new SqlSyntaxException("unterminated BEGIN ATOMIC body starting at line " + line
                        + " (missing END)", line);
            }
            if (parenthesisDepth > 0) {
                int line = outermostOpenParenthesis.line();
                throw new SqlSyntaxException("unclosed parenthesis opened at line " + line, line);
            }
        }

        private boolean isRoutineKeyword(Token token) {
            return token.isKeyword("FUNCTION") || token.isKeyword("PROCEDURE");
        }
    }
}
