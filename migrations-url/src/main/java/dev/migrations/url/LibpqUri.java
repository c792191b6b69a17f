package dev.migrations.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a libpq connection URI, {@code postgresql://[user[:password]@][host][:port][,host[:port]...][/database]
 * [?name=value&...]}, the form {@code psql} and most hosting providers hand out. Unlike {@link java.net.URI} it
 * takes several hosts, IPv6 addresses in brackets, an empty host with {@code ?host=/socket/directory}, and
 * percent-escapes anywhere (a {@code +} is a plus sign). libpq's parameter names are translated to the JDBC driver's
 * ({@code target_session_attrs=read-write} to {@code targetServerType=primary}, {@code connect_timeout} to
 * {@code connectTimeout}, {@code application_name} to {@code ApplicationName}); the others pass on as they are.
 */
final class LibpqUri {

    private static final Map<String, String> RENAMED = Map.of(
            "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName");

    private static final Map<String, String> TARGET_SERVER_TYPES = Map.of(
            "any", "any",
            "read-write", "primary",
            "primary", "primary",
            "read-only", "secondary",
            "standby", "secondary",
            "prefer-standby", "preferSecondary");

    private LibpqUri() {
    }

    /**
     * @param text a URI starting with {@code postgres://} or {@code postgresql://}
     * @throws IllegalArgumentException naming what is malformed (never the password)
     */
    static DatabaseUrl parse(String text) {
        String rest = text.substring(text.indexOf("://") + 3);
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : PercentEncoding.decode(rest.substring(slash + 1));
        String user = "";
        String password = "";
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = PercentEncoding.decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? "" : PercentEncoding.decode(userInfo.substring(colon + 1));
        }
        List<String> hostNames = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        if (!authority.isEmpty()) {
            for (String hostSpec : authority.split(",", -1)) {
                splitHostSpec(hostSpec, hostNames, ports);
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = PercentEncoding.decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : PercentEncoding.decode(pair.substring(equals + 1));
            switch (name) {
                case "host" -> {
                    hostNames.clear();
                    hostNames.addAll(List.of(value.split(",", -1)));
                }
                case "port" -> {
                    ports.clear();
                    ports.addAll(List.of(value.split(",", -1)));
                }
                case "dbname" -> database = value;
                case "user" -> user = value;
                case "password" -> password = value;
                case "target_session_attrs" -> parameters.put("targetServerType", targetServerType(value));
                case "load_balance_hosts" -> parameters.put("loadBalanceHosts", String.valueOf(value.equals("random")));
                default -> parameters.put(RENAMED.getOrDefault(name, name), value);
            }
        }
        return new DatabaseUrl(hosts(hostNames, ports), database.isEmpty() ? user : database, user, password,
                parameters);
    }

    /** Adds a {@code host[:port]} / {@code [ipv6][:port]} entry's host and port ("" where absent). */
    private static void splitHostSpec(String hostSpec, List<String> hostNames, List<String> ports) {
        String host;
        String port = "";
        if (hostSpec.startsWith("[")) {
            int close = hostSpec.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("the IPv6 address '" + hostSpec + "' misses its closing ']'");
            }
            host = hostSpec.substring(1, close);
            String after = hostSpec.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw new IllegalArgumentException("unexpected '" + after + "' after the IPv6 address [" + host + "]");
            }
            port = after.isEmpty() ? "" : after.substring(1);
        } else {
            int colon = hostSpec.lastIndexOf(':');
            host = colon < 0 ? hostSpec : hostSpec.substring(0, colon);
            port = colon < 0 ? "" : hostSpec.substring(colon + 1);
        }
        hostNames.add(PercentEncoding.decode(host));
        ports.add(port);
    }

    /**
     * Pairs host names with ports the way libpq does: one port for all hosts, or one per host; an empty host is
     * {@code localhost}, an empty port 5432.
     */
    private static List<Host> hosts(List<String> hostNames, List<String> ports) {
        if (hostNames.isEmpty()) {
            hostNames = List.of("");
        }
        if (ports.size() > 1 && ports.size() != hostNames.size()) {
            throw new IllegalArgumentException(hostNames.size() + " hosts but " + ports.size()
                    + " ports: give one port for all hosts or one per host");
        }
        List<Host> hosts = new ArrayList<>(hostNames.size());
        for (int i = 0; i < hostNames.size(); i++) {
            String name = hostNames.get(i).isEmpty() ? "localhost" : hostNames.get(i);
            String port = ports.isEmpty() ? "" : ports.get(ports.size() == 1 ? 0 : i);
            hosts.add(new Host(name, port(port)));
        }
        return hosts;
    }

    private static int port(String text) {
        if (text.isEmpty()) {
            return Host.DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("port '" + text + "' is not a number from 1 to 65535");
    }

    private static String targetServerType(String value) {
        String type = TARGET_SERVER_TYPES.get(value);
        if (type == null) {
            throw new IllegalArgumentException("target_session_attrs=" + value + " is not one of "
                    + String.join(", ", new java.util.TreeSet<>(TARGET_SERVER_TYPES.keySet())));
        }
        return type;
    }
}
