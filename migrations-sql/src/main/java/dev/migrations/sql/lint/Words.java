package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A run of tokens with the lookups the checks need: keywords, names, parenthesised groups, comma lists. */
final class Words {

    private final List<SqlToken> tokens;

    /** Wraps {@code tokens}, which must not change afterwards (they are not copied). */
    Words(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The token at {@code index}, or {@code null} past the end. */
    SqlToken at(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    boolean is(int index, String upperCaseKeyword) {
        SqlToken token = at(index);
        return token != null && token.isKeyword(upperCaseKeyword);
    }

    /** Whether the keywords follow each other from {@code index}. */
    boolean are(int index, String... upperCaseKeywords) {
        for (int i = 0; i < upperCaseKeywords.length; i++) {
            if (!is(index + i, upperCaseKeywords[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the keyword appears anywhere outside parentheses. */
    boolean hasTopLevel(String upperCaseKeyword) {
        return indexOfTopLevel(upperCaseKeyword, 0) >= 0;
    }

    /** Whether the keyword appears anywhere, parentheses included. */
    boolean has(String upperCaseKeyword) {
        for (SqlToken token : tokens) {
            if (token.isKeyword(upperCaseKeyword)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the keywords appear in sequence anywhere outside parentheses. */
    boolean hasTopLevel(String... upperCaseKeywords) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            depth += depthChange(tokens.get(i));
            if (depth == 0 && are(i, upperCaseKeywords)) {
                return true;
            }
        }
        return false;
    }

    int indexOfTopLevel(String upperCaseKeyword, int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (depth == 0 && token.isKeyword(upperCaseKeyword)) {
                return i;
            }
            depth += depthChange(token);
        }
        return -1;
    }

    /** Index of the parenthesis closing the one at {@code open}, or {@link #size()} if never closed. */
    int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            depth += depthChange(tokens.get(i));
            if (depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    Words range(int from, int to) {
        return new Words(tokens.subList(Math.min(from, tokens.size()), Math.min(Math.max(from, to), tokens.size())));
    }

    Words from(int index) {
        return range(index, tokens.size());
    }

    /** The items of a comma-separated list, split at commas outside parentheses. */
    List<Words> splitTopLevelCommas() {
        List<Words> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            depth += depthChange(token);
            if (depth == 0 && token.isSymbol(',')) {
                items.add(range(start, i));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            items.add(range(start, tokens.size()));
        }
        return items;
    }

    /** The contents of the first parenthesised group at or after {@code from}; empty if none. */
    Words firstGroup(int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).type() == SqlToken.Type.OPEN_PARENTHESIS) {
                return range(i + 1, closing(i));
            }
        }
        return new Words(List.of());
    }

    /** Whether {@code index} starts an identifier (unquoted word or quoted identifier). */
    boolean isIdentifier(int index) {
        SqlToken token = at(index);
        return token != null && (token.type() == SqlToken.Type.WORD
                || token.type() == SqlToken.Type.QUOTED_IDENTIFIER);
    }

    /** The identifier at {@code index} as PostgreSQL reads it: unquoted folded to lower case, quoted as written. */
    String identifier(int index) {
        SqlToken token = at(index);
        if (token == null) {
            return "";
        }
        return identifier(token);
    }

    static String identifier(SqlToken token) {
        if (token.type() == SqlToken.Type.QUOTED_IDENTIFIER) {
            String text = token.text();
            int open = text.indexOf('"');
            return text.substring(open + 1, text.length() - 1).replace("\"\"", "\"");
        }
        return token.text().toLowerCase(Locale.ROOT);
    }

    /**
     * The possibly qualified name starting at {@code index}: {@code name}, {@code schema.name} or
     * {@code db.schema.name}.
     */
    QualifiedName name(int index) {
        List<String> parts = new ArrayList<>();
        int i = index;
        while (isIdentifier(i)) {
            parts.add(identifier(i));
            if (at(i + 1) != null && at(i + 1).isSymbol('.')) {
                i += 2;
            } else {
                i++;
                break;
            }
        }
        if (parts.isEmpty()) {
            return new QualifiedName("", "", index);
        }
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : "";
        return new QualifiedName(schema, name, i);
    }

    /** Index just after the optional {@code IF EXISTS} / {@code IF NOT EXISTS} at {@code index}. */
    int skipIfExists(int index) {
        if (are(index, "IF", "NOT", "EXISTS")) {
            return index + 3;
        }
        if (are(index, "IF", "EXISTS")) {
            return index + 2;
        }
        return index;
    }

    List<SqlToken> tokens() {
        return tokens;
    }

    /** The tokens as text joined by single spaces, for messages. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (SqlToken token : tokens) {
            if (!out.isEmpty() && !token.isSymbol(',') && !token.isSymbol('.')
                    && token.type() != SqlToken.Type.CLOSE_PARENTHESIS
                    && token.type() != SqlToken.Type.OPEN_PARENTHESIS && !endsWith(out, '.')
                    && !endsWith(out, '(')) {
                out.append(' ');
            }
            out.append(token.text());
        }
        return out.toString();
    }

    private static boolean endsWith(StringBuilder out, char c) {
        return out.charAt(out.length() - 1) == c;
    }

    private static int depthChange(SqlToken token) {
        return switch (token.type()) {
            case OPEN_PARENTHESIS -> 1;
            case CLOSE_PARENTHESIS -> -1;
            default -> 0;
        };
    }

    /**
     * A name as PostgreSQL reads it.
     *
     * @param schema the schema, "" when unqualified
     * @param name   the object's name
     * @param next   index of the token after the name
     */
    record QualifiedName(String schema, String name, int next) {

        boolean isEmpty() {
            return name.isEmpty();
        }

        /** The key objects are tracked by: {@code name} in {@code public} or unqualified, else {@code schema.name}. */
        String key() {
            return schema.isEmpty() || schema.equals("public") ? name : schema + "." + name;
        }
    }
}
