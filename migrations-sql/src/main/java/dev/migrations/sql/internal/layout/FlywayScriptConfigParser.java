package dev.migrations.sql.internal.layout;

import dev.migrations.error.LayoutException;
import dev.migrations.sql.migration.FlywayScriptConfig;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Reads Flyway's script configuration files ({@code V3__x.sql.conf}) into {@link FlywayScriptConfig}s. */
public final class FlywayScriptConfigParser {

    private static final String EXECUTE_IN_TRANSACTION = "executeInTransaction";
    private static final String ENCODING = "encoding";
    private static final String PLACEHOLDER_REPLACEMENT = "placeholderReplacement";
    private static final String SHOULD_EXECUTE = "shouldExecute";

    private FlywayScriptConfigParser() {
    }

    /**
     * Reads a script configuration file.
     *
     * @param file        its name relative to the directory, e.g. {@code sub/V3__x.sql.conf}
     * @param fileDisplay how messages name it, e.g. {@code db/migrations/sub/V3__x.sql.conf}
     * @param text        its content, decoded
     * @throws LayoutException naming the file, the line and the key that this runner does not implement, or the
     *                         value it cannot read
     */
    public static FlywayScriptConfig parse(String file, String fileDisplay, String text) {
        Objects.requireNonNull(file, "file");
        Boolean executeInTransaction = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = stripLeading(lines[i]);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && "=: \t\f".indexOf(line.charAt(end)) < 0) {
                end++;
            }
            String key = line.substring(0, end);
            String value = valueAfter(line, end);
            String where = fileDisplay + " line " + number + ": ";
            switch (key) {
                case EXECUTE_IN_TRANSACTION -> executeInTransaction = bool(where, key, value, fileDisplay, number);
                case ENCODING -> {
                    String name = value.toUpperCase(Locale.ROOT);
                    if (!name.equals("UTF-8") && !name.equals("UTF8")) {
                        throw new LayoutException(where + "encoding '" + value + "' is not supported; migration files"
                                + " are read as UTF-8 only. Convert the migration file to UTF-8 and remove the line",
                                fileDisplay, number);
                    }
                }
                case PLACEHOLDER_REPLACEMENT -> {
                    if (bool(where, key, value, fileDisplay, number)) {
                        throw new LayoutException(where + "placeholderReplacement=true is not supported: this runner"
                                + " never replaces ${...} placeholders. Write the values into the migration file and"
                                + " remove the line", fileDisplay, number);
                    }
                }
                case SHOULD_EXECUTE -> throw new LayoutException(where + "shouldExecute (a Flyway Teams setting) is"
                        + " not supported: every migration file runs. Remove the line, and move the file out of the"
                        + " directory if it must not run", fileDisplay, number);
                default -> throw new LayoutException(where + "unknown key '" + key + "' in a Flyway script"
                        + " configuration file; the keys are executeInTransaction, encoding, placeholderReplacement"
                        + " and shouldExecute, of which this runner implements executeInTransaction (and accepts"
                        + " encoding=UTF-8 and placeholderReplacement=false). Fix or remove the line",
                        fileDisplay, number);
            }
        }
        return new FlywayScriptConfig(file, Optional.ofNullable(executeInTransaction));
    }

    private static boolean bool(String where, String key, String value, String fileDisplay, int line) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new LayoutException(where + key + " is '" + value + "', but it takes true or false", fileDisplay, line);
    }

    /** The value of a properties line whose key ends at {@code end}: after the separator, leading blanks removed. */
    private static String valueAfter(String line, int end) {
        int at = end;
        while (at < line.length() && " \t\f".indexOf(line.charAt(at)) >= 0) {
            at++;
        }
        if (at < line.length() && (line.charAt(at) == '=' || line.charAt(at) == ':')) {
            at++;
        }
        return line.substring(at).strip();
    }

    private static String stripLeading(String text) {
        int at = 0;
        while (at < text.length() && " \t\f".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return text.substring(at);
    }
}
