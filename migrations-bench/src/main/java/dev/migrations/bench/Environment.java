package dev.migrations.bench;

/**
 * Where and with what a run happened, for the report header.
 *
 * @param date     start time, ISO-8601 with offset
 * @param machine  cores, memory, CPU model
 * @param os       operating system
 * @param java     Java runtime
 * @param postgres PostgreSQL server version
 * @param server   embedded or external, with settings
 * @param flyway   Flyway version
 * @param ours     our library's version
 * @param psql     psql version, or why it is absent
 * @param load     load average before and after the run
 * @param command  the exact command line
 */
record Environment(String date, String machine, String os, String java, String postgres, String server,
        String flyway, String ours, String psql, String load, String command) {
}
