package dev.migrations.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A server named by {@code MIGRATIONS_TEST_URL}: {@code postgres://user:pass@host:port/db} or
 * {@code jdbc:postgresql://host:port/db?user=u&password=p}. The named database is used for administration;
 * tests get databases of their own next to it.
 */
record ExternalServer(String host, int port, String user, String password, String adminDatabase)
        implements PostgresServer {

    static ExternalServer parse(String url) {
        String text = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        URI uri = URI.create(text.replaceFirst("^postgres(ql)?://", "postgresql://"));
        String user = "postgres";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length > 1 ? decode(kv[1]) : "";
                if (kv[0].equals("user")) {
                    user = value;
                } else if (kv[0].equals("password")) {
                    password = value;
                }
            }
        }
        String path = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        return new ExternalServer(host, port, user, password, path);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String description() {
        return "external server " + host + ":" + port;
    }

    @Override
    public String toString() {
        return description();
    }

    @Override
    public void close() {
        // the external server is not ours to stop
    }
}
