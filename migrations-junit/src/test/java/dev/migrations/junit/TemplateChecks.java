package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks that a test's database is a copy of a template migrated once in this JVM: the template's migration count
 * is 1, and every copy of one template carries the same revisions (same {@code executed_at}), however many test
 * classes asked for it.
 */
final class TemplateChecks {

    /** Template name to the revisions (version and executed_at) the first copy of it showed. */
    private static final Map<String, String> REVISIONS_SEEN = new ConcurrentHashMap<>();

    private TemplateChecks() {
    }

    static Template templateOf(MigratedDatabase db) {
        return TemplateRegistry.shared().template(((DatabaseCopy) db).setup());
    }

    static void assertCopyOfATemplateMigratedOnce(MigratedDatabase db) {
        Template template = templateOf(db);
        assertThat(template.migrations()).as("migrations of %s", template.name()).isEqualTo(1);
        assertThat(Pg.templateFlags(template.name())).as("datistemplate/datallowconn").isEqualTo("true/false");
        String revisions = Pg.text(db.dataSource(), "SELECT string_agg(version || '@' || executed_at, ',' ORDER BY version)"
                + " FROM \"" + db.schema() + "\".atlas_schema_revisions");
        String first = REVISIONS_SEEN.putIfAbsent(template.name(), revisions);
        assertThat(revisions).as("revisions of a copy of %s", template.name())
                .isEqualTo(first == null ? revisions : first);
    }
}
