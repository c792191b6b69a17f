package dev.migrations.spring.boot.it.slices;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of the {@code person} table the migrations create, as Spring Data JDBC maps it. */
@Table("person")
public record PersonRow(@Id Long id, String name, String email) {
}
