/** The database's own error as this library's messages quote it. */
package dev.migrations.core.internal.fault;
