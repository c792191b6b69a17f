package dev.migrations.sql.internal.layout;

import dev.migrations.error.LayoutException;
import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.error.SqlSyntaxException;
import dev.migrations.sql.internal.analysis.StatementSplitter;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.migration.TxMode;
import dev.migrations.sql.internal.text.GoText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * goose's reading of a SQL migration file, as goose v3 reads it ({@code internal/sqlparser/parser.go}), line by line
 * (a line feed ends a line, a carriage return before it is dropped).
 * <ul>
 *   <li>Annotations: see {@link GooseAnnotation}. goose refuses indented annotations, lines with two {@code +goose},
 *       an empty or unknown annotation.</li>
 *   <li>{@code -- +goose Up} must come first: only blank lines, {@code --} comments, {@code NO TRANSACTION} and
 *       {@code ENVSUB} annotations may precede it. There is one Up section; an optional {@code -- +goose Down} ends
 *       it, and only the Up section runs.</li>
 *   <li>{@code -- +goose StatementBegin} / {@code StatementEnd} enclose one statement that goose sends as a whole;
 *       blocks do not nest, and one left open (before {@code Down} or at the end of the file) is an error. Here the
 *       block is split into its statements (a block may hold several); when it cannot be split it is sent whole.</li>
 *   <li>Outside blocks goose ends a statement at a line whose last word (before a {@code --} word) ends with
 *       {@code ;}, and refuses a file whose Up section ends within a statement. Here the statements are split by
 *       the PostgreSQL lexer, and such a file is refused as goose refuses it.</li>
 *   <li>{@code -- +goose NO TRANSACTION} anywhere in the file (Down section included) runs the file outside a
 *       transaction.</li>
 *   <li>{@code -- +goose ENVSUB ON} substitutes environment variables ({@link GooseEnvsub}) in the lines that follow,
 *       up to {@code -- +goose ENVSUB OFF} or the end of the file; goose requires no pairing. It leaves out the
 *       comment and empty lines between statements, and so does this reader.</li>
 * </ul>
 * Files with a byte order mark are read as without it.
 */
final class GooseScript {

    private GooseScript() {
    }

    /** The load-time check of the annotations; no environment needed. */
    static void check(String fileDisplay, String text) {
        new Reader(fileDisplay, text, null).read();
    }

    /** The Up section's statements and transaction. */
    static MigrationScript parse(String fileDisplay, String text, Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        Reader reader = new Reader(fileDisplay, text, environment);
        reader.read();
        List<SqlStatement> statements = new ArrayList<>();
        for (Chunk chunk : reader.chunks) {
            statements.addAll(chunk.statements());
        }
        if (reader.noTransactionLine > 0) {
            return new MigrationScript(statements, Optional.of(TxMode.NONE), "-- +goose NO TRANSACTION");
        }
        return new MigrationScript(statements, Optional.empty(), "");
    }

    private enum State {
        /** Before {@code -- +goose Up}. */
        START,
        UP,
        UP_BLOCK,
        DOWN,
        DOWN_BLOCK;

        boolean up() {
            return this == UP || this == UP_BLOCK;
        }

        boolean block() {
            return this == UP_BLOCK || this == DOWN_BLOCK;
        }
    }

    /** Walks the lines as goose's state machine does; in parse mode it also collects the Up section. */
    private static final class Reader {

        private final String file;
        private final String text;
        /** {@code null} in check mode. */
        private final Map<String, String> environment;
        private final List<Chunk> chunks = new ArrayList<>();

        private State state = State.START;
        private Chunk chunk;
        private int upLine;
        private int downLine;
        private int blockLine;
        private int noTransactionLine;
        private boolean envsub;
        private boolean envsubUsed;

        /** goose's statement buffer: whether it holds a line, and the first line with more than white space. */
        private boolean buffered;
        private int bufferedSqlLine;
        /** After an empty Up block goose drops the next line that is not a comment: its line, or 0. */
        private int emptyBlockEndLine;
        /** After a block in the Down section goose substitutes no more lines until the next block. */
        private boolean downAfterBlock;

        Reader(String file, String text, Map<String, String> environment) {
            this.file = file;
            this.text = GoText.withoutByteOrderMark(text);
            this.environment = environment;
        }

        void read() {
            int dbmateMarker = DbmateScript.firstMarker(text);
            if (dbmateMarker >= 0) {
                throw ForeignAnnotations.dbmateInForeignFile(DirectoryFormat.GOOSE, file, text, dbmateMarker);
            }
            int number = 0;
            int start = 0;
            while (start < text.length()) {
                int newline = text.indexOf('\n', start);
                int end = newline < 0 ? text.length() : newline;
                int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                line(text.substring(start, contentEnd), ++number);
                start = end + 1;
            }
            finish();
        }

