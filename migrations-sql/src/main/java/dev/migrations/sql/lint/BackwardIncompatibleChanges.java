package dev.migrations.sql.lint;

/** BC101-BC102: renames that break clients still running with the old names. */
final class BackwardIncompatibleChanges implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (s.ddl() instanceof Ddl.RenameTable rename && s.existsBefore(rename.table())) {
            String old = CheckedStatement.display(rename.table());
            s.report(LintCode.BC101, rename.table(), "table " + old + " is renamed to "
                    + CheckedStatement.quote(rename.newName()) + " while running clients still use " + old,
                    "Keep the old name readable during the rollout: after the rename, CREATE VIEW " + old
                            + " AS SELECT * FROM " + CheckedStatement.quote(rename.newName())
                            + "; and drop the view once every client uses the new name.");
        } else if (s.ddl() instanceof Ddl.RenameColumn rename && s.existsBefore(rename.table())
                && s.fileState().renamedColumns.add(rename.table().key() + "." + rename.to())
                && !s.fileState().renamedColumns.contains(rename.table().key() + "." + rename.from())
                && !s.schema().column(rename.table(), rename.from()).map(c -> c.file() == s.fileIndex())
                .orElse(false)) {
            s.report(LintCode.BC102, rename.table(), "column " + CheckedStatement.quote(rename.from()) + " of "
                    + CheckedStatement.display(rename.table()) + " is renamed to "
                    + CheckedStatement.quote(rename.to()) + " while running clients still use the old name",
                    "Add " + CheckedStatement.quote(rename.to()) + " as a new column, write both, backfill, move"
                            + " the readers, then drop " + CheckedStatement.quote(rename.from())
                            + " in a later release.");
        }
    }
}
