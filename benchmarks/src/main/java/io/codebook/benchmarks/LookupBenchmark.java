package io.codebook.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Looking up what a vendor sent: the generated lookups against what a team writes by hand today (a
 * {@code HashMap} from wire string to its own constant). 1,024 wire values per operation, 10% of them
 * unknown, so the unknown path is measured too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LookupBenchmark {

    private String[] codes;
    private int[] steps;
    private String[] argosCodes;
    private String[] argosKinds;
    private Map<String, Object> handWritten;
    private Map<String, Object> handWrittenComposite;

    @Setup
    public void setUp() {
        Random random = new Random(1);
        List<IdAnalyzerWarning> warnings = List.of(IdAnalyzerWarning.values());
        List<ArgosCode> argos = List.of(ArgosCode.values());
        handWritten = new HashMap<>();
        warnings.forEach(w -> handWritten.put(w.code(), w.name()));
        handWrittenComposite = new HashMap<>();
        argos.forEach(a -> handWrittenComposite.put((a.step().isPresent() ? a.step().getAsInt() : 0) + "/"
                + a.kind().value() + "/" + a.code(), a.name()));
        codes = new String[1024];
        steps = new int[1024];
        argosCodes = new String[1024];
        argosKinds = new String[1024];
        for (int i = 0; i < codes.length; i++) {
            boolean unknown = random.nextInt(10) == 0;
            codes[i] = unknown ? "UNKNOWN_" + i : warnings.get(random.nextInt(warnings.size())).code();
            ArgosCode code = argos.get(random.nextInt(argos.size()));
            steps[i] = code.step().isPresent() ? code.step().getAsInt() : 0;
            argosKinds[i] = code.kind().value();
            argosCodes[i] = unknown ? "unknown_" + i : code.code();
        }
    }

    @Benchmark
    public void baselineHashMapOfWireStrings(Blackhole hole) {
        for (String code : codes) {
            hole.consume(handWritten.get(code));
        }
    }

    @Benchmark
    public void generatedFromCode(Blackhole hole) {
        for (String code : codes) {
            hole.consume(IdAnalyzerWarning.fromCode(code));
        }
    }

    @Benchmark
    public void baselineHashMapOfConcatenatedKeys(Blackhole hole) {
        for (int i = 0; i < argosCodes.length; i++) {
            hole.consume(handWrittenComposite.get(steps[i] + "/" + argosKinds[i] + "/" + argosCodes[i]));
        }
    }

    @Benchmark
    public void generatedFromCompositeKey(Blackhole hole) {
        for (int i = 0; i < argosCodes.length; i++) {
            hole.consume(ArgosCode.fromKey(steps[i] == 0 ? null : steps[i], argosKinds[i], argosCodes[i]));
        }
    }
}
