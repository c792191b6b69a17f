package dev.migrations.spring.boot.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.spring.boot.it.Db;
import dev.migrations.spring.boot.it.jdbc.JdbcApp;
import dev.migrations.spring.boot.it.jpa.JpaApp;
import dev.migrations.spring.boot.it.jpa.Person;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The key scenarios on Spring Boot 3.5, whose Flyway auto-configuration is always on the class path, with the
 * Flyway 3.5 pins (11.7.2).
 */
@ExtendWith(OutputCaptureExtension.class)
class Boot3ApplicationTest {

    private final TestDatabase database = TestPostgres.newDatabase();
    private final Db db = new Db(database);

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void theseTestsRunOnBoot3AndItsFlyway() throws IOException {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("test.spring-boot.version"));
        try (InputStream in = Flyway.class.getResourceAsStream("/org/flywaydb/core/internal/version.txt")) {
            assertThat(new String(in.readAllBytes()).strip()).isEqualTo(System.getProperty("test.flyway.version"));
        }
    }

    @Test
    void aJpaApplicationMigratesAnEmptyDatabaseThenStartsOnTheUpToDateOne(CapturedOutput output) {
        try (ConfigurableApplicationContext context = Apps.run(JpaApp.class, database,
                "spring.jpa.hibernate.ddl-auto=validate")) {
            assertThat(Arrays.asList(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn()))
                    .contains("migrationsInitializer");
            EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
            em.getTransaction().begin();
            em.persist(new Person("Ada", "ada@example.com"));
            em.getTransaction().commit();
            em.close();
        }
        Apps.run(JpaApp.class, database, "spring.jpa.hibernate.ddl-auto=validate").close();
        assertThat(db.revisions("public.atlas_schema_revisions")).containsExactly("20260101000000", "20260102000000");
        assertThat(db.strings("SELECT name FROM person")).containsExactly("Ada");
        assertThat(db.tableExists("public", "flyway_schema_history")).isFalse();
        assertThat(db.tableExists("public", "boot_flyway_was_here")).isFalse();
        assertThat(output.getOut().lines().filter(line -> line.contains("Spring Boot's Flyway auto-configuration is off")))
                .hasSize(2);
    }

    @Test
    void validateFailsTheStartWhenAFileIsPending(CapturedOutput output) {
        Apps.run(JdbcApp.class, database).close();
        Throwable failure = catchThrowable(() -> Apps.run(JdbcApp.class, database, "migrations.mode=validate",
                "migrations.directory=classpath:db/migrations-next"));
        assertThat(failure).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("1 file(s) pending: 20260103000000_person_nickname.sql")
                .contains("Migrate it: start with migrations.mode=migrate");
        assertThat(db.revisions("public.atlas_schema_revisions")).hasSize(2);
    }

    @Test
    void anEditedFileFailsTheStartWithTheFix(@TempDir Path dir, CapturedOutput output) throws IOException {
        for (String file : new String[] {"atlas.sum", "20260101000000_create_person.sql",
                "20260102000000_person_email.sql"}) {
            try (InputStream in = getClass().getResourceAsStream("/db/migrations/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        Files.writeString(dir.resolve("20260101000000_create_person.sql"), "CREATE TABLE person (id int);\n");
        assertThat(catchThrowable(() -> Apps.run(JdbcApp.class, database, "migrations.directory=" + dir)))
                .isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("20260101000000_create_person.sql was edited")
                .contains("If the change was intended, rewrite atlas.sum with the hash command ('migrations migrate hash' or"
                        + " 'mvn migrations:hash', on the source folder)");
    }

    @Test
    void lazyInitializationStillMigrates() {
        Apps.run(JdbcApp.class, database, "spring.main.lazy-initialization=true").close();
        assertThat(db.revisions("public.atlas_schema_revisions")).hasSize(2);
    }
}
