package dev.migrations.sample;

import java.util.Optional;

/**
 * Where the schema stands according to its revisions table.
 *
 * @param version      the latest version applied or adopted by baseline; empty before the first migration
 * @param appliedFiles how many files were executed (baseline rows not counted)
 */
record SchemaState(Optional<String> version, int appliedFiles) {
}
