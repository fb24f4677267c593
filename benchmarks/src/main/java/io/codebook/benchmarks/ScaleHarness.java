package io.codebook.benchmarks;

import io.codebook.processor.CodebookProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a full compilation (Codebook's processor, then javac compiling its output) grows with the size
 * of a catalog: a consumer requesting a {@link LargeCatalogSpec realistic catalog} of 2,000 codes
 * against one of 20,000, in the same warm JVM. The baseline is the small catalog: ten times the codes
 * should cost about ten times the time, not a hundred.
 */
final class ScaleHarness {

    static final int SMALL = 2_000;
    static final int LARGE = 20_000;
    /** The most t(LARGE) / t(SMALL) may be: near linear, with room for a larger working set. */
    static final double GOAL = 12;

    /** The timed compilations of one size, warm-ups left out. */
    record Size(int codes, List<Sample> samples) {}

    /** @param warnings javac's warnings on the last compilation of each size (none expected) */
    record Result(Size small, Size large, List<String> warnings) {}

    private ScaleHarness() {}

    /**
     * Warms both sizes up before measuring either, so the small one is not measured on a JVM the large
     * one then warms further. A 20,000-code compilation takes tens of seconds: few runs.
     */
    static Result run(boolean quick) throws IOException {
        try (Workspace workspace = new Workspace("codebook-scale")) {
            Path runtime = RuntimeClasses.copyTo(workspace.newDirectory("runtime"));
            SizedCatalog small = new SizedCatalog(workspace, runtime, SMALL);
            SizedCatalog large = new SizedCatalog(workspace, runtime, LARGE);
            small.compile(quick ? 1 : 3);
            large.compile(1);
            List<Sample> smallSamples = small.compile(quick ? 1 : 5);
            List<Sample> largeSamples = large.compile(quick ? 1 : 3);
            List<String> warnings = new ArrayList<>(small.warnings);
            warnings.addAll(large.warnings);
            return new Result(new Size(SMALL, smallSamples), new Size(LARGE, largeSamples), warnings);
        }
    }

    /** One size's specs and consumer, and how to compile them once more. */
    private static final class SizedCatalog {

        private final Workspace workspace;
        private final Path runtime;
        private final int codes;
        private final Path specs;
        private final Path consumer;
        private List<String> warnings = List.of();

        SizedCatalog(Workspace workspace, Path runtime, int codes) throws IOException {
            this.workspace = workspace;
            this.runtime = runtime;
            this.codes = codes;
            specs = workspace.newDirectory("specs-" + codes);
            LargeCatalogSpec.writeTo(specs, codes);
            consumer = Workspace.writeSource(workspace.newDirectory("consumer-" + codes), "bench", "Catalogs", """
                    package bench;

                    @io.codebook.runtime.Codebook("%s")
                    final class Catalogs {}
                    """.formatted(LargeCatalogSpec.ID));
        }

        List<Sample> compile(int times) throws IOException {
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                samples.add(compileOnce());
            }
            return samples;
        }

        private Sample compileOnce() throws IOException {
            Path output = workspace.newDirectory("out-" + codes);
            try {
                List<String> options = new ArrayList<>(Javac.LINT_AND_RELEASE);
                options.addAll(List.of("-A" + CodebookProcessor.SPEC_DIRS_OPTION + "=" + specs,
                        "-classpath", runtime.toString(),
                        "-d", output.resolve("classes").toString(),
                        "-s", output.resolve("generated").toString()));
                // The previous run's garbage is collected now, not during this run's timing.
                System.gc();
                Javac.Result result = Javac.compile(List.of(consumer), options, Optional.of(new CodebookProcessor()))
                        .requireSuccess("The " + codes + "-code catalog");
                warnings = result.warnings();
                return result.sample();
            } finally {
                Workspace.delete(output);
            }
        }
    }
}
