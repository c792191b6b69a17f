package dev.migrations.sql.internal.analysis;

import dev.migrations.error.SqlSyntaxException;

/**
 * Single-pass scanner that turns PostgreSQL SQL text into {@link Token}s, skipping whitespace and comments.
 *
 * <p>It follows the server's lexical rules with {@code standard_conforming_strings = on}: backslashes are literal in
 * plain {@code '...'} strings and escape characters only in {@code E'...'} strings; block comments nest; dollar quotes
 * end only at their exact opening delimiter. Not thread-safe.
 */
final class SqlLexer {

    private static final char NEWLINE = '\n';

    private final String source;
    private int position;
    private int lineCountedUpTo;
    private int lineAtCountedPosition = 1;

    SqlLexer(String source, int start) {
        this.source = source;
        this.position = start;
    }

    /** Offset of the next character to scan. */
    int position() {
        return position;
    }

    /** Continues scanning at {@code newPosition}, e.g. after a block of {@code COPY} data. */
    void moveTo(int newPosition) {
        position = newPosition;
    }

    /** The 1-based line on which {@code offset} lies; cheap when offsets are asked for in increasing order. */
    int lineAt(int offset) {
        while (lineCountedUpTo < offset) {
            if (source.charAt(lineCountedUpTo++) == NEWLINE) {
                lineAtCountedPosition++;
            }
        }
        while (lineCountedUpTo > offset) {
            if (source.charAt(--lineCountedUpTo) == NEWLINE) {
                lineAtCountedPosition--;
            }
        }
        return lineAtCountedPosition;
    }

    /**
     * Reads the next significant token; at the end of the text returns a token of kind {@link Token.Kind#END_OF_TEXT}.
     *
     * @throws SqlSyntaxException for an unterminated comment, quoted string, quoted identifier or dollar quote
     */
    Token next() {
        skipWhitespaceAndComments();
        int start = position;
        if (start >= source.length()) {
            return tokenUpTo(Token.Kind.END_OF_TEXT, start, start);
        }
        char c = source.charAt(start);
        switch (c) {
            case ';':
                return tokenUpTo(Token.Kind.SEMICOLON, start, start + 1);
            case '(':
                return tokenUpTo(Token.Kind.OPEN_PARENTHESIS, start, start + 1);
            case ')':
                return tokenUpTo(Token.Kind.CLOSE_PARENTHESIS, start, start + 1);
            case '\\':
                return tokenUpTo(Token.Kind.BACKSLASH, start, start + 1);
            case '\'':
                return tokenUpTo(Token.Kind.STRING, start, endOfQuoted(start, start, '\'', false));
            case '"':
                return tokenUpTo(Token.Kind.QUOTED_IDENTIFIER, start, endOfQuoted(start, start, '"', false));
            case '$':
                return dollarToken(start);
            default:
                if (isAsciiDigit(c)) {
                    return tokenUpTo(Token.Kind.NUMBER, start, endOfNumber(start));
                }
                if (isIdentifierStart(c)) {
                    return wordOrPrefixedLiteral(start);
                }
                return tokenUpTo(Token.Kind.OTHER, start, start + 1);
        }
    }

    private Token tokenUpTo(Token.Kind kind, int start, int end) {
        Token token = new Token(kind, source, start, end, lineAt(start));
        position = end;
        return token;
    }

