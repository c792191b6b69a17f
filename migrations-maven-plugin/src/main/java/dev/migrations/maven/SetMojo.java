package dev.migrations.maven;

import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Marks every file up to {@code version} as applied (without running it) and forgets every file above it, in one
 * transaction under the migration lock, like {@code atlas migrate set}. For repairs after changes made by hand.
 */
@Mojo(name = "set", threadSafe = true)
public class SetMojo extends AbstractDatabaseMojo {

    /** The version the database is at. */
    @Parameter(property = "migrations.version", required = true)
    protected String version;

    @Inject
    public SetMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String goal() {
        return "set";
    }

    @Override
    protected void run(Report report) {
        if (!notBlank(version)) {
            throw new IllegalArgumentException("version (migrations.version): give the version the database is at,"
                    + " e.g. -Dmigrations.version=20261121100500");
        }
        List<String> changed = load(config -> { }).set(version.strip()).changedVersions();
        report.put("status", "OK");
        report.put("current", version.strip());
        report.put("changed", changed);
        if (!changed.isEmpty()) {
            getLog().info("revision(s) changed: " + String.join(", ", changed));
        }
    }
}
