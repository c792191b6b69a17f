package dev.migrations.core.internal.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What this library writes into {@code operator_version}: its name and version. */
public final class OperatorVersion {

    public static final String VALUE = read();

    private OperatorVersion() {
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = OperatorVersion.class.getResourceAsStream("/dev/migrations/core/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return "dev.migrations/" + p.getProperty("version", "unknown");
    }
}
