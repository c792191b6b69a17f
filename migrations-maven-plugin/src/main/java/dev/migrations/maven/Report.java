package dev.migrations.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON report a goal leaves in {@code target/migrations/<goal>.json}: an object whose {@code status} says how the
 * goal ended ({@code OK}, {@code APPLIED}, {@code PENDING} or {@code FAILED}, with {@code error}).
 */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String goal;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Report(String goal) {
        this.goal = goal;
        fields.put("goal", goal);
        fields.put("status", null);
    }

    /** Sets a field; fields keep the order they were first set in. */
    Report put(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    /** Puts every component of a report record (see {@code dev.migrations.core.internal.report}), in order. */
    @SuppressWarnings("unchecked")
    Report putAll(Record record) {
        fields.putAll(JSON.convertValue(record, LinkedHashMap.class));
        return this;
    }

    Map<String, Object> fields() {
        return fields;
    }

    /** The file this report is written to, under {@code directory}. */
    File file(File directory) {
        return new File(directory, goal + ".json");
    }

    /** Writes the report, replacing an earlier one of the same goal. */
    File write(File directory) throws IOException {
        Path folder = directory.toPath();
        Files.createDirectories(folder);
        Path target = file(directory).toPath();
        Path temporary = Files.createTempFile(folder, "." + goal, ".json.tmp");
        try {
            Files.write(temporary, (JSON.writeValueAsString(fields) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target.toFile();
    }
}
