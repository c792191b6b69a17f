package dev.migrations.spring.boot.actuate;

import dev.migrations.core.Migrations;
import dev.migrations.spring.boot.MigrationsAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code migrations} actuator endpoint, when Spring Boot's actuator is on the class path. Expose it over HTTP
 * with {@code management.endpoints.web.exposure.include=migrations}.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
        "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint"})
@ConditionalOnBean(Migrations.class)
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public class MigrationsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MigrationsEndpoint migrationsEndpoint(ObjectProvider<Migrations> migrations) {
        return new MigrationsEndpoint(migrations::getObject);
    }
}
