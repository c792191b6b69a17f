package dev.migrations.core.internal.index;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement that builds an index concurrently: {@code CREATE [UNIQUE] INDEX CONCURRENTLY} or
 * {@code REINDEX ... CONCURRENTLY}. Interrupted, PostgreSQL leaves such a build behind as an invalid index (the new
 * index itself, or a {@code <name>_ccnew} copy for {@code REINDEX}), which {@code IF NOT EXISTS} then skips.
 *
 * @param reindex whether it is a {@code REINDEX} (otherwise a {@code CREATE INDEX})
 * @param index   the index the statement names ({@code CREATE INDEX} with a name, {@code REINDEX INDEX}), as written
 * @param table   the table the statement names ({@code CREATE INDEX ... ON}, {@code REINDEX TABLE}), as written
 */
public record ConcurrentBuild(boolean reindex, Optional<String> index, Optional<String> table) {

    private static final String NAME = "((?:\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)"
            + "(?:\\s*\\.\\s*(?:\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*))?)";
    private static final Pattern CREATE = Pattern.compile("^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:(?!ON\\s)" + NAME + "\\s+)?ON\\s+(?:ONLY\\s+)?" + NAME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REINDEX = Pattern.compile("^REINDEX\\s+(?:\\([^)]*\\)\\s*)?(INDEX|TABLE|SCHEMA|"
            + "DATABASE|SYSTEM)\\s+CONCURRENTLY\\s+" + NAME + "?", Pattern.CASE_INSENSITIVE);

    /** The concurrent build {@code sql} is, if it is one. */
    public static Optional<ConcurrentBuild> of(String sql) {
        String text = stripLeadingComments(sql);
        Matcher create = CREATE.matcher(text);
        if (create.find()) {
            return Optional.of(new ConcurrentBuild(false, Optional.ofNullable(create.group(1)),
                    Optional.of(create.group(2))));
        }
        Matcher reindex = REINDEX.matcher(text);
        if (reindex.find()) {
            String what = reindex.group(1).toUpperCase(Locale.ROOT);
            Optional<String> name = Optional.ofNullable(reindex.group(2));
            return Optional.of(new ConcurrentBuild(true, what.equals("INDEX") ? name : Optional.empty(),
                    what.equals("TABLE") ? name : Optional.empty()));
        }
        return Optional.empty();
    }

    private static String stripLeadingComments(String sql) {
        String s = sql.strip();
        while (true) {
            if (s.startsWith("--")) {
                int end = s.indexOf('\n');
                s = end < 0 ? "" : s.substring(end + 1).strip();
            } else if (s.startsWith("/*")) {
                int end = s.indexOf("*/");
                s = end < 0 ? "" : s.substring(end + 2).strip();
            } else {
                return s;
            }
        }
    }
}
