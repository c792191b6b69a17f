package dev.migrations.core.internal.engine;

import dev.migrations.sql.internal.analysis.SqlStatement;
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

    /**
     * For a file that stopped part-way: why it cannot resume (its applied statements changed since), if so.
     *
     * @param path       the file's path, for the message
     * @param version    its version
     * @param statements its statements as they are now
     * @param applied    statements recorded as applied
     * @param total      statements the file had then
     * @param recorded   the recorded running hashes
     */
    public static java.util.Optional<String> changedSinceStop(String path, String version, List<SqlStatement> statements,
            int applied, long total, List<String> recorded) {
        if (applied <= statements.size() && recorded.equals(of(statements, applied))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(path + " (version " + version + ") stopped after statement " + applied + " of "
                + total + " in an earlier run, but the statements already applied were changed since. Restore those "
                + "statements so the file can resume at statement " + (applied + 1) + ", or fix the database by hand "
                + "and mark the file applied with set(\"" + version + "\")");
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
