package dev.migrations.sql.internal.analysis;

import java.util.ArrayList;
import java.util.List;

/** The statement's tokens, lexed only as far as a rule looks. */
final class Tokens {

    private final SqlLexer lexer;
    private final List<Token> read = new ArrayList<>();

    Tokens(String sql) {
        this.lexer = new SqlLexer(sql, 0);
    }

    /** The token at {@code index}, or an {@link Token.Kind#END_OF_TEXT} token past the end. */
    Token at(int index) {
        while (read.size() <= index) {
            Token last = read.isEmpty() ? null : read.get(read.size() - 1);
            if (last != null && last.is(Token.Kind.END_OF_TEXT)) {
                return last;
            }
            read.add(lexer.next());
        }
        return read.get(index);
    }

    /** Index of the parenthesis closing the one at {@code openIndex}, or of the end if it is never closed. */
    int matchingCloseParenthesis(int openIndex) {
        int depth = 0;
        for (int i = openIndex; ; i++) {
            Token token = at(i);
            if (token.is(Token.Kind.END_OF_TEXT)) {
                return i;
            }
            if (token.is(Token.Kind.OPEN_PARENTHESIS)) {
                depth++;
            } else if (token.is(Token.Kind.CLOSE_PARENTHESIS) && --depth == 0) {
                return i;
            }
        }
    }

    boolean containsKeyword(String upperCaseKeyword) {
        for (int i = 0; !at(i).is(Token.Kind.END_OF_TEXT); i++) {
            if (at(i).isKeyword(upperCaseKeyword)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a {@code WITH (...)} option list sets {@code upperCaseName} to false, as in {@code connect = false}. */
    boolean hasOptionSetToFalse(String upperCaseName) {
        for (int i = 0; !at(i).is(Token.Kind.END_OF_TEXT); i++) {
            if (at(i).isKeyword(upperCaseName)) {
                int valueIndex = isEqualsSign(at(i + 1)) ? i + 2 : i + 1;
                if (isFalse(at(valueIndex))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEqualsSign(Token token) {
        return token.is(Token.Kind.OTHER) && token.source().charAt(token.start()) == '=';
    }

    /** A boolean option value PostgreSQL reads as false: {@code false}, {@code off}, {@code 0}, {@code 'false'}. */
    static boolean isFalse(Token value) {
        switch (value.kind()) {
            case WORD:
                return value.isKeyword("FALSE") || value.isKeyword("OFF");
            case NUMBER:
                return value.text().equals("0");
            case STRING:
                String text = value.text();
                return text.equalsIgnoreCase("'false'") || text.equalsIgnoreCase("'off'") || text.equals("'0'");
            default:
                return false;
        }
    }
}
