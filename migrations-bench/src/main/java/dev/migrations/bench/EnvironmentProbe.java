package dev.migrations.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/** Collects the facts of the report header: machine, OS, Java, versions, command line. */
final class EnvironmentProbe {

    private EnvironmentProbe() {
    }

    /** Cores, memory and CPU model, e.g. {@code 2 cores, 23.5 GiB, AMD EPYC ...}. */
    static String machine() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name", ':').orElse("CPU model unknown");
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + String.format(Locale.ROOT, "%.1f GiB", memory / (1024.0 * 1024 * 1024)) + " memory, " + cpu;
    }

    /** Distribution name (from {@code /etc/os-release}), kernel and architecture. */
    static String os() {
        String pretty = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", '=').map(v -> v.replace("\"", "") + ", ")
                .orElse("");
        return pretty + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
    }

    /** Runtime version, VM and vendor. */
    static String java() {
        return System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")";
    }

    /** Flyway's version from its jar's Maven metadata. */
    static String flyway() {
        return property("/META-INF/maven/org.flywaydb/flyway-core/pom.properties", "version")
                .map(v -> v + " (flyway-core + flyway-database-postgresql)").orElse("unknown");
    }

    /** Our library's version, as it writes it into the revisions table. */
    static String ours() {
        return property("/dev/migrations/core/version.properties", "version").map(v -> "migrations-core " + v)
                .orElse("unknown");
    }

    /** {@code /proc/loadavg}'s three averages, or "unknown". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** This JVM's command line as the shell saw it (arguments with spaces quoted). */
    static String command() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> arguments = info.arguments().map(List::of).orElse(List.of());
        if (arguments.isEmpty()) {
            return "java -jar migrations-bench/target/migrations-bench.jar (arguments unavailable)";
        }
        return "java " + arguments.stream().map(a -> a.matches("[A-Za-z0-9_./:=,@+-]+") ? a : "'" + a + "'")
                .collect(Collectors.joining(" "));
    }

    private static Optional<String> property(String resource, String key) {
        try (InputStream in = EnvironmentProbe.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty(key));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The value of the first {@code key<separator>value} line of a file. */
    private static Optional<String> firstValue(Path file, String key, char separator) {
        try {
            for (String line : Files.readAllLines(file)) {
                int at = line.indexOf(separator);
                if (at > 0 && line.substring(0, at).strip().equals(key)) {
                    return Optional.of(line.substring(at + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // absent on this OS
        }
        return Optional.empty();
    }
}
