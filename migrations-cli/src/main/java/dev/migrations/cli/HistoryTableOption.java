package dev.migrations.cli;

import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.Migrations;
import dev.migrations.error.MigrationsException;
import dev.migrations.core.result.Takeover;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --history-table}: the other tool's history table a first apply takes over (apply and status). */
public final class HistoryTableOption {

    @Option(names = "--history-table", paramLabel = "<schema.table>", converter = TableNameConverter.class,
            description = {"History table of the tool that migrated this database before (Flyway, goose, "
                    + "golang-migrate, dbmate, Prisma, Atlas), taken over by the first apply: table or schema.table.",
                    "Default: looked for where those tools keep it; needed when it is elsewhere, or when there are "
                    + "several."})
    private String historyTable;

    void applyTo(MigrationsConfiguration config) {
        if (historyTable != null) {
            config.historyTable(historyTable);
        }
    }

    /** Checks the name's form; a bad one is a usage error. */
    static final class TableNameConverter implements ITypeConverter<String> {

        @Override
        public String convert(String value) {
            try {
                Migrations.configure().historyTable(value);
                return value;
            } catch (MigrationsException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** One line about a takeover, for text output. */
    static String describe(Takeover t, boolean done) {
        return (done ? "Took over " : "Would take over ") + t.tool().displayName() + "'s history " + t.table() + ": "
                + Counting.versions(t.versions())
                + (t.repeatables().isEmpty() ? "" : " and " + Counting.repeatables(t.repeatables().size()))
                + " " + (done ? "recorded" : "to record") + " as applied"
                + t.baseline().map(b -> " (baseline " + b + ")").orElse("") + ", at version " + t.version()
                + (t.changedRepeatables().isEmpty() ? "" : "; changed since " + t.tool().displayName()
                        + " applied them, so " + (done ? "applied" : "to apply") + " again: "
                        + String.join(", ", t.changedRepeatables()))
                + (done ? "; that table was left as it was" : "");
    }
}