        private void line(String line, int number) {
            if (state == State.START && GoText.isBlank(line)) {
                return;
            }
            boolean comment = GoText.trimmedStartsWith(line, "--");
            if (comment && line.contains(GooseAnnotation.MARK)) {
                annotation(line, number);
                return;
            }
            if (!buffered && (comment || line.isEmpty())) {
                // goose drops comments and empty lines between statements
                add(line, number);
                return;
            }
            if (state == State.START) {
                throw new LayoutException(file + " line " + number + ": SQL before '-- +goose Up'; goose requires the"
                        + " file to start with '-- +goose Up' (only blank lines and '--' comments may come before it)"
                        + " and refuses it otherwise; put the line '-- +goose Up' above line " + number, file, number);
            }
            if (emptyBlockEndLine > 0) {
                afterEmptyBlock(line, number);
                return;
            }
            if (!state.up()) {
                // goose substitutes Down lines too (and fails where it cannot), then drops them
                if (envsub && !(state == State.DOWN && downAfterBlock)) {
                    substitute(line, number);
                }
                clearBuffer();
                return;
            }
            String sql = envsub ? substitute(line, number) : line;
            buffered = true;
            if (bufferedSqlLine == 0 && !GoText.isBlank(sql)) {
                bufferedSqlLine = number;
            }
            if (state == State.UP && endsWithSemicolon(sql)) {
                clearBuffer();
            }
            add(sql, number);
        }

        /**
         * goose drops the first line after an empty Up block that is not a comment or empty (it ends the block's
         * statement with it, without it); a file that would lose SQL that way is refused.
         */
        private void afterEmptyBlock(String line, int number) {
            int end = emptyBlockEndLine;
            emptyBlockEndLine = 0;
            if (!GoText.isBlank(line)) {
                throw new LayoutException(file + " line " + number + ": goose would skip this line: it follows the"
                        + " empty block of lines " + blockLine + " to " + end + " ('-- +goose StatementBegin' right"
                        + " before '-- +goose StatementEnd'), and goose drops the first line after an empty block;"
                        + " remove the empty block", file, number);
            }
            add("", number);
        }

        private void annotation(String line, int number) {
            GooseAnnotation annotation = annotationOf(line, number);
            switch (annotation) {
                case UP -> {
                    if (state != State.START) {
                        throw new LayoutException(file + " line " + number + ": a second '-- +goose Up' (the first is"
                                + " at line " + upLine + (downLine > 0 ? ", the Down section starts at line "
                                + downLine : "") + "); goose allows one Up section per file and refuses the file;"
                                + " remove one of them", file, number);
                    }
                    state = State.UP;
                    upLine = number;
                    startChunk(false, number + 1);
                }
                case DOWN -> {
                    switch (state) {
                        case START -> throw new LayoutException(file + " line " + number + ": '-- +goose Down' before"
                                + " '-- +goose Up'; goose requires the Up section first and refuses the file; put the"
                                + " Up section ('-- +goose Up' and its statements) above '-- +goose Down'", file,
                                number);
                        case UP_BLOCK -> throw unterminatedBlock("'-- +goose Down' at line " + number);
                        case DOWN, DOWN_BLOCK -> throw new LayoutException(file + " line " + number + ": a second"
                                + " '-- +goose Down' (the first is at line " + downLine + "); goose allows one Down"
                                + " section per file and refuses the file; remove one of them", file, number);
                        default -> {
                            refuseUnfinishedStatement("'-- +goose Down' at line " + number);
                            state = State.DOWN;
                            downLine = number;
                            emptyBlockEndLine = 0;
                            chunk = null;
                        }
                    }
                }
                case STATEMENT_BEGIN -> {
                    switch (state) {
                        case START -> throw new LayoutException(file + " line " + number + ": '-- +goose"
                                + " StatementBegin' before '-- +goose Up'; goose refuses the file; put the line"
                                + " '-- +goose Up' above it", file, number);
                        case UP_BLOCK, DOWN_BLOCK -> throw new LayoutException(file + " line " + number + ": '-- +goose"
                                + " StatementBegin' inside the block opened at line " + blockLine + "; goose does not"
                                + " nest blocks and refuses the file; add '-- +goose StatementEnd' above line " + number
                                + " (one block may hold several statements)", file, number);
                        default -> {
                            state = state == State.UP ? State.UP_BLOCK : State.DOWN_BLOCK;
                            blockLine = number;
                            emptyBlockEndLine = 0;
                            downAfterBlock = false;
                            if (state.up()) {
                                startChunk(true, number + 1);
                            }
                        }
                    }
                }
                case STATEMENT_END -> {
                    if (!state.block()) {
                        throw new LayoutException(file + " line " + number + ": '-- +goose StatementEnd' without a"
                                + " '-- +goose StatementBegin' before it; goose refuses the file; add the line"
                                + " '-- +goose StatementBegin' above the statement, or remove this line", file, number);
                    }
                    if (state == State.UP_BLOCK) {
                        emptyBlockEndLine = buffered ? 0 : number;
                        clearBuffer();
                        state = State.UP;
                        startChunk(false, number + 1);
                    } else {
                        state = State.DOWN;
                        downAfterBlock = true;
                    }
                }
                case NO_TRANSACTION -> {
                    if (noTransactionLine == 0) {
                        noTransactionLine = number;
                    }
                    add("", number);
                }
                case ENVSUB_ON -> {
                    envsub = true;
                    envsubUsed = true;
                    add("", number);
                }
                case ENVSUB_OFF -> {
                    envsub = false;
                    add("", number);
                }
                default -> throw new IllegalStateException(annotation.name());
            }
        }

