package dev.migrations.sql.migration;

import java.util.Objects;
import java.util.Optional;

/**
 * The file directives of one migration file.
 *
 * <p>Directives live in the file header: the leading {@code --} comment lines, followed by a blank line
 * (unless the file is only comments). Recognised: {@code atlas:txmode none|file}, {@code atlas:sum ignore}
 * (first line only), {@code atlas:checkpoint [tag]} and {@code atlas:nolint ...} (read by the linter). A
 * directive-looking comment after the header is an ordinary comment.
 *
 * @param txMode     the file's {@code atlas:txmode}, if any
 * @param sumIgnore  the file carries {@code atlas:sum ignore}: its content is not part of {@code atlas.sum}
 * @param checkpoint the file is an Atlas checkpoint ({@code atlas:checkpoint})
 */
public record Directives(Optional<TxMode> txMode, boolean sumIgnore, boolean checkpoint) {

    /** No directives at all. */
    public static final Directives NONE = new Directives(Optional.empty(), false, false);

    public Directives {
        Objects.requireNonNull(txMode, "txMode");
    }
}
