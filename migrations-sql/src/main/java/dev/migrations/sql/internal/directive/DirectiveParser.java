package dev.migrations.sql.internal.directive;

import dev.migrations.error.DirectiveException;
import dev.migrations.sql.migration.Directives;
import dev.migrations.sql.migration.TxMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reads the {@link Directives} from a migration file's header, refusing what Atlas would refuse or not see. */
public final class DirectiveParser {

    /** Directives Atlas knows that this project does not run; named in errors rather than called unknown. */
    private static final Set<String> UNSUPPORTED = Set.of("delimiter", "import", "txtar");

    private DirectiveParser() {
    }

    /**
     * Reads the directives of a file.
     *
     * @param fileName how errors name the file, e.g. {@code db/migrations/20240101120000_add_index.sql}
     * @param content  the whole file as decoded text, a leading byte order mark kept
     * @throws DirectiveException for an unknown directive, an unknown or repeated {@code atlas:txmode},
     *                            a misplaced {@code atlas:sum}, or a directive Atlas would not see
     */
    public static Directives parse(String fileName, String content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        boolean sumIgnore = SumIgnoreDirective.isPresentIn(content);
        FileHeader header = FileHeader.of(content);
        TxMode txMode = null;
        int txModeLine = 0;
        boolean checkpoint = false;
        for (FileHeader.Line line : header.lines()) {
            Optional<DirectiveMatch> found = DirectiveMatch.find(line.text());
            if (found.isEmpty()) {
                continue;
            }
            DirectiveMatch directive = found.get();
            switch (directive.name()) {
                case "nolint" -> {
                }
                case "sum" -> checkSum(fileName, line, directive, sumIgnore, header);
                case "txmode" -> {
                    requireSeenByAtlas(fileName, line, header);
                    TxMode mode = txMode(fileName, line, directive.argument());
                    if (txMode != null) {
                        throw new DirectiveException(fileName + " line " + line.number() + ": atlas:txmode is given"
                                + " twice (line " + txModeLine + " and line " + line.number() + "); Atlas refuses files"
                                + " with more than one; keep one 'atlas:txmode " + lower(mode) + "' line",
                                fileName, line.number());
                    }
                    txMode = mode;
                    txModeLine = line.number();
                }
                case "checkpoint" -> {
                    requireSeenByAtlas(fileName, line, header);
                    checkpoint = true;
                }
                default -> {
                    if (header.seenByAtlas() || UNSUPPORTED.contains(directive.name())) {
                        throw unknown(fileName, line, directive.name());
                    }
                }
            }
        }
        if (txMode == null && !sumIgnore && !checkpoint) {
            return Directives.NONE;
        }
        return new Directives(Optional.ofNullable(txMode), sumIgnore, checkpoint);
    }

    private static void checkSum(String fileName, FileHeader.Line line, DirectiveMatch directive,
                                 boolean sumIgnore, FileHeader header) {
        String where = fileName + " line " + line.number() + ": ";
        if (!directive.argument().strip().equals("ignore")) {
            throw new DirectiveException(where + "unknown atlas:sum mode '" + directive.argument()
                    + "'; the only mode is 'atlas:sum ignore'", fileName, line.number());
        }
        if (line.number() != 1) {
            throw new DirectiveException(where + "atlas:sum ignore only works on the first line of a file; move it"
                    + " to line 1", fileName, line.number());
        }
        if (!sumIgnore) {
            String why = header.whyAtlasIgnoresIt().isEmpty()
                    ? "text after 'ignore' (a trailing space or carriage return) stops Atlas from recognising it;"
                    + " end the line right after 'ignore'"
                    : header.whyAtlasIgnoresIt();
            throw new DirectiveException(where + "Atlas would still hash this file despite atlas:sum ignore: " + why,
                    fileName, line.number());
        }
    }

    private static void requireSeenByAtlas(String fileName, FileHeader.Line line, FileHeader header) {
        if (!header.seenByAtlas()) {
            throw new DirectiveException(fileName + " line " + line.number() + ": directive '" + line.text()
                    + "' would be ignored: " + header.whyAtlasIgnoresIt(), fileName, line.number());
        }
    }

    private static TxMode txMode(String fileName, FileHeader.Line line, String argument) {
        String where = fileName + " line " + line.number() + ": ";
        return switch (argument) {
            case "none" -> TxMode.NONE;
            case "file" -> TxMode.FILE;
            case "all" -> throw new DirectiveException(where + "'atlas:txmode all' is not allowed in a file (it is a"
                    + " run-wide setting); use 'atlas:txmode file' or 'atlas:txmode none'", fileName, line.number());
            default -> throw new DirectiveException(where + "unknown atlas:txmode '" + argument + "'; use"
                    + " 'atlas:txmode none' (run outside a transaction) or 'atlas:txmode file' (one transaction)",
                    fileName, line.number());
        };
    }

    private static DirectiveException unknown(String fileName, FileHeader.Line line, String name) {
        String what = UNSUPPORTED.contains(name)
                ? "directive atlas:" + name + " is not supported by this runner"
                : "unknown directive atlas:" + name;
        return new DirectiveException(what + " in file " + fileName + " line " + line.number()
                + "; known directives are atlas:txmode, atlas:sum, atlas:checkpoint and atlas:nolint. Fix or remove"
                + " the line, or move it below the blank line that ends the header if it is only a comment",
                fileName, line.number());
    }

    private static String lower(TxMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
