package io.codebook.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Prints the two compilation measurements: how a full compilation scales with a catalog's size, and
 * what the processor adds to compiling the shipped catalogs. Each is a ratio against a baseline from
 * the same run, beside its goal; the absolute medians are printed too, but only to explain a ratio.
 */
final class CompilationReport {

    private CompilationReport() {}

    static void printScale(boolean quick) throws IOException {
        ScaleHarness.Result result = ScaleHarness.run(quick);
        System.out.println();
        System.out.printf(Locale.ROOT, "Compilation at scale: processor + javac on a realistic catalog of %,d and of"
                + " %,d codes (warm JVM; median of %d and %d runs):%n", ScaleHarness.SMALL, ScaleHarness.LARGE,
                result.small().samples().size(), result.large().samples().size());
        System.out.printf(Locale.ROOT, "%-8s %10s %10s %10s %12s %10s %10s %10s %10s%n", "codes", "total ms",
                "cpu ms", "alloc MB", "codebook ms", "rounds ms", "analyze ms", "gen ms", "other ms");
        for (ScaleHarness.Size size : List.of(result.small(), result.large())) {
            List<Sample> s = size.samples();
            System.out.printf(Locale.ROOT, "%-8d %10.0f %10.0f %10.0f %12.0f %10.0f %10.0f %10.0f %10.0f%n",
                    size.codes(), ms(s, Sample::nanos), ms(s, Sample::cpuNanos), mb(s, Sample::allocatedBytes),
                    ms(s, Sample::codebookNanos), ms(s, Sample::roundsNanos), ms(s, Sample::analyzeNanos),
                    ms(s, Sample::generateNanos), ms(s, Sample::otherNanos));
        }
        List<Sample> small = result.small().samples();
        List<Sample> large = result.large().samples();
        System.out.printf(Locale.ROOT, "%-8s %10.1f %10.1f %10.1f %12.1f %10.1f %10.1f %10.1f %10.1f%n", "ratio",
                ratio(large, small, Sample::nanos), ratio(large, small, Sample::cpuNanos),
                ratio(large, small, Sample::allocatedBytes), ratio(large, small, Sample::codebookNanos),
                ratio(large, small, Sample::roundsNanos), ratio(large, small, Sample::analyzeNanos),
                ratio(large, small, Sample::generateNanos), ratio(large, small, Sample::otherNanos));
        verdict(String.format(Locale.ROOT, "t(%,d) / t(%,d)", ScaleHarness.LARGE, ScaleHarness.SMALL),
                ratio(large, small, Sample::nanos), ratio(large, small, Sample::cpuNanos), ScaleHarness.GOAL,
                "near linear in the number of codes");
        System.out.println("  total: wall time, which the goal is stated in; cpu: the compiling thread's (GC threads"
                + " left out).");
        System.out.println("  codebook: inside the processor (read, bind, generate, write); rounds: javac parsing and"
                + " entering the generated sources; analyze: attribution and flow; gen: class files; other: setup,"
                + " lowering.");
        warnings(result.warnings());
    }

    static void printOverhead(boolean quick) throws IOException {
        OverheadHarness.Result result = OverheadHarness.run(quick);
        List<Sample> with = result.withProcessor();
        List<Sample> without = result.withoutProcessor();
        System.out.println();
        System.out.printf(Locale.ROOT, "Processor overhead on the %d shipped catalogs: javac with the processor against"
                + " javac -proc:none on the%nsame consumer plus the %d sources (%,d lines) the processor generated"
                + " (warm JVM; median of %d runs each):%n", OverheadHarness.SHIPPED.size(), result.generatedFiles(),
                result.generatedLines(), with.size());
        System.out.printf(Locale.ROOT, "%-16s %10s %10s %10s %12s %12s%n", "compilation", "total ms", "cpu ms",
                "alloc MB", "codebook ms", "rounds ms");
        System.out.printf(Locale.ROOT, "%-16s %10.1f %10.1f %10.1f %12.1f %12.1f%n", "with processor",
                ms(with, Sample::nanos), ms(with, Sample::cpuNanos), mb(with, Sample::allocatedBytes),
                ms(with, Sample::codebookNanos), ms(with, Sample::roundsNanos));
        System.out.printf(Locale.ROOT, "%-16s %10.1f %10.1f %10.1f %12s %12s%n", "-proc:none",
                ms(without, Sample::nanos), ms(without, Sample::cpuNanos), mb(without, Sample::allocatedBytes), "-", "-");
        System.out.printf(Locale.ROOT, "%-16s %10.2f %10.2f %10.2f%n", "ratio", ratio(with, without, Sample::nanos),
                ratio(with, without, Sample::cpuNanos), ratio(with, without, Sample::allocatedBytes));
        verdict("t(with processor) / t(-proc:none)", ratio(with, without, Sample::nanos),
                ratio(with, without, Sample::cpuNanos), OverheadHarness.GOAL,
                "the processor adds at most 30% to compiling what it generates");
        warnings(result.warnings());
    }

    /** The goal is judged on wall time; the CPU-time ratio beside it shows how much a busy machine moved it. */
    private static void verdict(String what, double ratio, double cpuRatio, double goal, String meaning) {
        String limit = String.valueOf(goal).replaceAll("\\.0$", "");
        System.out.printf(Locale.ROOT, "%s = %.2f (thread cpu time: %.2f); goal: at most %s (%s): %s%n", what, ratio,
                cpuRatio, limit, meaning, ratio <= goal ? "met" : "NOT MET");
    }

    /** The generated code is meant to compile without a warning under -Xlint:all; say so if not. */
    private static void warnings(List<String> warnings) {
        if (!warnings.isEmpty()) {
            System.out.printf(Locale.ROOT, "  note: javac warned %d times, first: %s%n", warnings.size(),
                    warnings.get(0));
        }
    }

    private static double ms(List<Sample> samples, ToLongFunction<Sample> measure) {
        return Sample.median(samples, measure) / 1e6;
    }

    private static double mb(List<Sample> samples, ToLongFunction<Sample> measure) {
        return Sample.median(samples, measure) / (1024.0 * 1024.0);
    }

    private static double ratio(List<Sample> numerator, List<Sample> denominator, ToLongFunction<Sample> measure) {
        return (double) Sample.median(numerator, measure) / Sample.median(denominator, measure);
    }
}
