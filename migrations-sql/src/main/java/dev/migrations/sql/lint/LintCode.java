package dev.migrations.sql.lint;

import java.util.Locale;

/**
 * Every check the linter runs. The DS, MF, BC, CD and PG codes mean what Atlas's analyzers mean by them; the MG codes
 * are this library's own PostgreSQL checks.
 */
public enum LintCode {
    DS101("destructive", Severity.ERROR, "a schema is dropped"),
    DS102("destructive", Severity.ERROR, "a table is dropped"),
    DS103("destructive", Severity.ERROR, "a column is dropped"),
    MF101("data-dependent", Severity.WARNING,
            "a unique index or constraint is added to existing rows, which fails on duplicates"),
    MF102("data-dependent", Severity.WARNING,
            "a non-unique index is replaced by a unique one, which fails on duplicates"),
    MF103("data-dependent", Severity.ERROR,
            "a NOT NULL column without a default is added to an existing table, which fails if the table has rows"),
    MF104("data-dependent", Severity.WARNING,
            "a nullable column is made NOT NULL, which fails if it holds NULLs"),
    BC101("backward-incompatible", Severity.WARNING, "a table is renamed: running clients still use the old name"),
    BC102("backward-incompatible", Severity.WARNING, "a column is renamed: running clients still use the old name"),
    CD101("constraint-deletion", Severity.WARNING, "a foreign key is dropped"),
    PG101("concurrent-index", Severity.WARNING,
            "an index is created without CONCURRENTLY on an existing table, blocking writes while it builds"),
    PG102("concurrent-index", Severity.WARNING,
            "an index is dropped without CONCURRENTLY, taking an ACCESS EXCLUSIVE lock on its table"),
    PG103("concurrent-index", Severity.ERROR,
            "CONCURRENTLY in a file that runs in a transaction, where PostgreSQL refuses it"),
    PG104("concurrent-index", Severity.WARNING,
            "a primary key is added to an existing table, building its index under an ACCESS EXCLUSIVE lock"),
    PG105("concurrent-index", Severity.WARNING,
            "a unique constraint is added to an existing table, building its index under an ACCESS EXCLUSIVE lock"),
    PG301("table-rewrite", Severity.WARNING,
            "a column type change rewrites the table and its indexes under an ACCESS EXCLUSIVE lock"),
    PG302("table-rewrite", Severity.WARNING,
            "a column with a volatile default (or serial, identity or stored generated) rewrites the table"),
    PG303("table-scan", Severity.WARNING,
            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock"),
    PG304("table-scan", Severity.WARNING,
            "a primary key on nullable columns scans the table to set them NOT NULL"),
    PG305("table-scan", Severity.WARNING,
            "a CHECK constraint without NOT VALID scans the table under an ACCESS EXCLUSIVE lock"),
    PG306("table-scan", Severity.WARNING,
            "a FOREIGN KEY without NOT VALID scans the table while locking both tables"),
    MG101("postgresql", Severity.WARNING,
            "a NOT VALID constraint is validated in the same transaction that added it, which keeps the lock"),
    MG102("postgresql", Severity.WARNING,
            "an enum value is added without BEFORE or AFTER, so it sorts last"),
    MG103("postgresql", Severity.WARNING,
            "timestamp without time zone: values carry no offset and shift with the session's time zone"),
    MG104("postgresql", Severity.ERROR,
            "TRUNCATE ... CASCADE empties every table that references the truncated ones"),
    MG105("postgresql", Severity.ERROR,
            "an explicit transaction is nested in another one or left uncommitted"),
    MG106("postgresql", Severity.WARNING,
            "an identifier longer than 63 bytes, which PostgreSQL silently truncates"),
    MG107("postgresql", Severity.WARNING,
            "DDL on an existing table without a lock_timeout: a blocked lock queues all traffic behind it");

    private final String family;
    private final Severity defaultSeverity;
    private final String meaning;

    LintCode(String family, Severity defaultSeverity, String meaning) {
        this.family = family;
        this.defaultSeverity = defaultSeverity;
        this.meaning = meaning;
    }

    /** The group of checks, e.g. {@code destructive}, {@code table-scan}. */
    public String family() {
        return family;
    }

    /** The severity unless configured otherwise. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One line saying what the code reports. */
    public String meaning() {
        return meaning;
    }

    /** Reads a code such as {@code PG101}, in any case. */
    public static LintCode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown lint code '" + text + "'", e);
        }
    }
}
