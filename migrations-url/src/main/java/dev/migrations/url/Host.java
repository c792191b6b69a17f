package dev.migrations.url;

/**
 * One server address of a URL: a host name or IP address and a TCP port, or the directory of a Unix-domain socket
 * (a name starting with {@code /}) and the port that names the socket file.
 *
 * @param name host name, IP address (IPv6 without brackets) or socket directory
 * @param port TCP port, or the number in the socket file's name {@code .s.PGSQL.<port>}
 */
public record Host(String name, int port) {

    /** PostgreSQL's default port. */
    public static final int DEFAULT_PORT = 5432;

    public Host {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("host name must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
    }

    /** Whether this is a Unix-domain socket directory rather than a TCP host. */
    public boolean unixSocket() {
        return name.startsWith("/");
    }

    /** The socket file, {@code <directory>/.s.PGSQL.<port>}, for a Unix-domain socket. */
    public String socketFile() {
        return (name.endsWith("/") ? name : name + "/") + ".s.PGSQL." + port;
    }

    /** {@code name:port}, an IPv6 address in brackets, as a URL writes it. */
    public String authority() {
        return (name.indexOf(':') >= 0 ? "[" + name + "]" : name) + ":" + port;
    }

    @Override
    public String toString() {
        return unixSocket() ? socketFile() : authority();
    }
}
