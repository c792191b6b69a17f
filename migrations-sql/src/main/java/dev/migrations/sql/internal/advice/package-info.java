/** Fragments of advice that several of the module's error messages share. */
package dev.migrations.sql.internal.advice;
