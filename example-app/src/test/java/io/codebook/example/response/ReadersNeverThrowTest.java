package io.codebook.example.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.Resolution;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.Verdict;
import io.codebook.runtime.VendorResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated readers never throw and never return {@code null}, for any tree: random trees
 * (wrong types everywhere, deep nesting, huge strings, maps keyed by other than strings), and every
 * sample body with its values swapped for wrong ones. And whatever a reader makes of a tree, the
 * resolution is fail-closed: it proceeds only on an approval.
 *
 * <p>{@code -Dcodebook.property.trees=N} reads more trees (default 1,500 per reader);
 * {@code -Dcodebook.property.seed=S} replays a run.
 */
class ReadersNeverThrowTest {

    private static final int TREES = Integer.getInteger("codebook.property.trees", 1_500);
    private static final long SEED = Long.getLong("codebook.property.seed", 20261129L);
    private static final List<String> WORDS = List.of("retry", "retryCode", "kycStatus", "incomplete", "rejected",
            "approved", "warning", "code", "decision", "reject", "accept", "event", "flow.end", "technology.end",
            "data", "session_result", "liveness_result", "failure_reason", "type", "detail", "identity_profile",
            "result", "ABORTED", "DONE", "requirements_not_met_details", "failure_type", "details", "reason_code",
            "aiprise_summary", "verification_result", "DECLINED", "status", "FAILED", "message", "error",
            "webhook_trigger", "kyc_result", "commentCode", "Items", "kyc", "sessionId", "state", "ONGOING",
            "success", "true", "false", "", "Ünïcødé ☃", "\u0000", "glare_detected", "FACE_MISMATCH");

    private static void check(ResponseReader<?> reader, Object tree, String what) {
        for (Map<String, ?> context : List.of(Map.<String, Object>of(), Map.of("step", 1), Map.of("step", "two"))) {
            try {
                assertNotNull(Boolean.valueOf(reader.recognises(tree)));
                VendorResponse response = reader.read(tree, context);
                assertNotNull(response, what);
                assertNotNull(response.shape(), what);
                assertNotNull(response.verdict(), what);
                assertNotNull(response.findings(), what);
                Resolution resolution = response.resolve();
                assertNotNull(resolution.action(), what);
                if (resolution.action() == NextAction.PROCEED && response.verdict() != Verdict.APPROVED) {
                    fail(what + ": proceeds on " + response.verdict());
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(reader.catalog().id() + " threw on " + what + ": " + e, e);
            }
        }
        try {
            assertNotNull(reader.read(tree, null), what);
        } catch (RuntimeException e) {
            throw new AssertionError(reader.catalog().id() + " threw with no context on " + what + ": " + e, e);
        }
    }

    @Test
    void noRandomTreeMakesAReaderThrowOrProceedWithoutAnApproval() {
        Random random = new Random(SEED);
        for (int i = 0; i < TREES; i++) {
            long seed = random.nextLong();
            Object tree = randomValue(new Random(seed), 0);
            for (ResponseReader<?> reader : VendorReaders.BY_NAME.values()) {
                check(reader, tree, "tree of seed " + seed);
            }
        }
    }

    @Test
    void everySampleWithItsValuesSwappedForWrongOnesIsReadWithoutAThrow() throws IOException {
        Random random = new Random(SEED);
        List<Path> samples;
        try (Stream<Path> walk = Files.walk(Path.of("samples"))) {
            samples = walk.filter(p -> p.toString().endsWith(".json") && !p.endsWith("malformed.json")).sorted().toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        int read = 0;
        for (Path sample : samples) {
            Object original = mapper.readValue(sample.toFile(), Object.class);
            for (ResponseReader<?> reader : VendorReaders.BY_NAME.values()) {
                check(reader, original, sample.toString());
                read++;
            }
            for (int i = 0; i < 40; i++) {
                Object mutated = mutate(mapper.readValue(sample.toFile(), Object.class), random, 0);
                for (ResponseReader<?> reader : VendorReaders.BY_NAME.values()) {
                    check(reader, mutated, sample + " mutated (" + i + ")");
                }
            }
        }
        assertEquals(samples.size() * VendorReaders.BY_NAME.size(), read);
    }

    @Test
    void aTreeFarDeeperThanAnyPathIsReadWithoutRecursingIntoIt() {
        Object deep = "bottom";
        for (int i = 0; i < 100_000; i++) {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put(i % 2 == 0 ? "data" : "retry", i % 3 == 0 ? List.of(deep) : deep);
            deep = level;
        }
        for (ResponseReader<?> reader : VendorReaders.BY_NAME.values()) {
            check(reader, deep, "a tree 100,000 levels deep");
        }
    }

    /** Replaces some values of a real body with values of the wrong type (or removes them). */
    @SuppressWarnings("unchecked")
    private static Object mutate(Object value, Random random, int depth) {
        if (random.nextInt(8) == 0) {
            return randomValue(random, depth + 3);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                if (random.nextInt(12) != 0) {
                    copy.put(entry.getKey(), mutate(entry.getValue(), random, depth + 1));
                }
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object item : list) {
                copy.add(mutate(item, random, depth + 1));
            }
            if (random.nextInt(6) == 0) {
                copy.add(randomValue(random, depth + 3));
            }
            return copy;
        }
        return value;
    }

    private static Object randomValue(Random random, int depth) {
        int kind = depth > 12 ? 4 + random.nextInt(8) : random.nextInt(12);
        return switch (kind) {
            case 0, 1 -> {
                Map<Object, Object> map = random.nextInt(10) == 0 ? new HashMap<>() : new LinkedHashMap<>();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    map.put(word(random), randomValue(random, depth + 1));
                }
                if (random.nextInt(20) == 0) {
                    map.put(null, "a null key");
                }
                yield map;
            }
            case 2 -> {
                TreeMap<Integer, Object> sorted = new TreeMap<>();
                sorted.put(random.nextInt(5), randomValue(random, depth + 1));
                yield sorted;
            }
            case 3 -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(random.nextInt(8) == 0 ? null : randomValue(random, depth + 1));
                }
                yield list;
            }
            case 4, 5 -> word(random);
            case 6 -> random.nextInt(50) == 0 ? "x".repeat(200_000) : word(random) + random.nextInt(100);
            case 7 -> random.nextBoolean();
            case 8 -> Arrays.asList(random.nextInt(), random.nextLong(), random.nextDouble(), Double.NaN,
                    Double.POSITIVE_INFINITY, 3.0, 0.1f).get(random.nextInt(7));
            case 9 -> random.nextBoolean() ? new BigDecimal("1e-100000") : new BigInteger("9".repeat(300));
            case 10 -> null;
            default -> random.nextInt(4);
        };
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }
}
