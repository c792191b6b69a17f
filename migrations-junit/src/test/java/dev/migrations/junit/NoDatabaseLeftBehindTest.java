package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Runs after every other class of the module (class order by @Order) and alone (@Isolated waits for the parallel
 * ones): every copy handed out in this JVM has been dropped, and what remains are the templates, sealed, until the
 * JVM exits.
 */
@Isolated
@Order(Integer.MAX_VALUE)
class NoDatabaseLeftBehindTest {

    @Test
    void everyCopyOfThisJvmWasDropped() {
        assertThat(Pg.databasesStartingWith(TemplateRegistry.shared().copyPrefix())).isEmpty();
    }

    @Test
    void onlyTheMigratedTemplatesRemainAndNobodyCanConnectToThem() {
        List<String> migrated = TemplateRegistry.shared().templates().stream()
                .filter(Template::migrated).map(Template::name).sorted().toList();
        assertThat(Pg.databasesStartingWith(TemplateRegistry.shared().templatePrefix())).isEqualTo(migrated);
        for (String name : migrated) {
            assertThat(Pg.templateFlags(name)).as("datistemplate/datallowconn of %s", name).isEqualTo("true/false");
        }
    }
}
