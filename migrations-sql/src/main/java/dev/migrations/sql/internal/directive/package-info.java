/**
 * Atlas file directives ({@code -- atlas:txmode none}, {@code -- atlas:sum ignore}, {@code -- atlas:checkpoint},
 * {@code -- atlas:nolint}), read the way Atlas reads them.
 */
package dev.migrations.sql.internal.directive;
