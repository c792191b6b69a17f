package dev.migrations.sql.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Lexes a statement into its significant tokens, comments and whitespace dropped. */
public final class SqlTokens {

    private SqlTokens() {
    }

    /**
     * The tokens of {@code sql}, typically {@link SqlStatement#sql()}, as an unmodifiable list.
     *
     * @throws SqlSyntaxException for an unterminated comment, string, quoted identifier or dollar quote
     */
    public static List<SqlToken> of(String sql) {
        Objects.requireNonNull(sql, "sql");
        SqlLexer lexer = new SqlLexer(sql, 0);
        List<SqlToken> tokens = new ArrayList<>();
        for (Token token = lexer.next(); !token.is(Token.Kind.END_OF_TEXT); token = lexer.next()) {
            tokens.add(new SqlToken(type(token.kind()), token.text(), token.line()));
        }
        return java.util.Collections.unmodifiableList(tokens);
    }

    private static SqlToken.Type type(Token.Kind kind) {
        return switch (kind) {
            case WORD -> SqlToken.Type.WORD;
            case QUOTED_IDENTIFIER -> SqlToken.Type.QUOTED_IDENTIFIER;
            case STRING, DOLLAR_STRING -> SqlToken.Type.STRING;
            case NUMBER -> SqlToken.Type.NUMBER;
            case OPEN_PARENTHESIS -> SqlToken.Type.OPEN_PARENTHESIS;
            case CLOSE_PARENTHESIS -> SqlToken.Type.CLOSE_PARENTHESIS;
            default -> SqlToken.Type.OTHER;
        };
    }
}
