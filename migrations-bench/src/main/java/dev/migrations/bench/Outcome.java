package dev.migrations.bench;

import java.util.Optional;

/**
 * What one measurement produced: statistics, or why there are none (the tool failed, timed out, or was skipped).
 *
 * @param stats the statistics, when every run succeeded
 * @param note  why there are no statistics
 */
public record Outcome(Optional<Stats> stats, Optional<String> note) {

    /** Measured values. */
    public static Outcome of(Stats stats) {
        return new Outcome(Optional.of(stats), Optional.empty());
    }

    /** No values, and why. */
    public static Outcome missing(String why) {
        return new Outcome(Optional.empty(), Optional.of(why));
    }

    /** The median, when measured. */
    public Optional<Double> median() {
        return stats.map(Stats::median);
    }
}
