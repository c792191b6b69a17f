package dev.migrations.spring.boot.it.slices;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The application the Spring Data JDBC and jOOQ slice tests start; its schema comes from {@code db/migrations}. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SliceApp {
}
