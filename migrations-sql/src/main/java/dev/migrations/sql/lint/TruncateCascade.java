package dev.migrations.sql.lint;

/** MG104: {@code TRUNCATE ... CASCADE}, which also empties every table with a foreign key to the named ones. */
final class TruncateCascade implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (s.ddl() instanceof Ddl.Truncate truncate && truncate.cascade()) {
            String tables = String.join(", ", truncate.tables().stream().map(CheckedStatement::display).toList());
            s.report(LintCode.MG104, truncate.tables().isEmpty() ? null : truncate.tables().get(0),
                    "TRUNCATE " + tables + " CASCADE also empties every table that references "
                            + (truncate.tables().size() == 1 ? "it" : "them") + ", however far the chain goes",
                    "Name every table to empty and drop CASCADE: TRUNCATE " + tables + ", <referencing tables>;");
        }
    }
}
