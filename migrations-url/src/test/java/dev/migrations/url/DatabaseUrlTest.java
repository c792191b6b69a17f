package dev.migrations.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void jdbcUrlWithoutHostMeansLocalhost() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql:orders");

        assertThat(url.hosts()).containsExactly(new Host("localhost", 5432));
        assertThat(url.database()).isEqualTo("orders");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/orders");
    }

    @Test
    void jdbcUrlWithHostAndDefaultPort() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.internal/orders");

        assertThat(url.hosts()).containsExactly(new Host("db.internal", 5432));
        assertThat(url.database()).isEqualTo("orders");
        assertThat(url.user()).isEmpty();
    }

    @Test
    void jdbcUrlWithSeveralHostsAndTargetServerType() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h1:5432,h2:5433/orders?targetServerType=primary");

        assertThat(url.hosts()).containsExactly(new Host("h1", 5432), new Host("h2", 5433));
        assertThat(url.parameters()).containsEntry("targetServerType", "primary");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h1:5432,h2:5433/orders?targetServerType=primary");
    }

    @Test
    void jdbcUrlCredentialsAsParameters() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h/db?user=app&password=Se%2Bcret&ssl=true");

        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("Se+cret");
        assertThat(url.parameters()).isEqualTo(Map.of("ssl", "true"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?ssl=true");
        assertThat(url.driverProperties()).containsEntry("user", "app").containsEntry("password", "Se+cret");
    }

    @Test
    void jdbcUrlWithIpv6Host() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://[::1]:5433/db");

        assertThat(url.hosts()).containsExactly(new Host("::1", 5433));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/db");
    }

    @Test
    void libpqUriWithPercentEncodedPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p%40ss%3Aw%2Ford%2B1%25@db.example.com:6000/shop");

        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("p@ss:w/ord+1%");
        assertThat(url.hosts()).containsExactly(new Host("db.example.com", 6000));
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6000/shop");
    }

    @Test
    void libpqUriPasswordWithUnencodedAt() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:Top@Secret@h/db");

        assertThat(url.password()).isEqualTo("Top@Secret");
        assertThat(url.hosts()).containsExactly(new Host("h", 5432));
    }

    @Test
    void libpqUriWithSeveralHostsAndTargetSessionAttrs() {
        DatabaseUrl url = DatabaseUrl.parse(
                "postgresql://h1:5432,h2:5433,[2001:db8::7]/db?target_session_attrs=read-write&connect_timeout=7");

        assertThat(url.hosts()).containsExactly(new Host("h1", 5432), new Host("h2", 5433),
                new Host("2001:db8::7", 5432));
        assertThat(url.parameters()).containsEntry("targetServerType", "primary")
                .containsEntry("connectTimeout", "7");
        assertThat(url.jdbcUrl()).isEqualTo(
                "jdbc:postgresql://h1:5432,h2:5433,[2001:db8::7]:5432/db?targetServerType=primary&connectTimeout=7");
    }

    @Test
    void libpqTargetSessionAttrsTranslateToServerTypes() {
        assertThat(targetServerType("read-write")).isEqualTo("primary");
        assertThat(targetServerType("primary")).isEqualTo("primary");
        assertThat(targetServerType("read-only")).isEqualTo("secondary");
        assertThat(targetServerType("standby")).isEqualTo("secondary");
        assertThat(targetServerType("prefer-standby")).isEqualTo("preferSecondary");
        assertThat(targetServerType("any")).isEqualTo("any");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://h/db?target_session_attrs=writable"))
                .isInstanceOfSatisfying(DatabaseUrlException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseUrlException.Problem.MALFORMED))
                .hasMessageContaining("target_session_attrs=writable");
    }

    @Test
    void libpqUriWithIpv6Host() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u@[::1]:5434/db");

        assertThat(url.hosts()).containsExactly(new Host("::1", 5434));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5434/db");
    }

    @Test
    void libpqUriWithUnixSocketDirectory() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql:///shop?host=/var/run/postgresql&port=5433");

        assertThat(url.hosts()).containsExactly(new Host("/var/run/postgresql", 5433));
        assertThat(url.host().unixSocket()).isTrue();
        assertThat(url.host().socketFile()).isEqualTo("/var/run/postgresql/.s.PGSQL.5433");
        assertThat(url.database()).isEqualTo("shop");
    }

    @Test
    void unixSocketWithoutJunixsocketFailsNamingTheFix() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:Sock3tSecret@%2Fvar%2Frun%2Fpostgresql/shop");

        assertThat(url.host()).isEqualTo(new Host("/var/run/postgresql", 5432));
        assertThatThrownBy(url::jdbcUrl)
                .isInstanceOfSatisfying(DatabaseUrlException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DatabaseUrlException.Problem.UNIX_SOCKET_UNAVAILABLE);
                    assertThat(e.redactedUrl()).doesNotContain("Sock3tSecret");
                })
                .hasMessageContaining("junixsocket-core")
                .hasMessageContaining("/var/run/postgresql/.s.PGSQL.5432")
                .hasMessageNotContaining("Sock3tSecret");
    }

    @Test
    void sslAndOptionsParametersReachTheDriver() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:pw@h/db?sslmode=verify-full&sslrootcert=/etc/ca.pem"
                + "&options=-c%20search_path%3Dapp%2Cpublic&application_name=orders");

        assertThat(url.parameters()).containsEntry("sslmode", "verify-full")
                .containsEntry("sslrootcert", "/etc/ca.pem")
                .containsEntry("options", "-c search_path=app,public")
                .containsEntry("ApplicationName", "orders");
        assertThat(url.searchPathSchema()).contains("app");
        assertThat(url.driverProperties()).doesNotContainKey("ApplicationName");
        DatabaseUrl reread = DatabaseUrl.parse(url.jdbcUrl());
        assertThat(reread.parameters()).isEqualTo(url.parameters());
        assertThat(reread.hosts()).isEqualTo(url.hosts());
    }

    @Test
    void searchPathParameterNamesTheSchema() {
        assertThat(DatabaseUrl.parse("postgres://h/db?search_path=%22My%20Schema%22,public").searchPathSchema())
                .contains("My Schema");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db?currentSchema=app").searchPathSchema())
                .contains("app");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db").searchPathSchema()).isEmpty();
        assertThat(DatabaseUrl.parse("postgres://h/db?search_path=app").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h:5432/db");
    }

    @Test
    void libpqUriWithoutDatabaseUsesTheUserName() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://alice@h");

        assertThat(url.database()).isEqualTo("alice");
        assertThat(url.hosts()).containsExactly(new Host("h", 5432));
    }

    @Test
    void passwordsNeverAppearInText() {
        List<String> urls = List.of("postgres://app:Hunter2Secret@h/db?sslpassword=Hunter2Secret",
                "jdbc:postgresql://h/db?user=app&password=Hunter2Secret&sslpassword=Hunter2Secret",
                "postgresql://app:Hunter2Secret@h1,h2/db");
        for (String text : urls) {
            DatabaseUrl url = DatabaseUrl.parse(text);
            assertThat(url.password()).isEqualTo("Hunter2Secret");
            assertThat(url.toString()).doesNotContain("Hunter2Secret").contains("app:***@");
            assertThat(url.redacted()).doesNotContain("Hunter2Secret");
            assertThat(url.jdbcUrl()).doesNotContain("Hunter2Secret");
            assertThat(url.driverProperties()).containsEntry("password", "Hunter2Secret");
        }
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://app:Hunter2Secret@h:notaport/db"))
                .isInstanceOfSatisfying(DatabaseUrlException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DatabaseUrlException.Problem.MALFORMED);
                    assertThat(e.redactedUrl()).isEqualTo("postgres://app:***@h:notaport/db");
                })
                .hasMessageContaining("notaport")
                .hasMessageNotContaining("Hunter2Secret");
    }

    @Test
    void redactRemovesPasswordsFromFreeText() {
        assertThat(DatabaseUrl.redact("FATAL for postgres://a:Top@Secret@h/db and password=TopSecret&x=1"))
                .isEqualTo("FATAL for postgres://a:***@h/db and password=***&x=1");
    }

    @Test
    void credentialsCanBeReplaced() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:old@h/db").withCredentials(null, "new");

        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("new");
        assertThat(url.withCredentials("other", null).user()).isEqualTo("other");
    }

    @Test
    void otherSchemesAndEmptyTextAreRefused() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:Secret1@h/db"))
                .isInstanceOfSatisfying(DatabaseUrlException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseUrlException.Problem.UNSUPPORTED_SCHEME))
                .hasMessageNotContaining("Secret1");
        assertThatThrownBy(() -> DatabaseUrl.parse(" "))
                .isInstanceOfSatisfying(DatabaseUrlException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseUrlException.Problem.MISSING));
    }

    private static String targetServerType(String attrs) {
        return DatabaseUrl.parse("postgres://h/db?target_session_attrs=" + attrs).parameters()
                .get("targetServerType");
    }
}
