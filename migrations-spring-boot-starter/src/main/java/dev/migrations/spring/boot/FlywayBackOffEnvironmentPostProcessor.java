package dev.migrations.spring.boot;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Turns Spring Boot's own Flyway auto-configuration off while this starter migrates: {@code flyway-core} is on the
 * class path (the library executes its files with it), and Boot would otherwise run Flyway on
 * {@code classpath:db/migration} and create {@code flyway_schema_history}.
 *
 * <p>It adds {@code spring.flyway.enabled=false} as the environment's last property source, the lowest precedence,
 * and only when no source sets {@code spring.flyway.enabled}: a value the application sets (properties, YAML,
 * environment variable, command line, test properties) always wins. Nothing is added when
 * {@code migrations.enabled=false}.
 *
 * <p>Registered under {@code org.springframework.boot.env.EnvironmentPostProcessor}, which Spring Boot 3.5 reads and
 * 4.0 still reads (4.0 deprecates it in favour of {@code org.springframework.boot.EnvironmentPostProcessor}).
 */
@SuppressWarnings({"deprecation", "removal"})
public class FlywayBackOffEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "migrationsFlywayBackOff";

    static final String FLYWAY_ENABLED = "spring.flyway.enabled";

    private static final String[] FLYWAY_AUTO_CONFIGURATIONS = {
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"};

    private final Log log;

    public FlywayBackOffEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(FlywayBackOffEnvironmentPostProcessor.class);
    }

    /** After the application's configuration files are read, so that they are seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("migrations.enabled", Boolean.class, true)
                || environment.containsProperty(FLYWAY_ENABLED)
                || environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME,
                Map.of(FLYWAY_ENABLED, "false")));
        if (flywayAutoConfigurationPresent(application.getClassLoader())) {
            log.info("Spring Boot's Flyway auto-configuration is off (spring.flyway.enabled=false): "
                    + "migrations-spring-boot-starter migrates the database; set spring.flyway.enabled=true to run "
                    + "Boot's Flyway as well, or migrations.enabled=false to leave migrating to it");
        }
    }

    private static boolean flywayAutoConfigurationPresent(ClassLoader classLoader) {
        for (String name : FLYWAY_AUTO_CONFIGURATIONS) {
            if (ClassUtils.isPresent(name, classLoader)) {
                return true;
            }
        }
        return false;
    }
}
