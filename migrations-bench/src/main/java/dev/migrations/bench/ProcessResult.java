package dev.migrations.bench;

/**
 * How a bounded process ended.
 *
 * @param exitCode  its exit code
 * @param wallNanos wall time from start to exit
 * @param output    the end of its merged stdout and stderr
 */
record ProcessResult(int exitCode, long wallNanos, String output) {
}
