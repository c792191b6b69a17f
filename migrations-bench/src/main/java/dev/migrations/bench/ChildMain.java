package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * Entry point of the child JVMs: does one operation, then prints one {@link ChildReport} line with its own time
 * and this JVM's peak memory.
 *
 * <pre>
 * migrate ours|Flyway &lt;dir&gt; &lt;our directory format&gt; &lt;jdbc url&gt; &lt;user&gt;   (password in MIGRATIONS_BENCH_CHILD_PASSWORD)
 * verify &lt;dir&gt; &lt;directory format&gt;
 * </pre>
 */
public final class ChildMain {

    private ChildMain() {
    }

    public static void main(String[] args) {
        try {
            long started = System.nanoTime();
            int files = switch (args[0]) {
                case "migrate" -> migrate(args);
                case "verify" -> SumVerification.readAndVerify(Path.of(args[1]), DirectoryFormat.fromCliName(args[2]));
                default -> throw new IllegalArgumentException("unknown operation " + args[0]);
            };
            long inner = System.nanoTime() - started;
            System.out.println(ChildReport.line(files, inner, MemoryProbe.read()));
        } catch (Exception | LinkageError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static int migrate(String[] args) {
        String password = System.getenv().getOrDefault(ChildJvm.PASSWORD_ENV, "");
        DataSource ds = BenchDatabase.dataSource(args[4], args[5], password);
        Path dir = Path.of(args[2]);
        return switch (args[1]) {
            case OursRunner.LABEL -> OursRunner.migrate(dir, DirectoryFormat.fromCliName(args[3]), ds);
            case FlywayRunner.LABEL -> FlywayRunner.migrate(dir, ds);
            default -> throw new IllegalArgumentException("unknown tool " + args[1]);
        };
    }
}
