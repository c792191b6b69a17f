package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.sql.dir.DirectoryFormat;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The same directory into another schema is another template; the same files under another name are not. */
@MigratedPostgres(schema = "other")
class OtherSchemaTemplateTest {

    private static Setup setup(String directory, String schema, DirectoryFormat format) {
        return new Setup(directory, schema, format, OtherSchemaTemplateTest.class.getClassLoader());
    }

    @Test
    void anotherSchemaGetsASecondTemplateMigratedOnceToo(MigratedDatabase db) {
        TemplateChecks.assertCopyOfATemplateMigratedOnce(db);
        Template other = TemplateChecks.templateOf(db);
        Template app = TemplateRegistry.shared().template(setup("classpath:db/migrations", "app", DirectoryFormat.AUTO));

        assertThat(other.name()).isNotEqualTo(app.name());
        assertThat(other.key()).isNotEqualTo(app.key());
        assertThat(Pg.count(db.dataSource(), "SELECT count(*) FROM other.users")).isEqualTo(3);
        assertThat(Pg.count(db.dataSource(), "SELECT count(*) FROM pg_namespace WHERE nspname = 'app'")).isZero();
    }

    @Test
    void theSameFilesNamedAnotherWayShareTheTemplate(DataSource ds) {
        TemplateRegistry registry = TemplateRegistry.shared();
        Template fromClasspath = registry.template(setup("classpath:db/migrations", "other", DirectoryFormat.AUTO));
        Template fromFolder = registry.template(setup("src/test/resources/db/migrations", "other", DirectoryFormat.AUTO));
        Template asAtlas = registry.template(setup("classpath:db/migrations", "other", DirectoryFormat.ATLAS));

        assertThat(fromFolder).isSameAs(fromClasspath);
        assertThat(asAtlas).as("AUTO resolves to ATLAS here: same files, same layout").isSameAs(fromClasspath);
        assertThat(Pg.count(ds, "SELECT count(*) FROM other.atlas_schema_revisions")).isEqualTo(6);
    }
}
