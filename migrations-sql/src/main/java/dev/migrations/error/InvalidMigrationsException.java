package dev.migrations.error;

import dev.migrations.sql.migration.Migration;

import java.util.List;

/**
 * Migration files break the rules that must hold before applying: versions that are not numeric, duplicated,
 * or ordered differently by name than by number; invalid UTF-8; invalid directives. Lists every problem found.
 */
public class InvalidMigrationsException extends MigrationsException {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;

    private final List<String> problems;

    public InvalidMigrationsException(String location, List<String> problems) {
        super(ErrorKind.INVALID_MIGRATIONS, message(location, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one complete message each. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String location, List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder text = new StringBuilder(location).append(": ").append(problems.size())
                .append(" problems with the migration files:");
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
            text.append("\n  ").append(i + 1).append(". ").append(problems.get(i));
        }
        if (problems.size() > LISTED) {
            text.append("\n  ... and ").append(problems.size() - LISTED).append(" more");
        }
        return text.toString();
    }
}
