package io.codebook.benchmarks;

import io.codebook.processor.CodebookProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the processor adds to a build that uses every shipped catalog: javac with Codebook's processor
 * on a consumer requesting all of them, against javac with {@code -proc:none} on that consumer plus
 * the very sources the processor generated. The baseline compiles exactly the same Java; the
 * difference is reading the specs, generating, and javac's processing rounds.
 */
final class OverheadHarness {

    /** Every catalog shipped in {@code codebook-catalog-specs}. */
    static final List<String> SHIPPED = List.of("id-analyzer", "biometric-vision", "aiprise", "argos",
            "yoti-reason", "yoti-failure-type", "yoti-failure-detail", "canonical-reasons");
    /** The most t(with processor) / t(-proc:none) may be. */
    static final double GOAL = 1.3;

    /**
     * @param generatedFiles how many Java sources the processor generated
     * @param generatedLines their lines, to give the baseline's size
     * @param warnings javac's warnings on either compilation (none expected)
     */
    record Result(List<Sample> withProcessor, List<Sample> withoutProcessor, int generatedFiles,
            long generatedLines, List<String> warnings) {}

    private OverheadHarness() {}

    /**
     * Alternates the two compilations, warm-ups and measured runs alike, so that a drift in the
     * machine's speed (JIT, other processes) weighs on both the same.
     */
    static Result run(boolean quick) throws IOException {
        requireShippedSpecs();
        try (Workspace workspace = new Workspace("codebook-overhead")) {
            Path runtime = RuntimeClasses.copyTo(workspace.newDirectory("runtime"));
            Path consumer = Workspace.writeSource(workspace.newDirectory("consumer"), "bench", "Catalogs", """
                    package bench;

                    @io.codebook.runtime.Codebook({%s})
                    final class Catalogs {}
                    """.formatted(SHIPPED.stream().map(id -> '"' + id + '"').collect(Collectors.joining(", "))));
            Path generated = workspace.newDirectory("generated");
            Compilations compilations = new Compilations(workspace, runtime, consumer);
            compilations.withProcessor(Optional.of(generated));
            List<Path> baselineSources = new ArrayList<>(List.of(consumer));
            baselineSources.addAll(Workspace.javaFiles(generated));
            if (baselineSources.size() == 1) {
                throw new IllegalStateException("The processor generated no sources for the shipped catalogs");
            }
            long lines = 0;
            for (Path source : baselineSources.subList(1, baselineSources.size())) {
                lines += Files.readAllLines(source).size();
            }
            int warmups = quick ? 1 : 5;
            int runs = quick ? 1 : 9;
            for (int i = 0; i < warmups; i++) {
                compilations.withProcessor(Optional.empty());
                compilations.withoutProcessor(baselineSources);
            }
            List<Sample> with = new ArrayList<>();
            List<Sample> without = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                with.add(compilations.withProcessor(Optional.empty()));
                without.add(compilations.withoutProcessor(baselineSources));
            }
            return new Result(with, without, baselineSources.size() - 1, lines,
                    List.copyOf(compilations.warnings));
        }
    }

    /** Without the specs jar on the classpath the processor would fail on every id; say why up front. */
    private static void requireShippedSpecs() {
        for (String id : SHIPPED) {
            if (CodebookProcessor.class.getClassLoader().getResource("codebook/" + id + ".yaml") == null) {
                throw new IllegalStateException("codebook/" + id + ".yaml is not on the classpath: the benchmarks"
                        + " need codebook-catalog-specs");
            }
        }
    }

    /** The two compilations compared, each into fresh output directories. */
    private static final class Compilations {

        private final Workspace workspace;
        private final Path runtime;
        private final Path consumer;
        private final java.util.Set<String> warnings = new java.util.LinkedHashSet<>();

        Compilations(Workspace workspace, Path runtime, Path consumer) {
            this.workspace = workspace;
            this.runtime = runtime;
            this.consumer = consumer;
        }

        /** With the processor; its generated sources are copied into {@code keepSources} if given. */
        Sample withProcessor(Optional<Path> keepSources) throws IOException {
            Path output = workspace.newDirectory("with");
            try {
                Sample sample = compile(List.of(consumer), List.of("-s", output.resolve("generated").toString()),
                        output, Optional.of(new CodebookProcessor()), "The consumer of the shipped catalogs");
                if (keepSources.isPresent()) {
                    copyJavaFiles(output.resolve("generated"), keepSources.get());
                }
                return sample;
            } finally {
                Workspace.delete(output);
            }
        }

        /** The same consumer and the sources the processor generated, with annotation processing off. */
        Sample withoutProcessor(List<Path> sources) throws IOException {
            Path output = workspace.newDirectory("without");
            try {
                return compile(sources, List.of("-proc:none"), output, Optional.empty(),
                        "The shipped catalogs' generated sources");
            } finally {
                Workspace.delete(output);
            }
        }

        private Sample compile(List<Path> sources, List<String> extraOptions, Path output,
                Optional<javax.annotation.processing.Processor> processor, String what) {
            List<String> options = new ArrayList<>(Javac.LINT_AND_RELEASE);
            options.addAll(extraOptions);
            options.addAll(List.of("-classpath", runtime.toString(), "-d", output.resolve("classes").toString()));
            // The previous run's garbage is collected now, not during this run's timing.
            System.gc();
            Javac.Result result = Javac.compile(sources, options, processor).requireSuccess(what);
            warnings.addAll(result.warnings());
            return result.sample();
        }

        /** Only the sources: the bundles go to the class output, and the baseline needs only Java. */
        private static void copyJavaFiles(Path from, Path to) throws IOException {
            for (Path file : Workspace.javaFiles(from)) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
