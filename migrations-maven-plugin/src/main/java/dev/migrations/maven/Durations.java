package dev.migrations.maven;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses duration parameters: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, a number of seconds, or ISO-8601. */
final class Durations {

    private Durations() {
    }

    /**
     * @param parameter the parameter's name, for the message
     * @return the duration, or {@code null} for a missing or blank value
     * @throws IllegalArgumentException for a value that is not a duration, or a negative one
     */
    static Duration parse(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (v.startsWith("p")) {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            } else if (v.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            } else {
                char unit = v.charAt(v.length() - 1);
                String amount = Character.isLetter(unit) ? v.substring(0, v.length() - 1).strip() : v;
                long n = Long.parseLong(amount);
                d = switch (unit) {
                    case 'h' -> Duration.ofHours(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 's' -> Duration.ofSeconds(n);
                    default -> {
                        if (Character.isLetter(unit)) {
                            throw new NumberFormatException(value);
                        }
                        yield Duration.ofSeconds(n);
                    }
                };
            }
            if (d.isNegative()) {
                throw new IllegalArgumentException(parameter + ": '" + value + "' is negative");
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(parameter + ": '" + value + "' is not a duration: use e.g. 500ms, 30s,"
                    + " 5m, 1h or PT30S");
        }
    }
}
