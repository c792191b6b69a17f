package dev.migrations.bench;

import java.util.Locale;

/** How numbers are shown in progress lines and in the report. */
final class Format {

    private Format() {
    }

    /** Nanoseconds as seconds with three decimals, e.g. {@code 1.234 s}. */
    static String seconds(double nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    /** Nanoseconds as microseconds with one decimal, e.g. {@code 123.4 µs}. */
    static String microseconds(double nanos) {
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }

    /** Bytes as KiB with one decimal, e.g. {@code 12.3 KiB}. */
    static String kibibytes(double bytes) {
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }

    /** Bytes as MiB with one decimal, e.g. {@code 123.4 MiB}. */
    static String mebibytes(double bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** A ratio such as {@code 1.85x}. */
    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
