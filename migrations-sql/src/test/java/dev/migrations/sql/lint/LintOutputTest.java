package dev.migrations.sql.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.sql.internal.analysis.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text and GitHub renderings of a report, and severity settings. */
class LintOutputTest {

    private static LintReport lint(String... files) {
        List<LintFile> lintFiles = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            lintFiles.add(new LintFile((i + 1) + "_f.sql", files[i], StatementSplitter.split(files[i]), true,
                    "-- atlas:txmode none"));
        }
        return Linter.lint(lintFiles, LintSettings.DEFAULTS.with(LintCode.MG107, Severity.OFF));
    }

    @Test
    void githubAnnotationsEscapeWhatWouldEndTheirFields() {
        LintReport report = lint("CREATE TABLE \"a,b:c\" (x int);", "DROP TABLE \"a,b:c\";");

        String github = LintOutput.github(report, "db/");

        assertThat(github).isEqualTo("::error file=db/2_f.sql,line=1,title=DS102 destructive::table \"a,b:c\" is"
                + " dropped with all its rows. Fix: Deploy code that no longer uses the table first; keep a copy"
                + " (ALTER TABLE \"a,b:c\" RENAME TO \"a,b:c_old\", dropped in a later release) or, if the data may go,"
                + " mark the statement with '-- atlas:nolint DS102'.\n");
    }

    @Test
    void textShowsStatementFixAndSummary() {
        LintReport report = lint("CREATE TABLE t (a int);", "ALTER TABLE t\n  ALTER COLUMN a TYPE bigint;");

        assertThat(LintOutput.text(report)).isEqualTo("2_f.sql:1: warning PG301: changing the type of a to bigint"
                + " rewrites t and its indexes under an ACCESS EXCLUSIVE lock\n"
                + "    ALTER TABLE t ALTER COLUMN a TYPE bigint\n"
                + "    fix: Add a new column of type bigint, backfill it in batches, move the code to it, then drop"
                + " the old column; widening varchar(n) to a longer varchar or to text needs no rewrite.\n"
                + "2 files linted: 0 errors, 1 warning\n");
    }

    @Test
    void sizesReadLikeTheDatabaseWritesThem() {
        assertThat(LintOutput.size(812)).isEqualTo("812 bytes");
        assertThat(LintOutput.size(16 * 1024 * 1024 + 300_000)).isEqualTo("16 MB");
        assertThat(LintOutput.size(1_900_000)).isEqualTo("1.8 MB");
    }

    @Test
    void settingsNameTheAcceptedValues() {
        assertThat(LintSettings.DEFAULTS.with("pg101=Error").severityOf(LintCode.PG101)).isEqualTo(Severity.ERROR);
        assertThat(LintSettings.DEFAULTS.severityOf(LintCode.DS101)).isEqualTo(Severity.ERROR);
        assertThatThrownBy(() -> LintSettings.DEFAULTS.with("PG101")).hasMessageContaining("CODE=severity");
        assertThatThrownBy(() -> LintSettings.DEFAULTS.with("PG101=loud"))
                .hasMessageContaining("use error, warning or off");
    }

    @Test
    void aFindingOffOrSuppressedIsCountedOnlyWhenSuppressed() {
        LintReport report = lint("CREATE TABLE t (a int);",
                "-- atlas:nolint DS102\nDROP TABLE t;\nTRUNCATE t CASCADE;");

        assertThat(report.findings()).extracting(Finding::code).containsExactly(LintCode.MG104);
        assertThat(report.findings().get(0).line()).isEqualTo(3);
        assertThat(report.suppressed()).isEqualTo(1);
        assertThat(report.hasErrors()).isTrue();
    }
}
