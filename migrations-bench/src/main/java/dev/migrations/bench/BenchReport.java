package dev.migrations.bench;

import java.util.List;
import java.util.Optional;

/**
 * Everything one run measured.
 *
 * @param environment where and with what
 * @param options     the options of the run
 * @param generated   cold apply of the generated directories, by N
 * @param noops       no-op boot of the generated directories, by N
 * @param memory      peak memory, when measured
 * @param sum         atlas.sum verification, when measured
 * @param corpora     cold apply of the real corpora and the generated layout samples
 * @param durable     cold apply of the generated directories on the durable server, by N
 * @param durableServer the durable server's description, when one ran
 * @param scale       our library alone on the scale section's generated directories, smallest first
 * @param notes       things the reader must know about this run (skipped parts, failures)
 */
record BenchReport(Environment environment, BenchOptions options, List<ColdApplyResult> generated,
        List<NoopResult> noops, Optional<MemoryResult> memory, Optional<SumResult> sum, List<CorpusResult> corpora,
        List<ColdApplyResult> durable, Optional<String> durableServer, List<ScaleResult> scale, List<String> notes) {
}
