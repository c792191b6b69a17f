package dev.migrations.sql.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration version: ASCII digits separated by single dots, such as {@code 20240101120000}, {@code 001}
 * or {@code 1.2.3}.
 *
 * <p>Versions compare numerically part by part; a missing part counts as zero. So {@code 1}, {@code 1.0}
 * and {@code 01} are the same version: {@link #equals} and {@link #hashCode} agree with
 * {@link #compareTo}, which makes such files duplicates.
 *
 * @param text  the version as written
 * @param parts the numeric value of each dot-separated part
 */
public record Version(String text, List<BigInteger> parts) implements Comparable<Version> {

    /** Digits a part may have to be read as a long (10^18 - 1 fits). */
    private static final int MAX_LONG_DIGITS = 18;

    public Version {
        Objects.requireNonNull(text, "text");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a version needs at least one part");
        }
    }

    /**
     * Parses a version strictly.
     *
     * @throws IllegalArgumentException when {@code text} is not digits separated by single dots
     */
    public static Version parse(String text) {
        return tryParse(text).orElseThrow(() -> invalid(text));
    }

    /** The version {@code text} denotes, or empty when it is not digits separated by single dots. */
    public static Optional<Version> tryParse(String text) {
        Objects.requireNonNull(text, "text");
        List<BigInteger> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '.') {
                if (i == start) {
                    return Optional.empty();
                }
                parts.add(part(text, start, i));
                start = i + 1;
            } else if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(new Version(text, parts));
    }

    /** Digits {@code start..end-1} of {@code text} as a number; up to 18 digits without a BigInteger parse. */
    private static BigInteger part(String text, int start, int end) {
        if (end - start > MAX_LONG_DIGITS) {
            return new BigInteger(text.substring(start, end));
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return BigInteger.valueOf(value);
    }

    /** Whether {@code text} is a version {@link #parse} accepts. */
    public static boolean isValid(String text) {
        return tryParse(text).isPresent();
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a version: expected digits separated by dots,"
                + " such as 20240101120000, 001 or 1.2.3");
    }

    @Override
    public int compareTo(Version other) {
        int length = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < length; i++) {
            int byPart = partOrZero(i).compareTo(other.partOrZero(i));
            if (byPart != 0) {
                return byPart;
            }
        }
        return 0;
    }

    private BigInteger partOrZero(int index) {
        return index < parts.size() ? parts.get(index) : BigInteger.ZERO;
    }

    /** Equal when {@link #compareTo} is zero: {@code 1} equals {@code 1.0}. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Version version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        int significant = parts.size();
        while (significant > 1 && parts.get(significant - 1).signum() == 0) {
            significant--;
        }
        return parts.subList(0, significant).hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
