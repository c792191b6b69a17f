/**
 * Atlas's {@code atlas.sum} integrity file: computing it byte-for-byte like Atlas, reading it, and diagnosing
 * which file was edited, added or removed.
 */
package dev.migrations.sql.sum;
