package dev.migrations.cli;

/** Words for counts in command output. */
final class Counting {

    private Counting() {
    }

    /** {@code 1 file}, {@code 3 files}. */
    static String files(int count) {
        return count + (count == 1 ? " file" : " files");
    }

    /** {@code 1 version}, {@code 3 versions}. */
    static String versions(int count) {
        return count + (count == 1 ? " version" : " versions");
    }

    /** {@code 1 repeatable file}, {@code 3 repeatable files}. */
    static String repeatables(int count) {
        return count + (count == 1 ? " repeatable file" : " repeatable files");
    }
}
