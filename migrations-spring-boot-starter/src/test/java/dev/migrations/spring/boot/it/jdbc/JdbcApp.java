package dev.migrations.spring.boot.it.jdbc;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application that uses the database through JDBC only (no entities). */
@SpringBootConfiguration
@EnableAutoConfiguration
public class JdbcApp {
}
