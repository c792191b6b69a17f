package dev.migrations.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs competing trials in interleaved rounds (warm-up rounds first, then measured ones), so that every tool sees
 * the same machine conditions. A trial that fails is reported as failed and not run again; the others go on.
 */
final class Rounds {

    /** One run of one tool; returns the measured value (nanoseconds unless the caller says otherwise). */
    @FunctionalInterface
    interface Trial {
        long run() throws Exception;
    }

    private final int warmups;
    private final int repeats;
    private final Consumer<String> progress;

    Rounds(int warmups, int repeats, Consumer<String> progress) {
        this.warmups = warmups;
        this.repeats = repeats;
        this.progress = progress;
    }

    /** Measured rounds per measurement. */
    int repeats() {
        return repeats;
    }

    /** Rounds with other counts, for a measurement that needs more of them. */
    Rounds withCounts(int otherWarmups, int otherRepeats) {
        return new Rounds(otherWarmups, otherRepeats, progress);
    }

    /**
     * Runs every trial {@code warmups + repeats} times, round by round in the given order. Before each trial this JVM
     * collects its garbage (outside the timing), so that no trial shares the two cores with a collection of what the
     * previous one left, a fresh JVM's trial least of all.
     *
     * @param what   names the measurement in progress lines, e.g. {@code cold apply N=1000}
     * @param trials the competitors by label, in run order within a round
     * @return the outcome of each label: statistics of the measured rounds, or the failure
     */
    Map<String, Outcome> run(String what, Map<String, Trial> trials) {
        Map<String, List<Long>> values = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        trials.keySet().forEach(label -> values.put(label, new ArrayList<>()));
        for (int round = 0; round < warmups + repeats; round++) {
            boolean warmup = round < warmups;
            String roundName = warmup ? "warm-up" : "run " + (round - warmups + 1) + "/" + repeats;
            for (Map.Entry<String, Trial> trial : trials.entrySet()) {
                String label = trial.getKey();
                if (failures.containsKey(label)) {
                    continue;
                }
                System.gc();
                try {
                    long value = trial.getValue().run();
                    progress.accept(what + " | " + label + " | " + roundName + ": " + Format.seconds(value));
                    if (!warmup) {
                        values.get(label).add(value);
                    }
                } catch (Exception e) {
                    String why = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
                    failures.put(label, why);
                    progress.accept(what + " | " + label + " | " + roundName + ": FAILED " + why);
                }
            }
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (String label : trials.keySet()) {
            outcomes.put(label, failures.containsKey(label) ? Outcome.missing("failed: " + failures.get(label))
                    : Outcome.of(Stats.of(values.get(label))));
        }
        return outcomes;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }
}
