package dev.migrations.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How an embedded benchmark server treats a commit: free (test settings, data in memory) or flushed to disk. */
enum ServerDurability {
    /** fsync, synchronous_commit and full_page_writes off, data in memory when the machine has {@code /dev/shm}. */
    IN_MEMORY(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off")),
    /** PostgreSQL's defaults: every commit waits for its WAL flush; data on disk. */
    DURABLE(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));

    private final Map<String, String> settings;

    ServerDurability(Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
            all.put(name, settings.get(name));
        }
        all.put("max_connections", "300");
        this.settings = Map.copyOf(all);
    }

    /** The server parameters, name to value. */
    Map<String, String> settings() {
        return settings;
    }

    /** E.g. {@code fsync=on, synchronous_commit=on, full_page_writes=on, max_connections=300}. */
    String describe() {
        return settings.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
