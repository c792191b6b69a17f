package dev.migrations.sql.lint;

/** MG102: {@code ALTER TYPE ... ADD VALUE} without {@code BEFORE} or {@code AFTER}. */
final class UnorderedEnumValue implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (s.ddl() instanceof Ddl.AddEnumValue add && !add.ordered()) {
            String type = CheckedStatement.display(add.type());
            s.report(LintCode.MG102, null, "enum value " + add.value() + " is added to " + type
                    + " without BEFORE or AFTER, so it sorts after every existing value",
                    "Place it explicitly: ALTER TYPE " + type + " ADD VALUE " + add.value()
                            + " BEFORE '<existing>' (or AFTER '<existing>'); if last is right, mark the statement"
                            + " with '-- atlas:nolint MG102'.");
        }
    }
}
