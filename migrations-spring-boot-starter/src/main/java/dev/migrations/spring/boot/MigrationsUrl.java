package dev.migrations.spring.boot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** {@code migrations.url} with {@code migrations.user} and {@code migrations.password} folded in. */
final class MigrationsUrl {

    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile("(?i)^(user|password)=.*");

    private MigrationsUrl() {
    }

    /**
     * The URL with the given credentials as its {@code user} and {@code password} parameters, which the library reads
     * from a JDBC URL and a {@code postgres://} URI alike. A credential given here replaces the URL's own (its
     * {@code user:password@} part or parameter); one left {@code null} keeps it.
     */
    static String withCredentials(String url, String user, String password) {
        if (user == null && password == null) {
            return url;
        }
        String text = url.strip();
        String existingUser = null;
        String existingPassword = null;
        boolean uri = text.startsWith("postgres://") || text.startsWith("postgresql://");
        if (uri) {
            int start = text.indexOf("://") + 3;
            int end = firstOf(text, start, '/', '?');
            int at = text.lastIndexOf('@', end - 1);
            if (at >= start) {
                String info = text.substring(start, at);
                int colon = info.indexOf(':');
                existingUser = colon < 0 ? info : info.substring(0, colon);
                existingPassword = colon < 0 ? null : info.substring(colon + 1);
                text = text.substring(0, start) + text.substring(at + 1);
            }
        }
        int query = text.indexOf('?');
        StringBuilder result = new StringBuilder(query < 0 ? text : text.substring(0, query));
        String separator = "?";
        if (query >= 0) {
            for (String pair : text.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                if (CREDENTIAL_PARAMETER.matcher(pair).matches()) {
                    String value = pair.substring(pair.indexOf('=') + 1);
                    if (pair.regionMatches(true, 0, "user=", 0, 5)) {
                        existingUser = existingUser != null ? existingUser : value;
                    } else {
                        existingPassword = existingPassword != null ? existingPassword : value;
                    }
                    continue;
                }
                result.append(separator).append(pair);
                separator = "&";
            }
        }
        String finalUser = user != null ? encode(user) : existingUser;
        String finalPassword = password != null ? encode(password) : existingPassword;
        if (finalUser != null && !finalUser.isEmpty()) {
            result.append(separator).append("user=").append(finalUser);
            separator = "&";
        }
        if (finalPassword != null && !finalPassword.isEmpty()) {
            result.append(separator).append("password=").append(finalPassword);
        }
        return result.toString();
    }

    private static int firstOf(String text, int from, char a, char b) {
        int end = text.length();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == a || c == b) {
                end = i;
                break;
            }
        }
        return end;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
