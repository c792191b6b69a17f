package dev.migrations.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Median, minimum and maximum of repeated measurements of one quantity (nanoseconds, kilobytes or bytes: the
 * caller knows which).
 *
 * @param median the middle value (the mean of the two middle values for an even count)
 * @param min    the smallest value
 * @param max    the largest value
 * @param count  how many values
 */
public record Stats(double median, long min, long max, int count) {

    /**
     * @throws IllegalArgumentException for no values
     */
    public static Stats of(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
    }
}
