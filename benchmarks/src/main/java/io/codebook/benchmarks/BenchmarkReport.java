package io.codebook.benchmarks;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints each measurement as a ratio to its baseline from the same run
 * (below 1 means Codebook is faster or allocates less). {@code --quick} shortens every phase, for a
 * smoke run whose numbers are not worth quoting; {@code --processor} runs only the processor harness,
 * {@code --compile} only the two compilation measurements. Run as {@link #USAGE}: compiling a
 * 20,000-code catalog in this JVM needs a deep stack for javac and a large heap.
 */
public final class BenchmarkReport {

    /** Each generated variant and the baseline it is compared with. */
    private static final Map<String, String> PAIRS = new LinkedHashMap<>();

    static {
        PAIRS.put("LookupBenchmark.generatedFromCode", "LookupBenchmark.baselineHashMapOfWireStrings");
        PAIRS.put("LookupBenchmark.generatedFromCompositeKey", "LookupBenchmark.baselineHashMapOfConcatenatedKeys");
        PAIRS.put("UnknownValueBenchmark.generatedKnownFromCode", "UnknownValueBenchmark.baselineKnownWithoutReporting");
        PAIRS.put("UnknownValueBenchmark.generatedKnownFromKey",
                "UnknownValueBenchmark.baselineKnownCompositeWithoutReporting");
        PAIRS.put("UnknownValueBenchmark.generatedUnknownFromCodeReported",
                "UnknownValueBenchmark.baselineUnknownWithoutReporting");
        PAIRS.put("TextBenchmark.generatedTypedText", "TextBenchmark.baselineMessageFormat");
        PAIRS.put("TextBenchmark.generatedUserTextFromBundle", "TextBenchmark.baselineMessageFormat");
        PAIRS.put("ResponseReaderBenchmark.generatedReadAndResolve",
                "ResponseReaderBenchmark.baselineHandWrittenReadAndResolve");
    }

    static final String USAGE =
            "java -Xss8m -Xmx3g -jar benchmarks/target/benchmarks.jar [--quick] [--processor | --compile]";

    private static final Set<String> FLAGS = Set.of("--quick", "--processor", "--compile");

    private BenchmarkReport() {}

    public static void main(String[] args) throws RunnerException, IOException {
        Set<String> flags = new HashSet<>(List.of(args));
        if (!FLAGS.containsAll(flags) || flags.containsAll(List.of("--processor", "--compile"))) {
            System.err.println("usage: " + USAGE);
            System.exit(2);
        }
        boolean quick = flags.contains("--quick");
        printHeader(quick);
        if (flags.contains("--processor")) {
            printProcessor(quick ? new int[] {500} : new int[] {500, 2_000, 10_000});
            return;
        }
        if (flags.contains("--compile")) {
            printCompilation(quick);
            return;
        }
        Options options = new OptionsBuilder()
                .include("io\\.codebook\\.benchmarks\\..*Benchmark")
                .forks(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        // by "Class.method", with " [name=value]" after it for a benchmark run once per parameter value
        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            byName.put(label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1)
                    + parameters(result.getParams()), result);
        }
        Map<String, String> rows = new LinkedHashMap<>();
        PAIRS.forEach((generated, baseline) -> byName.forEach((name, g) -> {
            if (name.equals(generated) || name.startsWith(generated + " [")) {
                RunResult b = byName.get(baseline + name.substring(generated.length()));
                if (b != null) {
                    rows.put(name, String.format(Locale.ROOT, "%12.2f %12s",
                            g.getPrimaryResult().getScore() / b.getPrimaryResult().getScore(), allocationRatio(g, b)));
                }
            }
        }));
        int width = Math.max(45, rows.keySet().stream().mapToInt(String::length).max().orElse(0));
        System.out.println();
        System.out.println("Generated code against its baseline (ratio = generated / baseline, same run):");
        System.out.printf(Locale.ROOT, "%-" + width + "s %12s %12s%n", "benchmark", "time ratio", "alloc ratio");
        rows.forEach((name, ratios) -> System.out.printf(Locale.ROOT, "%-" + width + "s %s%n", name, ratios));
        printProcessor(quick ? new int[] {500} : new int[] {500, 2_000, 10_000});
        printCompilation(quick);
    }

    private static void printHeader(boolean quick) {
        long heap = Runtime.getRuntime().maxMemory();
        System.out.println("Codebook benchmarks" + (quick ? " (--quick: a smoke run, numbers not worth quoting)" : "")
                + "; run as: " + USAGE);
        System.out.printf(Locale.ROOT, "Java %s, max heap %,d MB, %d processors%n", Runtime.version(),
                heap / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load > Runtime.getRuntime().availableProcessors()) {
            System.out.printf(Locale.ROOT, "warning: system load average %.1f exceeds the processors: times are"
                    + " stretched and noisy; compare cpu ms%n", load);
        }
        if (heap < 2_500L * 1024 * 1024) {
            System.out.println("warning: the 20,000-code compilation needs about 3 GB of heap: add -Xmx3g -Xss8m");
        }
    }

    /** In this JVM, after JMH (which forks its own): javac is measured warm, as a build daemon runs it. */
    private static void printCompilation(boolean quick) throws IOException {
        CompilationReport.printOverhead(quick);
        CompilationReport.printScale(quick);
    }

    private static void printProcessor(int[] sizes) {
        System.out.println();
        System.out.println("Processor (read + validate + generate + render) against SnakeYAML loading the same spec:");
        System.out.printf(Locale.ROOT, "%-10s %14s %14s %12s %12s%n", "codes", "baseline ms", "codebook ms",
                "time ratio", "alloc ratio");
        for (ProcessorHarness.Result result : ProcessorHarness.run(sizes)) {
            System.out.printf(Locale.ROOT, "%-10d %14.1f %14.1f %12.2f %12.2f%n", result.codes(),
                    result.baselineNanos() / 1e6, result.codebookNanos() / 1e6, result.timeRatio(), result.memoryRatio());
        }
    }

    /** The benchmark's parameters as " [name=value, …]", or nothing when it has none. */
    private static String parameters(BenchmarkParams params) {
        if (params.getParamsKeys().isEmpty()) {
            return "";
        }
        return params.getParamsKeys().stream().sorted().map(key -> key + "=" + params.getParam(key))
                .collect(Collectors.joining(", ", " [", "]"));
    }

    private static String allocationRatio(RunResult generated, RunResult baseline) {
        Result<?> g = generated.getSecondaryResults().get("gc.alloc.rate.norm");
        Result<?> b = baseline.getSecondaryResults().get("gc.alloc.rate.norm");
        if (g == null || b == null || b.getScore() == 0) {
            return g != null && g.getScore() < 1 ? "0 / 0" : "n/a";
        }
        return String.format(Locale.ROOT, "%.2f", g.getScore() / b.getScore());
    }
}
