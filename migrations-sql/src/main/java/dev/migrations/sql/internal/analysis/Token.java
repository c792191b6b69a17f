package dev.migrations.sql.internal.analysis;

/**
 * A significant lexical token: anything but whitespace and comments.
 *
 * @param kind what the token is
 * @param source the text the token was read from
 * @param start offset of the token's first character in {@code source}
 * @param end offset just after the token's last character in {@code source}
 * @param line the 1-based line of {@code source} on which the token starts
 */
record Token(Kind kind, String source, int start, int end, int line) {

    /** Token categories, only as fine-grained as statement splitting and keyword matching need. */
    enum Kind {
        /** Unquoted identifier or keyword. */
        WORD,
        /** {@code "identifier"} or {@code U&"identifier"}. */
        QUOTED_IDENTIFIER,
        /** Any single-quoted literal, with or without an {@code E}, {@code U&}, {@code B}, {@code X} or {@code N} prefix. */
        STRING,
        /** {@code $$...$$} or {@code $tag$...$tag$}. */
        DOLLAR_STRING,
        NUMBER,
        /** Positional parameter such as {@code $1}. */
        PARAMETER,
        SEMICOLON,
        OPEN_PARENTHESIS,
        CLOSE_PARENTHESIS,
        /** A backslash outside quotes and comments: the start of a psql meta-command. */
        BACKSLASH,
        /** Any other single character: operators, punctuation. */
        OTHER,
        /** Zero-length marker after the last token. */
        END_OF_TEXT
    }

    /**
     * Whether this is an unquoted word equal to {@code upperCaseKeyword}, ignoring ASCII case the way PostgreSQL
     * matches keywords.
     */
    boolean isKeyword(String upperCaseKeyword) {
        if (kind != Kind.WORD || end - start != upperCaseKeyword.length()) {
            return false;
        }
        for (int i = 0; i < upperCaseKeyword.length(); i++) {
            char c = source.charAt(start + i);
            char upper = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
            if (upper != upperCaseKeyword.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    String text() {
        return source.substring(start, end);
    }

    @Override
    public String toString() {
        return kind + " '" + text() + "' at line " + line;
    }
}
