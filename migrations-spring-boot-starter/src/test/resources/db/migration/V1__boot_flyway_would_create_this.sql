-- Spring Boot's Flyway reads classpath:db/migration by default; the starter turns it off, so this never runs.
CREATE TABLE boot_flyway_was_here (id int);
