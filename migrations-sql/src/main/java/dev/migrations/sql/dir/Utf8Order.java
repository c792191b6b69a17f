package dev.migrations.sql.dir;

import java.util.Comparator;

/**
 * Orders strings by their UTF-8 bytes, the way Go compares strings and so the way Atlas sorts file names.
 * Comparing code points gives exactly that order, without encoding.
 */
enum Utf8Order implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String left, String right) {
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
