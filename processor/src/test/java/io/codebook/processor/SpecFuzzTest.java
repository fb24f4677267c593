package io.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.naming.ExistingTypes;
import io.codebook.processor.naming.NamingStage;
import io.codebook.processor.locate.SpecSource;
import io.codebook.processor.yaml.SpecReader;
import io.codebook.processor.bind.CatalogBinder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Derives broken specs from the real ones (deleted and duplicated lines, truncation, random bytes,
 * values of the wrong type, broken indentation) and runs each through reading and validation.
 * Invariants: never an exception; either a valid catalog with no error, or at least one error with
 * a position in the file; every case within a time bound. The number of cases is
 * {@code -Dcodebook.fuzz.cases} (CI runs the default), the seed {@code -Dcodebook.fuzz.seed}.
 */
class SpecFuzzTest {

    private static final int CASES = Integer.getInteger("codebook.fuzz.cases", 3000);
    private static final long SEED = Long.getLong("codebook.fuzz.seed", 20261121L);
    private static final long BOUND_MILLIS = 5000;

    private static ExecutorService executor;

    @BeforeAll
    static void start() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "spec-fuzz");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    private record Seed(String id, String text) {}

    private static List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        for (String id : List.of("id-analyzer", "biometric-vision", "aiprise", "argos", "yoti-reason",
                "yoti-failure-type", "yoti-failure-detail", "canonical-reasons")) {
            try (InputStream in = SpecFuzzTest.class.getClassLoader().getResourceAsStream("codebook/" + id + ".yaml")) {
                seeds.add(new Seed(id, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        try (Stream<Path> files = Files.list(Compiled.testSpecs())) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                seeds.add(new Seed(name.substring(0, name.length() - ".yaml".length()), Files.readString(file)));
            }
        }
        return seeds;
    }

    @Test
    void brokenSpecsGiveAPositionedErrorOrAValidCatalogNeverAnExceptionAndInBoundedTime() throws Exception {
        List<Seed> seeds = seeds();
        Random random = new Random(SEED);
        int valid = 0;
        for (int i = 0; i < CASES; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            long caseSeed = random.nextLong();
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] bytes = mutation.apply(seed.text(), new Random(caseSeed));
            String label = "case " + i + " (" + mutation + " of " + seed.id() + ", seed " + caseSeed + ")";
            Future<Boolean> outcome = executor.submit(() -> check(seed.id(), bytes, label));
            try {
                valid += outcome.get(BOUND_MILLIS, TimeUnit.MILLISECONDS) ? 1 : 0;
            } catch (TimeoutException e) {
                outcome.cancel(true);
                fail(label + " took longer than " + BOUND_MILLIS + " ms");
            } catch (ExecutionException e) {
                throw new AssertionError(label + " threw", e.getCause());
            }
        }
        assertTrue(valid < CASES, "the mutations must break specs, not only reformat them");
    }

    /** @return whether the case produced a valid catalog */
    private static boolean check(String id, byte[] bytes, String label) {
        SpecSource source = new SpecSource(id, id + ".yaml", Optional.empty(), bytes);
        SpecReader.Result read = new SpecReader().read(source);
        List<Problem> problems = new ArrayList<>(read.problems().all());
        boolean validCatalog = false;
        if (read.root().isPresent()) {
            CatalogBinder.Result validated = new CatalogBinder().bind(id, read.root().get());
            problems.addAll(validated.problems().all());
            Problems naming = new Problems();
            validated.partial().ifPresent(catalog -> new NamingStage(ExistingTypes.NONE).name(catalog, "test", naming));
            problems.addAll(naming.all());
            // as the pipeline does: an error of any stage means no catalog
            validCatalog = validated.catalog().isPresent() && !read.problems().hasErrors() && !naming.hasErrors();
        }
        boolean hasError = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        if (validCatalog == hasError) {
            fail(label + ": " + (validCatalog ? "a valid catalog with errors " : "no catalog and no error ") + problems);
        }
        for (Problem problem : problems) {
            SpecPosition position = problem.position().orElseThrow(() -> new AssertionError(label + ": unplaced " + problem));
            if (position.line() < 1 || position.column() < 1
                    || !position.file().equals(id + ".yaml") || !problem.id().startsWith("CODEBOOK-")) {
                fail(label + ": badly positioned problem " + problem.render());
            }
        }
        return validCatalog;
    }

    private enum Mutation {
        DELETE_LINE {
            @Override
            byte[] apply(String text, Random random) {
                List<String> lines = new ArrayList<>(text.lines().toList());
                lines.remove(random.nextInt(lines.size()));
                return utf8(String.join("\n", lines));
            }
        },
        DUPLICATE_LINE {
            @Override
            byte[] apply(String text, Random random) {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int at = random.nextInt(lines.size());
                lines.add(at, lines.get(at));
                return utf8(String.join("\n", lines));
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(String text, Random random) {
                byte[] bytes = utf8(text);
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
        },
        RANDOM_BYTES {
            @Override
            byte[] apply(String text, Random random) {
                byte[] bytes = utf8(text);
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                return bytes;
            }
        },
        SWAP_TYPE {
            @Override
            byte[] apply(String text, Random random) {
                List<String> lines = new ArrayList<>(text.lines().toList());
                String[] replacements = {"[1, 2]", "{a: b}", "", "~", "\"\"", "-1", "true", "*alias", "!!int 3", "|"};
                for (int tries = 0; tries < 20; tries++) {
                    int at = random.nextInt(lines.size());
                    String line = lines.get(at);
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        lines.set(at, line.substring(0, colon + 2) + replacements[random.nextInt(replacements.length)]);
                        break;
                    }
                }
                return utf8(String.join("\n", lines));
            }
        },
        SHIFT_INDENT {
            @Override
            byte[] apply(String text, Random random) {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int at = random.nextInt(lines.size());
                lines.set(at, (random.nextBoolean() ? "  " : "") + lines.get(at).stripLeading());
                return utf8(String.join("\n", lines));
            }
        },
        RENAME_KEY {
            @Override
            byte[] apply(String text, Random random) {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int at = random.nextInt(lines.size());
                lines.set(at, lines.get(at).replaceFirst("([a-zA-Z]+):", "$1x:"));
                return utf8(String.join("\n", lines));
            }
        };

        abstract byte[] apply(String text, Random random);

        static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