        private GooseAnnotation annotationOf(String line, int number) {
            String shown = GoText.quoted(line);
            if (line.startsWith(" ") || line.startsWith("\t")) {
                throw new LayoutException(file + " line " + number + ": the goose annotation " + shown + " is"
                        + " indented; goose refuses indented annotations; start the line with '--'", file, number);
            }
            String command = GooseAnnotation.command(line);
            if (command == null) {
                throw new LayoutException(file + " line " + number + ": " + shown + " contains '+goose' twice; goose"
                        + " reads every '--' comment containing '+goose' as an annotation and refuses the file; keep"
                        + " one annotation per line", file, number);
            }
            Optional<GooseAnnotation> annotation = GooseAnnotation.named(command);
            if (annotation.isEmpty()) {
                String what = command.isEmpty() ? "no annotation follows '+goose'"
                        : "'" + command + "' is not one of goose's annotations";
                throw new LayoutException(file + " line " + number + ": goose reads " + shown + " as an annotation"
                        + " (a '--' comment containing '+goose') but " + what + ", and refuses the file; the"
                        + " annotations are " + GooseAnnotation.ALL + " (case does not matter); fix the line, or reword the"
                        + " comment without '+goose'", file, number);
            }
            return annotation.get();
        }

        private String substitute(String line, int number) {
            try {
                if (environment == null) {
                    GooseEnvsub.checkSyntax(line);
                    return line;
                }
                return GooseEnvsub.substitute(line, environment,
                        state.up() ? GooseEnvsub.Mode.STRICT : GooseEnvsub.Mode.GOOSE);
            } catch (GooseEnvsub.Failure failure) {
                throw switch (failure.problem()) {
                    case SYNTAX -> new LayoutException(file + " line " + number + ": goose cannot substitute the"
                            + " variables of this line of a '-- +goose ENVSUB ON' section: " + failure.getMessage()
                            + "; goose refuses the file; write $$ for a literal $ (e.g. $$1 for $1), or end the section"
                            + " with '-- +goose ENVSUB OFF' above line " + number, file, number);
                    case UNSET -> new LayoutException(file + " line " + number + ": " + failure.source() + " has no"
                            + " value: the line is in a '-- +goose ENVSUB ON' section and " + failure.variable()
                            + " is not set (goose would put an empty string in the SQL); set " + failure.variable()
                            + " in the environment of the process that migrates, or write a default as ${"
                            + failure.variable() + ":-value}", file, number);
                    case REQUIRED -> new LayoutException(file + " line " + number + ": " + failure.source()
                            + " requires " + failure.variable() + " to be set (" + failure.getMessage() + "), and"
                            + " goose refuses the file without it; set " + failure.variable() + " in the environment"
                            + " of the process that migrates", file, number);
                };
            }
        }

        private void finish() {
            switch (state) {
                case START -> throw new LayoutException(file + " has no '-- +goose Up' annotation; goose refuses SQL"
                        + " migrations without one; add the line '-- +goose Up' above the statements to run (and"
                        + " '-- +goose Down' above those that undo them)", file, 0);
                case UP_BLOCK, DOWN_BLOCK -> throw unterminatedBlock("the end of the file");
                default -> refuseUnfinishedStatement("the end of the file");
            }
        }

