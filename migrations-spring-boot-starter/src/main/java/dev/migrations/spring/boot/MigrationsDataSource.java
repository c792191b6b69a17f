package dev.migrations.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@code DataSource} bean to migrate with, when it is not the application's: for example one that logs in
 * as the schema owner while the application's pool uses a user with fewer rights. Takes precedence over
 * {@code migrations.url}.
 *
 * <pre>{@code
 * @Bean
 * @MigrationsDataSource
 * DataSource migrationsDataSource() { ... }
 * }</pre>
 *
 * <p>Declaring a {@code DataSource} bean turns off Spring Boot's own one, so declare the application's (marked
 * {@code @Primary}) as well.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface MigrationsDataSource {
}
