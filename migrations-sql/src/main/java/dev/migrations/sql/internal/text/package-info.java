/** How the Go tools (Atlas, goose, dbmate) read text, where it differs from Java: white space. */
package dev.migrations.sql.internal.text;
