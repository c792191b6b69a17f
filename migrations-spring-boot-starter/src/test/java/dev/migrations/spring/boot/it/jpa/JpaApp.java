package dev.migrations.spring.boot.it.jpa;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with a JPA entity, {@link Person}; start it with {@code spring.jpa.hibernate.ddl-auto=validate}. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class JpaApp {
}
