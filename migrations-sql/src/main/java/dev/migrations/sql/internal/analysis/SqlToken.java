package dev.migrations.sql.internal.analysis;

import java.util.Objects;

/**
 * A significant token of a statement, for analyses outside this package.
 *
 * @param type what the token is
 * @param text the token exactly as written (quotes included)
 * @param line the 1-based line of the analysed text on which the token starts
 */
public record SqlToken(Type type, String text, int line) {

    /** Token categories. */
    public enum Type {
        /** Unquoted identifier or keyword. */
        WORD,
        /** {@code "identifier"}. */
        QUOTED_IDENTIFIER,
        /** A single-quoted or dollar-quoted literal. */
        STRING,
        NUMBER,
        OPEN_PARENTHESIS,
        CLOSE_PARENTHESIS,
        /** Operators, commas, dots, semicolons, parameters and every other character. */
        OTHER
    }

    public SqlToken {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** Whether this is an unquoted word equal to {@code upperCaseKeyword}, ignoring case as PostgreSQL does. */
    public boolean isKeyword(String upperCaseKeyword) {
        return type == Type.WORD && text.equalsIgnoreCase(upperCaseKeyword);
    }

    /** Whether this is the single character {@code c} of type {@link Type#OTHER}. */
    public boolean isSymbol(char c) {
        return type == Type.OTHER && text.length() == 1 && text.charAt(0) == c;
    }
}
