package io.codebook.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codebook.benchmarks.handwritten.HandWrittenReaders;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.VendorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a vendor body and deciding the next action: the generated response reader against today's
 * hand-written Jackson {@code JsonNode} readers the example app had before it (kept as the baseline in
 * {@code io.codebook.benchmarks.handwritten}), on the same real published bodies (the example app's
 * samples, packed under {@code bodies/}; their sources are in {@code example-app/samples/README.md}). Each body is parsed once, before measuring, into the tree each reader takes: parsing is
 * the JSON library's cost, the same for both, and not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResponseReaderBenchmark {

    /** The body, as its path under {@code bodies/} without {@code .json}; the folder names the vendor. */
    @Param({
        "argos/step2-retry--one-code-face-compare",
        "id-analyzer/scan--reject-two-warnings-fragment",
        "yoti/idv-session--aborted-identity-profile-two-details",
        "biometric-vision/flow-end--failed-calc-result-low-overall-prediction"
    })
    public String body;

    /** The ARGOS body is Step 2's answer; an application knows which step it called and gives it to both. */
    private static final int ARGOS_STEP = 2;

    private String vendor;
    private Integer step;
    private Map<String, ?> context;
    private ResponseReader<?> reader;
    private Object tree;
    private JsonNode node;

    @Setup
    public void setUp() {
        vendor = body.substring(0, body.indexOf('/'));
        step = vendor.equals("argos") ? ARGOS_STEP : null;
        context = step == null ? Map.of() : Map.of("step", step);
        reader = switch (vendor) {
            case "argos" -> ArgosResponse.READER;
            case "yoti" -> YotiResponse.READER;
            case "id-analyzer" -> IdAnalyzerResponse.READER;
            case "aiprise" -> AiPriseResponse.READER;
            case "biometric-vision" -> BiometricVisionResponse.READER;
            default -> throw new IllegalArgumentException("no reader for " + vendor);
        };
        ObjectMapper mapper = new ObjectMapper();
        byte[] json = read("/bodies/" + body + ".json");
        try {
            tree = mapper.readValue(json, Object.class);
            node = mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // What each reader made of the body, on the run's output: the two may not understand it alike,
        // and then the ratio compares different work.
        VendorResponse generated = reader.read(tree, context);
        Object handWritten = HandWrittenReaders.read(vendor, node, step);
        System.out.println();
        System.out.println("[" + body + "] generated: " + generated.getClass().getSimpleName() + ", verdict "
                + generated.verdict() + ", " + generated.findings().size() + " finding(s), next action "
                + generated.resolve().action().specName());
        System.out.println("[" + body + "] hand-written: " + HandWrittenReaders.describe(handWritten)
                + ", next action " + HandWrittenReaders.action(handWritten).specName());
    }

    private static byte[] read(String resource) {
        try (InputStream in = ResponseReaderBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public NextAction baselineHandWrittenReadAndResolve(Blackhole hole) {
        Object report = HandWrittenReaders.read(vendor, node, step);
        hole.consume(report);
        return HandWrittenReaders.action(report);
    }

    @Benchmark
    public NextAction generatedReadAndResolve(Blackhole hole) {
        VendorResponse response = reader.read(tree, context);
        hole.consume(response);
        return response.resolve().action();
    }
}
