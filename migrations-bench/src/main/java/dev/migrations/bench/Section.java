package dev.migrations.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The parts of a benchmark run; all run by default. */
enum Section {
    /** Cold apply and no-op boot of generated directories, (a) to (d). */
    APPLY,
    /** Peak memory of a cold apply in child JVMs, (e). */
    MEMORY,
    /** atlas.sum verification of a big directory against sha256sum, (f). */
    SUM,
    /** Cold apply of the real corpora under the shared folder. */
    CORPORA,
    /** Cold apply of the generated directories on a second embedded server that flushes every commit to disk. */
    DURABLE,
    /** Our library alone on big generated directories: cold apply, no-op boot, validate, peak memory per file. */
    SCALE;

    /** The option spelling, e.g. {@code corpora}. */
    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException for an unknown name
     */
    static Section parse(String name) {
        for (Section section : values()) {
            if (section.optionName().equals(name.strip())) {
                return section;
            }
        }
        throw new IllegalArgumentException("unknown section '" + name + "'; sections are "
                + Arrays.stream(values()).map(Section::optionName).collect(Collectors.joining(", ")));
    }
}
