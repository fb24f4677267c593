package io.codebook.benchmarks;

import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.generate.CatalogGenerator;
import io.codebook.processor.generate.GenerationContext;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.naming.ExistingTypes;
import io.codebook.processor.naming.NamingStage;
import io.codebook.processor.locate.SpecSource;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.yaml.SpecReader;
import io.codebook.processor.bind.CatalogBinder;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Measures the processor's work on one catalog (read, validate, generate and render the sources)
 * against a baseline measured in the same run: SnakeYAML safely loading the same spec into maps, the
 * least any YAML-driven generator must do. Reported as ratios of median time and of allocated bytes.
 */
public final class ProcessorHarness {

    private static final int WARMUP = 5;
    private static final int RUNS = 9;

    /** One size's result. */
    public record Result(int codes, long baselineNanos, long codebookNanos, long baselineBytes, long codebookBytes) {
        double timeRatio() {
            return (double) codebookNanos / baselineNanos;
        }

        double memoryRatio() {
            return (double) codebookBytes / baselineBytes;
        }
    }

    private ProcessorHarness() {}

    public static List<Result> run(int... sizes) {
        List<Result> results = new ArrayList<>();
        for (int size : sizes) {
            byte[] spec = spec(size);
            Supplier<Object> baseline = () -> new Yaml(new SafeConstructor(baselineOptions()))
                    .load(new String(spec, StandardCharsets.UTF_8));
            Supplier<Object> codebook = () -> generate(spec);
            long[] baselineTime = measure(baseline);
            long[] codebookTime = measure(codebook);
            results.add(new Result(size, baselineTime[0], codebookTime[0], baselineTime[1], codebookTime[1]));
        }
        return results;
    }

    /** SnakeYAML's defaults, but without its 3 MB document limit (Codebook's is 4 MiB). */
    private static LoaderOptions baselineOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(8 * 1024 * 1024);
        return options;
    }

    private static Object generate(byte[] spec) {
        SpecReader.Result read = new SpecReader().read(new SpecSource("bench", "bench.yaml", Optional.empty(), spec));
        Catalog catalog = new CatalogBinder().bind("bench", read.root().orElseThrow()).catalog()
                .orElseThrow(() -> new IllegalStateException("the benchmark spec must be valid"));
        Problems problems = new Problems();
        NamedCatalog named = new NamedCatalog(catalog, new NamingStage(ExistingTypes.NONE).name(catalog, "bench", problems));
        StringBuilder sources = new StringBuilder();
        new CatalogGenerator().generate(named, new GenerationContext(id -> Optional.empty(), List.of(), Optional.empty()))
                .forEach(file -> sources.append(file.toString()));
        return sources.length();
    }

    /** Median nanoseconds and median allocated bytes of one call. */
    private static long[] measure(Supplier<Object> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        long[] nanos = new long[RUNS];
        long[] bytes = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long allocated = threads.getThreadAllocatedBytes(id);
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
            bytes[i] = threads.getThreadAllocatedBytes(id) - allocated;
        }
        Arrays.sort(nanos);
        Arrays.sort(bytes);
        return new long[] {nanos[RUNS / 2], bytes[RUNS / 2]};
    }

    /** A catalog of {@code size} codes shaped like the shipped ones: enum attributes, texts, placeholders. */
    static byte[] spec(int size) {
        StringBuilder spec = new StringBuilder("""
                codebook: 1
                catalog: {id: bench, vendor: Bench, title: Bench, source: {document: bench.txt}}
                attributes:
                  severity: {type: enum, required: true, values: [High, Medium, Low, None]}
                  httpStatus: {type: integer}
                groups:
                  - id: all
                    title: All
                    codes:
                """);
        String[] severities = {"High", "Medium", "Low", "None"};
        for (int i = 0; i < size; i++) {
            spec.append("      - code: CODE_").append(i).append('\n')
                    .append("        severity: ").append(severities[i % 4]).append('\n')
                    .append("        httpStatus: ").append(400 + i % 10).append('\n')
                    .append("        description: \"Front: %s, back: %s, code ").append(i).append(".\"\n")
                    .append("        placeholders: [{name: front}, {name: back}]\n")
                    .append("        messages: [\"Please retry (").append(i).append(").\"]\n");
        }
        return spec.toString().getBytes(StandardCharsets.UTF_8);
    }
}
