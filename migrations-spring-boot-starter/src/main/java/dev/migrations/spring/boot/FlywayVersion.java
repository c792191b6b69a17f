package dev.migrations.spring.boot;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The Flyway on the class path, checked before the first migration. Spring Boot's dependency management pins its own
 * {@code flyway-core}, which replaces the one this library is built with (13.12.0): Boot 3.5.7 pins 11.7.2 and Boot
 * 4.0.7 pins 11.14.1, and the library is tested on both. An older Flyway fails the start with the property that
 * fixes it, rather than with a {@code NoSuchMethodError} in the middle of a migration.
 */
final class FlywayVersion {

    /** The Flyway this library is built and released with. */
    static final String BUILT_WITH = "13.12.0";
    /** The oldest Flyway the library is tested with: Spring Boot 3.5.7's. */
    static final String OLDEST_TESTED = "11.7.2";

    private static final String VERSION_RESOURCE = "/org/flywaydb/core/internal/version.txt";

    private FlywayVersion() {
    }

    /** The version of the {@code flyway-core} on the class path, when it says. */
    static Optional<String> onClassPath() {
        try (InputStream in = Flyway.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Fails when the Flyway on the class path is older than {@link #OLDEST_TESTED}. */
    static void check() {
        onClassPath().filter(version -> !supported(version)).ifPresent(version -> {
            throw tooOld(version);
        });
    }

    /** Whether {@code version} is {@link #OLDEST_TESTED} or newer; a version that does not parse is let through. */
    static boolean supported(String version) {
        int[] have = numbers(version);
        if (have.length == 0) {
            return true;
        }
        return Arrays.compare(have, numbers(OLDEST_TESTED)) >= 0;
    }

    /** The error for a Flyway older than {@link #OLDEST_TESTED}, naming the property that fixes it. */
    static MigrationsException tooOld(String version) {
        return new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "Flyway " + version + " is on the class path, but this library needs Flyway "
                + OLDEST_TESTED + " or newer (it is built with " + BUILT_WITH + "; Spring Boot 3.5.7 pins 11.7.2 and "
                + "4.0.7 pins 11.14.1). Your build's dependency management chose " + version + ". Set the property "
                + "flyway.version to " + BUILT_WITH + " in your build: Maven <properties><flyway.version>"
                + BUILT_WITH + "</flyway.version></properties>, Gradle ext['flyway.version'] = '" + BUILT_WITH + "'.");
    }

    /** The leading numbers of a version, {@code 11.7.2} gives {11, 7, 2}; none for text that starts otherwise. */
    private static int[] numbers(String version) {
        String[] parts = version.strip().split("[.\\-]");
        int[] numbers = new int[parts.length];
        int count = 0;
        for (String part : parts) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isDigit) || part.length() > 9) {
                break;
            }
            numbers[count++] = Integer.parseInt(part);
        }
        return Arrays.copyOf(numbers, count);
    }
}
