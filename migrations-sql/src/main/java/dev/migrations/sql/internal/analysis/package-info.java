/**
 * Lexical analysis of PostgreSQL migration scripts: splitting a script into executable statements
 * ({@link dev.migrations.sql.internal.analysis.StatementSplitter}) and recognising statements that PostgreSQL
 * refuses to run inside a transaction block ({@link dev.migrations.sql.internal.analysis.TransactionRules}).
 *
 * <p>The analysis is purely lexical: it understands comments, quoting, dollar quoting, {@code BEGIN ATOMIC}
 * bodies and {@code COPY ... FROM STDIN} data blocks, but it does not parse SQL.
 */
package dev.migrations.sql.internal.analysis;
