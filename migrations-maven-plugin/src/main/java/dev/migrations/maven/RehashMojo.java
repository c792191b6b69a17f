package dev.migrations.maven;

import dev.migrations.core.result.RehashResult;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Records the current content of applied files that were edited on purpose as applied. Use it after
 * {@code migrations:hash} when an applied file was changed and the database already matches the change.
 */
@Mojo(name = "rehash", threadSafe = true)
public class RehashMojo extends AbstractDatabaseMojo {

    @Inject
    public RehashMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String goal() {
        return "rehash";
    }

    @Override
    protected void run(Report report) {
        RehashResult result = load(config -> { }).rehash();
        report.put("status", "OK");
        report.put("edited", result.editedFiles());
        report.put("hash_updated", result.hashUpdated());
        if (result.editedFiles().isEmpty() && result.hashUpdated().isEmpty()) {
            getLog().info("Every applied file already matches its recorded hash");
        }
        // otherwise the library has logged each file it recorded
    }
}
