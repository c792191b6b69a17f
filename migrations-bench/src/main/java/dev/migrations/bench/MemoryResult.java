package dev.migrations.bench;

/**
 * Cold apply in child JVMs with the same {@code -Xmx}, for peak memory.
 *
 * @param files  files applied
 * @param xmx    the children's {@code -Xmx}
 * @param ours   our library
 * @param flyway plain Flyway
 */
record MemoryResult(int files, String xmx, ChildStats ours, ChildStats flyway) {
}
