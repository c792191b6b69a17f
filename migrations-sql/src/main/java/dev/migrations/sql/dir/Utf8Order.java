package dev.migrations.sql.dir;

import java.util.Comparator;

/**
 * Orders strings by their UTF-8 bytes, the way Go compares strings and so the way Atlas sorts file names.
 * Comparing code points gives exactly that order, without encoding; outside surrogate pairs, code points are the
 * strings' {@code char}s, so only a difference at a surrogate needs decoding.
 */
enum Utf8Order implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String left, String right) {
        int shorter = Math.min(left.length(), right.length());
        for (int k = 0; k < shorter; k++) {
            char a = left.charAt(k);
            char b = right.charAt(k);
            if (a != b) {
                return Character.isSurrogate(a) || Character.isSurrogate(b) ? byCodePoints(left, right)
                        : Character.compare(a, b);
            }
        }
        return Integer.compare(left.length(), right.length());
    }

    private static int byCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
