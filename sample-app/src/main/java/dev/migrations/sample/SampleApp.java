package dev.migrations.sample;

/** The sample service; it migrates its database at boot (filled in with the runner). */
public final class SampleApp {

    private SampleApp() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.out.println("sample-app: not built yet");
    }
}
