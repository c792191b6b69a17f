package dev.migrations.core.engine;

import dev.migrations.sql.analysis.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Running {@code h1:} hashes over a file's statements, one after each statement: what {@code partial_hashes}
 * holds for a partly applied file, so a resumed run can prove the applied statements are unchanged.
 */
public final class StatementHashes {

    private StatementHashes() {
    }

    /** The running hash after each of the first {@code count} statements. */
    public static List<String> of(List<SqlStatement> statements, int count) {
        MessageDigest md = sha256();
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            md.update(statements.get(i).sql().getBytes(StandardCharsets.UTF_8));
            statements.get(i).copyData().ifPresent(d -> md.update(d.getBytes(StandardCharsets.UTF_8)));
            out.add(snapshot(md));
        }
        return out;
    }

    private static String snapshot(MessageDigest md) {
        try {
            return "h1:" + Base64.getEncoder().encodeToString(((MessageDigest) md.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
