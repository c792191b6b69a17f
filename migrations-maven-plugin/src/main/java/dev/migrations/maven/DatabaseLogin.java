package dev.migrations.maven;

import dev.migrations.core.internal.connect.DatabaseUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where to connect and as whom: the URL from the {@code url} parameter, else {@code DIRECT_DATABASE_URL}, else
 * {@code DATABASE_URL}; the user from the {@code user} parameter, else the URL, else the settings.xml server; the
 * password from the {@code password} parameter, else the URL, else the settings.xml server (when that server names
 * no user or the same user).
 *
 * @param url      the URL handed to the library, credentials included
 * @param redacted the URL as logs show it, without the password
 * @param source   where the URL came from, for logs: {@code url}, {@code DIRECT_DATABASE_URL} or {@code DATABASE_URL}
 * @param user     the login ({@code ""} when none: the driver's default)
 * @param password the password ({@code ""} when none), to be kept out of every message
 */
record DatabaseLogin(String url, String redacted, String source, String user, String password) {

    /** Environment variables read, in order, when no {@code url} is configured. */
    static final List<String> URL_VARIABLES = List.of("DIRECT_DATABASE_URL", "DATABASE_URL");

    /** A settings.xml {@code <server>}'s credentials, decrypted. */
    record ServerCredentials(String username, String password) {
    }

    /**
     * @param server the settings.xml server's credentials, asked for only when a user or password is still missing
     * @throws IllegalArgumentException when no URL is configured
     * @throws dev.migrations.error.MigrationsException when the URL is not a PostgreSQL URL (its message shows the URL
     *                                                without password)
     */
    static DatabaseLogin resolve(String url, Map<String, String> environment, String user, String password,
            Supplier<Optional<ServerCredentials>> server) {
        String text = null;
        String source = "url";
        if (url != null && !url.isBlank()) {
            text = url.strip();
        } else {
            for (String name : URL_VARIABLES) {
                String value = environment.get(name);
                if (value != null && !value.isBlank()) {
                    text = value.strip();
                    source = name;
                    break;
                }
            }
        }
        if (text == null) {
            throw new IllegalArgumentException("no database URL: configure <url> in the plugin, pass"
                    + " -Dmigrations.url=postgres://host:5432/database, or set DATABASE_URL (or DIRECT_DATABASE_URL)");
        }
        DatabaseUrl parsed = DatabaseUrl.parse(text);
        String login = nonEmpty(user).or(() -> nonEmpty(parsed.user())).orElse(null);
        String secret = nonEmpty(password).or(() -> nonEmpty(parsed.password())).orElse(null);
        if (login == null || secret == null) {
            Optional<ServerCredentials> credentials = server.get();
            if (credentials.isPresent()) {
                String serverUser = nonEmpty(credentials.get().username()).orElse(null);
                if (login == null) {
                    login = serverUser;
                }
                if (secret == null && (serverUser == null || serverUser.equals(login))) {
                    secret = nonEmpty(credentials.get().password()).orElse(null);
                }
            }
        }
        login = login == null ? "" : login;
        secret = secret == null ? "" : secret;
        String effective = login.equals(parsed.user()) && secret.equals(parsed.password()) ? text
                : withCredentials(text, login, secret);
        return new DatabaseLogin(effective, DatabaseUrl.parse(effective).redacted(), source, login, secret);
    }

    /**
     * The URL with its credentials replaced: any {@code user:password@} and {@code user=} / {@code password=}
     * parameters removed, the given ones added as (encoded) {@code user=} and {@code password=} parameters.
     */
    static String withCredentials(String url, String user, String password) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        String prefix = url.substring(0, scheme + 3);
        String rest = url.substring(scheme + 3);
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            rest = rest.substring(at + 1);
        }
        List<String> parameters = new ArrayList<>();
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            if (!pair.isEmpty() && !name.equals("user") && !name.equals("password")) {
                parameters.add(pair);
            }
        }
        if (!user.isEmpty()) {
            parameters.add("user=" + encode(user));
        }
        if (!password.isEmpty()) {
            parameters.add("password=" + encode(password));
        }
        return prefix + rest + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
        return redacted;
    }
}
