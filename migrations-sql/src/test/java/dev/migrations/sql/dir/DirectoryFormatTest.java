package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryFormatTest {

    @Test
    void cliNamesRoundTrip() {
        for (DirectoryFormat format : DirectoryFormat.values()) {
            assertThat(DirectoryFormat.fromCliName(format.cliName())).isSameAs(format);
        }
        assertThat(DirectoryFormat.GOLANG_MIGRATE.cliName()).isEqualTo("golang-migrate");
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> DirectoryFormat.fromCliName("liquibase"))
                .isInstanceOfSatisfying(MigrationsException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_CONFIGURATION))
                .hasMessage("unknown directory format 'liquibase'; valid formats are atlas, flyway, golang-migrate, goose,"
                        + " dbmate, prisma, auto");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ATLAS|20240101120000_add_users.sql|20240101120000|add_users",
            "ATLAS|1.sql|1|''",
            "ATLAS|1.a_sub.up.sql|1.a|sub.up",
            "ATLAS|2.10.x-20_description.sql|2.10.x-20|description",
            "ATLAS|1_a_b.sql|1|a_b",
            "GOLANG_MIGRATE|1_init.up.sql|1|init",
            "GOLANG_MIGRATE|20240101_add_users.up.sql|20240101|add_users",
            "GOLANG_MIGRATE|7.up.sql|7|''",
            "FLYWAY|V1_2__add_users.sql|1_2|add_users",
            "FLYWAY|V1.2.3__x.sql|1.2.3|x",
            "FLYWAY|sub/V2__nested.sql|2|nested",
            "FLYWAY|B5__base.sql|5|base",
            "GOOSE|00001_create_users.sql|00001|create_users",
            "GOOSE|20230823231905_create_schema.sql|20230823231905|create_schema",
            "DBMATE|20151129054053_test_migration.sql|20151129054053|test_migration",
            "DBMATE|20151129054053.sql|20151129054053|''",
            "PRISMA|20230404095503_initial_migration/migration.sql|20230404095503|initial_migration",
            "PRISMA|20230404095503_a_b/migration.sql|20230404095503|a_b",
            "FLYWAY|R__views.sql|''|views",
            "FLYWAY|V7.sql|7|''",
            "FLYWAY|V103__behandling_resultat_til_vilkårsvurdering.sql|103|behandling_resultat_til_vilkårsvurdering",
    })
    void versionAndDescriptionFromFileNamesAsAtlasReadsThem(DirectoryFormat format, String name, String version,
                                                           String description) {
        assertThat(format.versionOf(name)).isEqualTo(version);
        assertThat(format.descriptionOf(name)).isEqualTo(description);
    }
}
