package dev.migrations.core.error;

/** Where in a file's run a failure happened. */
public enum FailureStage {

    /** Before the file's first statement ran (the engine's own work between files). */
    BEFORE_FILE("before its first statement; statement"),
    /** While one of the file's statements ran. */
    STATEMENT("while statement"),
    /** While the file's row in the revisions table was written. */
    RECORDING("while recording it in the revisions table, after statement"),
    /** While the file's transaction committed. */
    COMMIT("while committing its transaction, after statement");

    private final String phrase;

    FailureStage(String phrase) {
        this.phrase = phrase;
    }

    /** How a message says it, followed by a statement number: {@code while statement}. */
    public String phrase() {
        return phrase;
    }
}