        private LayoutException unterminatedBlock(String before) {
            return new LayoutException(file + " line " + blockLine + ": '-- +goose StatementBegin' has no"
                    + " '-- +goose StatementEnd' before " + before + "; goose refuses the file; add the line"
                    + " '-- +goose StatementEnd' after the statement", file, blockLine);
        }

        /**
         * goose refuses an Up section that ends within a statement, by its own reckoning of statement ends. Without
         * the environment the substituted lines are unknown, so the check waits for the run.
         */
        private void refuseUnfinishedStatement(String before) {
            if (bufferedSqlLine == 0 || (environment == null && envsubUsed)) {
                return;
            }
            throw new LayoutException(file + " line " + bufferedSqlLine + ": the statement starting here has no"
                    + " ';' ending it before " + before + " (goose ends a statement at a line whose last word ends"
                    + " with ';', comments aside) and goose refuses the file; end the statement with ';'", file,
                    bufferedSqlLine);
        }

        private void clearBuffer() {
            buffered = false;
            bufferedSqlLine = 0;
        }

        private void startChunk(boolean block, int firstLine) {
            if (environment == null) {
                return;
            }
            chunk = new Chunk(block, firstLine);
            chunks.add(chunk);
        }

        private void add(String line, int number) {
            if (chunk != null && state.up()) {
                chunk.add(line, number);
            }
        }
    }

    /**
     * goose's {@code endsWithSemicolon}: the last white-space separated word before the first word that starts with
     * {@code --} ends with {@code ;}.
     */
    static boolean endsWithSemicolon(String line) {
        int lastWordEnd = -1;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && GoText.isSpace(line.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (line.startsWith("--", i)) {
                break;
            }
            while (i < n && !GoText.isSpace(line.charAt(i))) {
                i++;
            }
            lastWordEnd = i;
        }
        return lastWordEnd > 0 && line.charAt(lastWordEnd - 1) == ';';
    }

    /**
     * Consecutive lines of the Up section: between annotations ({@code block} false) or inside a
     * {@code StatementBegin} block. Annotation lines are kept as empty lines, so that lines stay where they are.
     */
    private static final class Chunk {

        private final boolean block;
        private final int firstLine;
        private final List<String> lines = new ArrayList<>();
        private int[] fileLines = new int[16];

        Chunk(boolean block, int firstLine) {
            this.block = block;
            this.firstLine = firstLine;
        }

        void add(String line, int number) {
            if (lines.size() == fileLines.length) {
                fileLines = Arrays.copyOf(fileLines, fileLines.length * 2);
            }
            fileLines[lines.size()] = number;
            lines.add(line);
        }

        List<SqlStatement> statements() {
            // the script starts at the chunk's first line, so that the splitter's lines and messages are file lines;
            // only a substituted value holding line feeds shifts what follows it, which lineOf() undoes
            StringBuilder script = new StringBuilder("\n".repeat(firstLine - 1));
            List<Integer> lineOfScriptLine = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                script.append(line).append('\n');
                lineOfScriptLine.add(fileLines[i]);
                for (int at = line.indexOf('\n'); at >= 0; at = line.indexOf('\n', at + 1)) {
                    lineOfScriptLine.add(fileLines[i]);
                }
            }
            List<SqlStatement> split;
            try {
                split = StatementSplitter.split(script.toString());
            } catch (SqlSyntaxException e) {
                if (!block) {
                    throw new SqlSyntaxException(e.getMessage(), fileLine(lineOfScriptLine, e.line()));
                }
                return whole();
            }
            List<SqlStatement> statements = new ArrayList<>(split.size());
            for (SqlStatement statement : split) {
                statements.add(new SqlStatement(statement.sql(), fileLine(lineOfScriptLine, statement.line()),
                        statement.copyData()));
            }
            return statements;
        }

        private int fileLine(List<Integer> lineOfScriptLine, int scriptLine) {
            int index = scriptLine - firstLine;
            return index < 0 ? scriptLine : lineOfScriptLine.get(Math.min(index, lineOfScriptLine.size() - 1));
        }

        /** The block as goose sends it: from its first line that is not a comment or empty, trimmed. */
        private List<SqlStatement> whole() {
            int first = 0;
            while (first < lines.size()
                    && (GoText.isBlank(lines.get(first)) || GoText.trimmedStartsWith(lines.get(first), "--"))) {
                first++;
            }
            if (first == lines.size()) {
                return List.of();
            }
            String sql = GoText.trimSpace(String.join("\n", lines.subList(first, lines.size())));
            if (sql.endsWith(";")) {
                sql = GoText.trimSpace(sql.substring(0, sql.length() - 1));
            }
            return List.of(new SqlStatement(sql, fileLines[first]));
        }
    }
}
