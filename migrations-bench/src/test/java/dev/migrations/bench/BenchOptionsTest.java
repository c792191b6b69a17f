package dev.migrations.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class BenchOptionsTest {

    @Test
    void defaults() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.sizes()).containsExactly(100, 1000, 5000);
        assertThat(options.repeats()).isEqualTo(5);
        assertThat(options.warmups()).isEqualTo(1);
        assertThat(options.out()).isEqualTo(Path.of("docs", "benchmarks.md"));
        assertThat(options.shared()).isEmpty();
        assertThat(options.childXmx()).isEqualTo("512m");
        assertThat(options.scaleSizes()).containsExactly(10000, 50000);
        assertThat(options.scaleRepeats()).isEqualTo(1);
        assertThat(options.limit()).isEqualTo(Duration.ofSeconds(1800));
        assertThat(options.sections()).isEqualTo(EnumSet.allOf(Section.class));
    }

    @Test
    void everyOption() {
        BenchOptions options = BenchOptions.parse("--sizes", "20,1000", "--repeats", "3", "--warmups", "0",
                "--out", "/tmp/b.md", "--shared", "/data", "--memory-files", "50", "--child-xmx", "1g",
                "--sum-files", "10", "--sum-mb", "2", "--scale-sizes", "500,200", "--scale-repeats", "2",
                "--timeout", "60", "--sections", "apply,sum,scale");

        assertThat(options).isEqualTo(new BenchOptions(List.of(20, 1000), 3, 0, Path.of("/tmp/b.md"),
                java.util.Optional.of(Path.of("/data")), 50, "1g", 10, 2, List.of(200, 500), 2, Duration.ofSeconds(60),
                Set.of(Section.APPLY, Section.SUM, Section.SCALE)));
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> BenchOptions.parse("--repeats", "0"))
                .isInstanceOf(ParameterException.class).hasMessage("--repeats must be at least 1, not 0");
        assertThatThrownBy(() -> BenchOptions.parse("--sections", "apply,speed"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("unknown section 'speed'");
        assertThatThrownBy(() -> BenchOptions.parse("--child-xmx", "lots"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--child-xmx takes a JVM size");
        assertThatThrownBy(() -> BenchOptions.parse("--scale-sizes", "1000,0"))
                .isInstanceOf(ParameterException.class).hasMessage("--scale-sizes must be at least 1, not 0");
        assertThatThrownBy(() -> BenchOptions.parse("--scale-repeats", "0"))
                .isInstanceOf(ParameterException.class).hasMessage("--scale-repeats must be at least 1, not 0");
        assertThatThrownBy(() -> BenchOptions.parse("--frobnicate", "1"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--frobnicate");
    }
}
