package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlToken;

import java.nio.charset.StandardCharsets;

/** MG106: identifiers over PostgreSQL's 63-byte limit, which it truncates with only a notice. */
final class LongIdentifiers implements LintRule {

    private static final int MAX_IDENTIFIER_BYTES = 63;

    @Override
    public void check(CheckedStatement s) {
        if (!(s.words().is(0, "CREATE") || s.words().is(0, "ALTER"))) {
            return;
        }
        for (SqlToken token : s.words().tokens()) {
            if (token.type() == SqlToken.Type.WORD || token.type() == SqlToken.Type.QUOTED_IDENTIFIER) {
                String name = Words.identifier(token);
                int bytes = name.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_IDENTIFIER_BYTES) {
                    s.report(LintCode.MG106, null, "identifier " + CheckedStatement.quote(name) + " is " + bytes
                            + " bytes long: PostgreSQL keeps only its first 63 bytes, so later statements that"
                            + " use the full name do not find it", "Shorten the name to at most 63 bytes.");
                }
            }
        }
    }
}
