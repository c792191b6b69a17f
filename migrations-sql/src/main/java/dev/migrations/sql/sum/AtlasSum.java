package dev.migrations.sql.sum;

import dev.migrations.error.SumFileException;
import dev.migrations.sql.dir.DirectoryFile;
import dev.migrations.sql.internal.directive.SumIgnoreDirective;
import dev.migrations.sql.internal.text.GoText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of an {@code atlas.sum} file, byte-compatible with Atlas.
 *
 * <p>Each entry is the base64 of ONE running SHA-256 over the directory, taken after feeding the file's name
 * and then its raw bytes. The first line, {@code sum}, is the SHA-256 of all names and entry texts.
 *
 * @param sum     the directory sum: first line of the file, without {@code h1:}
 * @param entries one entry per hashed file, in hash order
 */
public record AtlasSum(String sum, List<SumEntry> entries) {

    private static final String PREFIX = "h1:";

    public AtlasSum {
        Objects.requireNonNull(sum, "sum");
        entries = List.copyOf(entries);
    }

    /**
     * Hashes files the way Atlas does: in the given order, raw bytes, with the {@code atlas:sum ignore}
     * first-line rule (such a file's name is hashed, its content is not, and it gets no entry).
     *
     * @param files the files in Atlas hash order
     */
    public static AtlasSum compute(List<DirectoryFile> files) {
        Builder builder = new Builder();
        files.forEach(builder::add);
        return builder.build();
    }

    /** Computes a sum file by file, as the files arrive in hash order (see {@link #compute}). */
    public static final class Builder {

        private final MessageDigest running = sha256();
        private final List<SumEntry> entries = new ArrayList<>();

        /** Adds the next file in hash order. */
        public void add(DirectoryFile file) {
            running.update(file.name().getBytes(StandardCharsets.UTF_8));
            if (SumIgnoreDirective.isPresentIn(file.content())) {
                return;
            }
            running.update(file.content());
            entries.add(new SumEntry(file.name(), base64(snapshot(running))));
        }

        /** The sum of the files added. */
        public AtlasSum build() {
            return new AtlasSum(sumOf(entries), entries);
        }
    }

    /**
     * Reads an {@code atlas.sum} file. Lines may end in LF or CRLF.
     *
     * @throws SumFileException when the file is empty, a line is not {@code <file> h1:<hash>}, or the first
     *                          line does not match the entries (the file was edited by hand)
     */
    public static AtlasSum parse(byte[] sumFile) {
        List<String> lines = lines(new String(sumFile, StandardCharsets.UTF_8));
        if (lines.isEmpty()) {
            throw new SumFileException(SumFileException.Problem.MALFORMED, 1,
                    "atlas.sum is empty; it must start with 'h1:<directory hash>'", null);
        }
        String first = lines.get(0);
        if (!first.startsWith(PREFIX)) {
            throw new SumFileException(SumFileException.Problem.MALFORMED, 1,
                    "atlas.sum line 1 must be 'h1:<directory hash>' but is '" + abbreviate(first) + "'", null);
        }
        List<SumEntry> entries = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int marker = line.indexOf(PREFIX);
            if (marker < 0) {
                throw new SumFileException(SumFileException.Problem.MALFORMED, i + 1,
                        "atlas.sum line " + (i + 1) + " must be '<file> h1:<hash>' but is '" + abbreviate(line) + "'",
                        null);
            }
            entries.add(new SumEntry(GoText.trimSpace(line.substring(0, marker)),
                    line.substring(marker + PREFIX.length())));
        }
        String recorded = first.substring(PREFIX.length());
        if (!recorded.equals(sumOf(entries))) {
            throw new SumFileException(SumFileException.Problem.CHECKSUM_MISMATCH, 1,
                    "atlas.sum line 1 does not match the file entries below it (Atlas: checksum mismatch);"
                            + " the file was edited by hand or merged badly", null);
        }
        return new AtlasSum(recorded, entries);
    }

    /** The exact text Atlas writes: {@code h1:<sum>} then {@code <name> h1:<hash>} per file, LF line ends. */
    public byte[] toBytes() {
        StringBuilder text = new StringBuilder(PREFIX).append(sum).append('\n');
        for (SumEntry entry : entries) {
            text.append(entry.name()).append(' ').append(PREFIX).append(entry.hash()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The entry hash (without {@code h1:}) recorded for a file name. */
    public Optional<String> hashOf(String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).map(SumEntry::hash).findFirst();
    }

    /**
     * Diagnoses the first difference like Atlas does, with {@code this} as the recorded sum file and
     * {@code onDisk} as the sum computed from the files now present.
     *
     * <p>Walking the recorded entries, at the first index {@code i} where they differ: a recorded name no
     * longer on disk was removed; the same name at the same index was edited; otherwise the disk file at
     * {@code i} was added. When every recorded entry still matches, the next disk file was added. The line is
     * {@code i + 2}.
     *
     * @return empty when both describe the same directory
     */
    public Optional<SumMismatch> firstMismatch(AtlasSum onDisk) {
        List<SumEntry> disk = onDisk.entries;
        if (sumOf(entries).equals(sumOf(disk))) {
            return Optional.empty();
        }
        for (int i = 0; i < entries.size(); i++) {
            SumEntry recorded = entries.get(i);
            if (i < disk.size() && disk.get(i).equals(recorded)) {
                continue;
            }
            int line = i + 2;
            int nowAt = indexOfName(disk, recorded.name());
            if (nowAt < 0 || i >= disk.size()) {
                return Optional.of(new SumMismatch(line, recorded.name(), SumMismatch.Change.REMOVED));
            }
            if (nowAt == i) {
                return Optional.of(new SumMismatch(line, recorded.name(), SumMismatch.Change.EDITED));
            }
            return Optional.of(new SumMismatch(line, disk.get(i).name(), SumMismatch.Change.ADDED));
        }
        String added = disk.size() > entries.size() ? disk.get(entries.size()).name() : "";
        return Optional.of(new SumMismatch(entries.size() + 2, added, SumMismatch.Change.ADDED));
    }

    private static int indexOfName(List<SumEntry> entries, String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String sumOf(List<SumEntry> entries) {
        MessageDigest digest = sha256();
        for (SumEntry entry : entries) {
            digest.update(entry.name().getBytes(StandardCharsets.UTF_8));
            digest.update(entry.hash().getBytes(StandardCharsets.UTF_8));
        }
        return base64(digest.digest());
    }

    /** Splits like Go's line scanner: on LF, dropping one CR before it, no empty token after a final LF. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, contentEnd));
            start = end + 1;
        }
        return lines;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    private static byte[] snapshot(MessageDigest running) {
        try {
            return ((MessageDigest) running.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 implementation cannot be cloned", e);
        }
    }

    private static String base64(byte[] digest) {
        return Base64.getEncoder().encodeToString(digest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