    private void skipWhitespaceAndComments() {
        int length = source.length();
        while (position < length) {
            char c = source.charAt(position);
            if (isWhitespace(c)) {
                position++;
            } else if (c == '-' && charAt(position + 1) == '-') {
                skipLineComment();
            } else if (c == '/' && charAt(position + 1) == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    /** A {@code --} comment ends at a carriage return or a line feed, as in the server's lexer. */
    private void skipLineComment() {
        int length = source.length();
        position += 2;
        while (position < length) {
            char c = source.charAt(position);
            if (c == '\n' || c == '\r') {
                return;
            }
            position++;
        }
    }

    /** Block comments nest: every {@code /*} inside needs its own {@code *}{@code /}. */
    private void skipBlockComment() {
        int start = position;
        int depth = 0;
        int length = source.length();
        while (position < length) {
            char c = source.charAt(position);
            if (c == '/' && charAt(position + 1) == '*') {
                depth++;
                position += 2;
            } else if (c == '*' && charAt(position + 1) == '/') {
                position += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                position++;
            }
        }
        int line = lineAt(start);
        throw new SqlSyntaxException("unterminated /* comment starting at line " + line, line);
    }

    /**
     * Finds the end of a quoted string or identifier whose opening quote is at {@code openingQuote}; a doubled quote
     * stands for itself, and with {@code backslashEscapes} a backslash escapes the following character.
     *
     * @param tokenStart where the token starts (before any prefix such as {@code E}), for error messages
     * @return the offset just after the closing quote
     */
    private int endOfQuoted(int tokenStart, int openingQuote, char quote, boolean backslashEscapes) {
        int length = source.length();
        int p = openingQuote + 1;
        while (p < length) {
            char c = source.charAt(p);
            if (c == quote) {
                if (charAt(p + 1) != quote) {
                    return p + 1;
                }
                p += 2;
            } else if (c == '\\' && backslashEscapes) {
                p += 2;
            } else {
                p++;
            }
        }
        int line = lineAt(tokenStart);
        String what = quote == '"' ? "quoted identifier" : "quoted string";
        throw new SqlSyntaxException("unterminated " + what + " starting at line " + line, line);
    }

    /** {@code $1} parameter, {@code $tag$} dollar quote, or a lone {@code $}. */
    private Token dollarToken(int start) {
        char following = charAt(start + 1);
        if (isAsciiDigit(following)) {
            int end = start + 1;
            while (isAsciiDigit(charAt(end))) {
                end++;
            }
            return tokenUpTo(Token.Kind.PARAMETER, start, end);
        }
        int tagEnd = start + 1;
        if (isDollarTagStart(following)) {
            tagEnd++;
            while (isDollarTagPart(charAt(tagEnd))) {
                tagEnd++;
            }
        }
        if (charAt(tagEnd) != '$') {
            return tokenUpTo(Token.Kind.OTHER, start, start + 1);
        }
        String delimiter = source.substring(start, tagEnd + 1);
        int closing = source.indexOf(delimiter, tagEnd + 1);
        if (closing < 0) {
            int line = lineAt(start);
            throw new SqlSyntaxException(
                    "unterminated dollar-quoted string starting at line " + line + " (" + delimiter + ")", line);
        }
        return tokenUpTo(Token.Kind.DOLLAR_STRING, start, closing + delimiter.length());
    }

    /**
     * Numeric literal, loosely: digits followed by any letters, digits, underscores and dots ({@code 1.5e10},
     * {@code 0x1F}, {@code 1_000}). A sign or exponent sign is a separate token, which does not matter for splitting.
     */
    private int endOfNumber(int start) {
        int end = start + 1;
        while (true) {
            char c = charAt(end);
            if (isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '.') {
                end++;
            } else {
                return end;
            }
        }
    }

    /**
     * An identifier or keyword, unless it is one of the string prefixes {@code E'}, {@code B'}, {@code X'},
     * {@code N'}, {@code U&'} or {@code U&"}, in which case the whole literal is one token.
     */
    private Token wordOrPrefixedLiteral(int start) {
        int end = start + 1;
        while (isIdentifierPart(charAt(end))) {
            end++;
        }
        if (end - start == 1) {
            char prefix = (char) (source.charAt(start) | 0x20);
            char following = charAt(end);
            if (following == '\'') {
                if (prefix == 'e') {
                    return tokenUpTo(Token.Kind.STRING, start, endOfQuoted(start, end, '\'', true));
                }
                if (prefix == 'b' || prefix == 'x' || prefix == 'n') {
                    return tokenUpTo(Token.Kind.STRING, start, endOfQuoted(start, end, '\'', false));
                }
            } else if (prefix == 'u' && following == '&') {
                char quote = charAt(end + 1);
                if (quote == '\'') {
                    return tokenUpTo(Token.Kind.STRING, start, endOfQuoted(start, end + 1, '\'', false));
                }
                if (quote == '"') {
                    return tokenUpTo(Token.Kind.QUOTED_IDENTIFIER, start, endOfQuoted(start, end + 1, '"', false));
                }
            }
        }
        return tokenUpTo(Token.Kind.WORD, start, end);
    }

    /** The character at {@code offset}, or {@code '\0'} past the end. */
    private char charAt(int offset) {
        return offset < source.length() ? source.charAt(offset) : '\0';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Like the server, every non-ASCII character counts as a letter. */
    private static boolean isIdentifierStart(char c) {
        return isAsciiLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isAsciiDigit(c) || c == '$';
    }

    private static boolean isDollarTagStart(char c) {
        return isIdentifierStart(c);
    }

    /** Unlike identifiers, dollar-quote tags cannot contain {@code $}. */
    private static boolean isDollarTagPart(char c) {
        return isIdentifierStart(c) || isAsciiDigit(c);
    }
}
