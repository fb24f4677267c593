package io.codebook.benchmarks;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What reporting unknown values costs a lookup: the public lookups ({@code fromCode}, {@code fromKey}),
 * which report a value they do not find, against the same table lookup asked to report nothing (what
 * the outcome factories call), which does the work the lookups did before reporting existed. Known
 * values and unknown ones apart, 1,024 per operation; unknown ones go to the default listener (a
 * logger at DEBUG, off).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UnknownValueBenchmark {

    private String[] known;
    private String[] unknown;
    private int[] steps;
    private String[] kinds;
    private String[] argosKnown;

    @Setup
    public void setUp() {
        Random random = new Random(1);
        List<IdAnalyzerWarning> warnings = List.of(IdAnalyzerWarning.values());
        List<ArgosCode> argos = List.of(ArgosCode.values());
        known = new String[1024];
        unknown = new String[1024];
        steps = new int[1024];
        kinds = new String[1024];
        argosKnown = new String[1024];
        for (int i = 0; i < known.length; i++) {
            known[i] = warnings.get(random.nextInt(warnings.size())).code();
            unknown[i] = "NOT_DOCUMENTED_" + i;
            ArgosCode code = argos.get(random.nextInt(argos.size()));
            steps[i] = code.step().isPresent() ? code.step().getAsInt() : 0;
            kinds[i] = code.kind().value();
            argosKnown[i] = code.code();
        }
    }

    @Benchmark
    public void baselineKnownWithoutReporting(Blackhole hole) {
        for (String code : known) {
            hole.consume(IdAnalyzerWarningTable.lookup(null, code));
        }
    }

    @Benchmark
    public void generatedKnownFromCode(Blackhole hole) {
        for (String code : known) {
            hole.consume(IdAnalyzerWarning.fromCode(code));
        }
    }

    @Benchmark
    public void baselineKnownCompositeWithoutReporting(Blackhole hole) {
        for (int i = 0; i < argosKnown.length; i++) {
            hole.consume(ArgosCodeTable.lookup(null, steps[i] == 0 ? null : steps[i], kinds[i], argosKnown[i]));
        }
    }

    @Benchmark
    public void generatedKnownFromKey(Blackhole hole) {
        for (int i = 0; i < argosKnown.length; i++) {
            hole.consume(ArgosCode.fromKey(steps[i] == 0 ? null : steps[i], kinds[i], argosKnown[i]));
        }
    }

    @Benchmark
    public void baselineUnknownWithoutReporting(Blackhole hole) {
        for (String code : unknown) {
            hole.consume(IdAnalyzerWarningTable.lookup(null, code));
        }
    }

    @Benchmark
    public void generatedUnknownFromCodeReported(Blackhole hole) {
        for (String code : unknown) {
            hole.consume(IdAnalyzerWarning.fromCode(code));
        }
    }
}
