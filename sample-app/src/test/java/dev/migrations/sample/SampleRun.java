package dev.migrations.sample;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The application started in this JVM as {@code java -jar sample-app.jar <args>} starts it, with the given variables
 * in place of the process environment (and above it, so the machine's own {@code DATABASE_URL} cannot leak in).
 */
final class SampleRun {

    private SampleRun() {
    }

    /**
     * Runs Spring Boot on the sample's command line; {@code PORT} is 0 (a free port) unless given.
     *
     * @throws RuntimeException what Spring Boot throws when the start fails (after printing its report)
     */
    static ConfigurableApplicationContext start(Map<String, String> variables, String... args) {
        SampleCommand command = SampleCommand.from(new DefaultApplicationArguments(args));
        Map<String, Object> environment = new HashMap<>(Map.of("PORT", "0", "DATABASE_URL", "",
                "DIRECT_DATABASE_URL", "", "MIGRATIONS_SAMPLE_DATA", ""));
        environment.putAll(variables);
        StandardEnvironment standard = new StandardEnvironment();
        standard.getPropertySources().addFirst(new MapPropertySource("test-process-environment", environment));
        SpringApplication application = new SpringApplication(SampleApplication.class);
        application.setEnvironment(standard);
        return application.run(command.bootArguments());
    }

    /** The HTTP API of a started application. */
    static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
