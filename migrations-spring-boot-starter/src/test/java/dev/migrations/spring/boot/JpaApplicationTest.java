package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.spring.boot.it.Db;
import dev.migrations.spring.boot.it.jpa.JpaApp;
import dev.migrations.spring.boot.it.jpa.Person;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application with JPA and {@code ddl-auto=validate}: Hibernate validates the schema the starter has just
 * migrated, on an empty database and on an up-to-date one; Spring Boot's Flyway, on the class path with a
 * {@code db/migration} folder, never runs.
 */
class JpaApplicationTest {

    private final TestDatabase database = TestPostgres.newDatabase();
    private final Db db = new Db(database);

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void anEmptyDatabaseIsMigratedBeforeHibernateValidatesIt() {
        try (ConfigurableApplicationContext context = Apps.run(JpaApp.class, database,
                "spring.jpa.hibernate.ddl-auto=validate")) {
            assertThat(db.revisions("public.atlas_schema_revisions"))
                    .containsExactly("20260101000000", "20260102000000");
            assertThat(Arrays.asList(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn()))
                    .contains("migrationsInitializer");
            EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
            em.getTransaction().begin();
            em.persist(new Person("Ada", "ada@example.com"));
            em.getTransaction().commit();
            em.close();
            assertThat(db.strings("SELECT email FROM person")).containsExactly("ada@example.com");
        }
        assertThat(db.tableExists("public", "flyway_schema_history")).isFalse();
        assertThat(db.tableExists("public", "boot_flyway_was_here")).isFalse();
    }

    @Test
    void anUpToDateDatabaseStartsWithNothingToApply() {
        Apps.run(JpaApp.class, database, "spring.jpa.hibernate.ddl-auto=validate").close();
        String firstRun = db.strings("SELECT max(executed_at)::text FROM atlas_schema_revisions").get(0);
        try (ConfigurableApplicationContext context = Apps.run(JpaApp.class, database,
                "spring.jpa.hibernate.ddl-auto=validate")) {
            assertThat(context.isActive()).isTrue();
        }
        assertThat(db.revisions("public.atlas_schema_revisions")).hasSize(2);
        assertThat(db.strings("SELECT max(executed_at)::text FROM atlas_schema_revisions")).containsExactly(firstRun);
        assertThat(db.tableExists("public", "flyway_schema_history")).isFalse();
    }

    @Test
    void springSqlInitDataScriptsRunAfterTheMigrations() {
        Apps.run(JpaApp.class, database, "spring.jpa.hibernate.ddl-auto=validate", "spring.sql.init.mode=always",
                "spring.sql.init.data-locations=classpath:people.sql").close();
        assertThat(db.strings("SELECT name FROM person")).containsExactly("Barbara");
    }
}
