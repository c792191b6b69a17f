package dev.migrations.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link MigrationsInitializer} beans initialize the database, so that the beans that use it
 * (JPA, JDBC templates, jOOQ, {@code @DependsOnDatabaseInitialization}) are made to depend on them. Registered in
 * {@code META-INF/spring.factories} as a {@link DatabaseInitializerDetector}.
 */
public class MigrationsInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrationsInitializer.class);
    }

    /** After other schema tools' own beans and before {@code schema.sql}/{@code data.sql} scripts, as Flyway's is. */
    @Override
    public int getOrder() {
        return 1;
    }
}
