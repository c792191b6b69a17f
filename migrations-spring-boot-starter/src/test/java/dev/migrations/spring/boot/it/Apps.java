package dev.migrations.spring.boot.it;

import dev.migrations.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Starts test applications the way {@code SpringApplication.run} does, against a test database. */
public final class Apps {

    private Apps() {
    }

    /** The application's DataSource settings for {@code db}, and quiet defaults. */
    public static List<String> properties(TestDatabase db, String... more) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.username=" + db.user(),
                "spring.datasource.password=" + db.password(),
                "spring.datasource.hikari.maximum-pool-size=4",
                "spring.main.banner-mode=off",
                "spring.jmx.enabled=false",
                "spring.jpa.open-in-view=false",
                "logging.level.org.hibernate=warn",
                "logging.level.com.zaxxer=warn"));
        properties.addAll(List.of(more));
        return properties;
    }

    /** The DataSource settings for {@code db}, for a test slice's {@code @DynamicPropertySource}. */
    public static void registerDataSource(DynamicPropertyRegistry registry, TestDatabase db) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    /** A non-web application, not started yet. */
    public static SpringApplicationBuilder builder(Class<?> app, TestDatabase db, String... properties) {
        return new SpringApplicationBuilder(app).web(WebApplicationType.NONE)
                .properties(properties(db, properties).toArray(String[]::new));
    }

    /** Starts a non-web application. */
    public static ConfigurableApplicationContext run(Class<?> app, TestDatabase db, String... properties) {
        return builder(app, db, properties).run();
    }
}
