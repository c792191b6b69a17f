package dev.migrations.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A running PostgreSQL server that tests may create databases on. */
public interface PostgresServer extends AutoCloseable {

    /** Host name tests connect to. */
    String host();

    /** TCP port of the server. */
    int port();

    /** Superuser (or database owner) name. */
    String user();

    /** Password of {@link #user()}; may be empty. */
    String password();

    /** Database used for administrative connections (CREATE DATABASE ...). */
    String adminDatabase();

    /** How the server was obtained, for logs: "embedded 17.7.0", "external", "container postgres:17". */
    String description();

    /** JDBC URL of a database on this server, without credentials. */
    default String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Opens a connection to {@link #adminDatabase()}. */
    default Connection adminConnection() throws SQLException {
        return connect(adminDatabase());
    }

    /** Opens a connection to the named database with the server's credentials. */
    default Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        props.setProperty("password", password());
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    @Override
    void close();
}
