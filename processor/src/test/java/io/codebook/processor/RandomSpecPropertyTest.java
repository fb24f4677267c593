package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import io.codebook.processor.SpecJudge.Accepted;
import io.codebook.processor.SpecJudge.Case;
import io.codebook.processor.SpecJudge.Failed;
import io.codebook.processor.SpecJudge.Rejected;
import io.codebook.processor.SpecJudge.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor's promise: any spec it accepts generates Java that compiles under
 * {@code -Xlint:all -Werror --release 17}, and any spec it cannot generate for is rejected with a
 * positioned error {@code file:line:column: ... [CODEBOOK-...]}, never an internal failure
 * ({@code CODEBOOK-INTERNAL}) and never broken code handed to javac.
 *
 * <p>Three kinds of tests check it:
 *
 * <ul>
 *   <li>a property test over random specs drawn by {@link RandomSpecs} (plausibly valid, with
 *       adversarial names and values) and judged by {@link SpecJudge}. It collects every failure
 *       and reports them all at once, grouped by how they fail, in its assertion message and in
 *       {@code target/random-spec-failures.txt};
 *   <li>fixed cases of names that collide or hide something, each with the outcome it must have;
 *   <li>the failures the random specs found, each made as small as it gets.
 * </ul>
 *
 * <p>System properties of the property test: {@code codebook.property.specs} (how many specs,
 * default 400), {@code codebook.property.seed} (the run's seed), {@code codebook.property.caseSeed}
 * (judge only the spec a failure report names by its caseSeed, and keep its generated files),
 * {@code codebook.property.splitAbove} (with caseSeed: the split option the report names) and
 * {@code codebook.property.shrink} (seconds to spend making the first spec of each kind of failure
 * smaller; 0, the default, reports it as drawn).
 */
class RandomSpecPropertyTest {

    private static final int SPECS = Integer.getInteger("codebook.property.specs", 400);
    private static final long SEED = Long.getLong("codebook.property.seed", 20250611L);
    private static final Long CASE_SEED = Long.getLong("codebook.property.caseSeed");
    private static final Integer SPLIT_ABOVE = Integer.getInteger("codebook.property.splitAbove");
    private static final int SHRINK_SECONDS = Integer.getInteger("codebook.property.shrink", 0);
    /** Specs per compilation: enough to spread javac's start-up cost, few enough to pinpoint a culprit fast. */
    private static final int BATCH = 16;
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final Path REPORT = Path.of("target", "random-spec-failures.txt");

    // --- the property, over random specs ------------------------------------------------------------

    /** Specs compiled together, and the processor option they are compiled with (the split shape, or not). */
    private record Batch(List<Case> cases, Optional<Integer> splitAbove) {
        List<String> options() {
            return splitOptions(splitAbove);
        }
    }

    private record Judged(Batch batch, Case spec, Verdict verdict) {
        Optional<Failed> failure() {
            return verdict instanceof Failed failed ? Optional.of(failed) : Optional.empty();
        }
    }

    private static List<String> splitOptions(Optional<Integer> splitAbove) {
        return splitAbove.map(n -> List.of("-A" + CodebookProcessor.SPLIT_ABOVE_OPTION + "=" + n)).orElse(List.of());
    }

    @Test
    void everyAcceptedSpecCompilesAndEveryOtherIsRejectedWithAPositionedError() throws Exception {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        List<Batch> batches = CASE_SEED != null ? List.of(single(CASE_SEED)) : batches(SEED, SPECS);
        List<Judged> judged = inParallel(batches.stream().map(RandomSpecPropertyTest::judging).toList())
                .stream().flatMap(List::stream).toList();
        String summary = tally(judged) + " of " + judged.size() + " specs (" + withResponses(judged) + "; seed " + SEED
                + ", "
                + (System.nanoTime() - start) / 1_000_000_000 + " s, " + (processCpuNanos() - cpuStart) / 1_000_000_000
                + " s of CPU); errors of the rejected specs: " + rejectionIds(judged);
        Map<String, List<Judged>> byKindOfFailure = new LinkedHashMap<>();
        judged.forEach(j -> j.failure().ifPresent(f -> byKindOfFailure
                .computeIfAbsent(f.signature(), k -> new ArrayList<>()).add(j)));
        List<String> firstOfEachKind = inParallel(byKindOfFailure.values().stream()
                .map(RandomSpecPropertyTest::describing).toList());
        writeReport(summary, firstOfEachKind, judged);
        if (!byKindOfFailure.isEmpty()) {
            fail(byKindOfFailure.values().stream().mapToInt(List::size).sum() + " specs break the promise in "
                    + byKindOfFailure.size() + " ways; " + summary + ". Every failing spec is in "
                    + REPORT.toAbsolutePath() + "; the first of each way:\n\n" + String.join("\n", firstOfEachKind));
        }
        if (CASE_SEED == null) {
            long accepted = judged.stream().filter(j -> j.verdict() instanceof Accepted).count();
            long rejected = judged.stream().filter(j -> j.verdict() instanceof Rejected).count();
            assertTrue(accepted >= judged.size() / 4, "too few specs are valid to test generation: " + summary);
            assertTrue(rejected >= judged.size() / 10, "too few specs are adversarial enough to be rejected: " + summary);
        }
    }

    /** The run's specs, in batches of distinct catalog ids; a third of the batches in the split shape. */
    private static List<Batch> batches(long seed, int count) {
        Random random = new Random(seed);
        List<Batch> batches = new ArrayList<>();
        List<Case> current = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            long caseSeed = random.nextLong();
            RandomSpecs.RandomSpec spec = RandomSpecs.draw(caseSeed);
            if (current.size() == BATCH || ids.contains(spec.id())) {
                batches.add(new Batch(current, splitAbove(random)));
                current = new ArrayList<>();
                ids.clear();
            }
            ids.add(spec.id());
            current.add(new Case("spec " + i + " (caseSeed " + caseSeed + ")", spec.id(), spec.yaml()));
        }
        if (!current.isEmpty()) {
            batches.add(new Batch(current, splitAbove(random)));
        }
        return batches;
    }

    /** One batch in three is generated in the split shape, its catalogs split above 1, 2 or 3 codes. */
    private static Optional<Integer> splitAbove(Random random) {
        return random.nextInt(3) == 0 ? Optional.of(1 + random.nextInt(3)) : Optional.empty();
    }

    private static Batch single(long caseSeed) {
        RandomSpecs.RandomSpec spec = RandomSpecs.draw(caseSeed);
        return new Batch(List.of(new Case("caseSeed " + caseSeed, spec.id(), spec.yaml())),
                Optional.ofNullable(SPLIT_ABOVE));
    }

    private static Callable<List<Judged>> judging(Batch batch) {
        return () -> {
            List<Verdict> verdicts = new SpecJudge(batch.options(), CASE_SEED != null).judge(batch.cases());
            List<Judged> judged = new ArrayList<>();
            for (int i = 0; i < verdicts.size(); i++) {
                judged.add(new Judged(batch, batch.cases().get(i), verdicts.get(i)));
            }
            return judged;
        };
    }

    /** The first spec of a kind of failure, made smaller when {@code codebook.property.shrink} allows. */
    private static Callable<String> describing(List<Judged> sameKind) {
        return () -> {
            Judged first = sameKind.get(0);
            String others = sameKind.size() == 1 ? "" : "(and " + (sameKind.size() - 1) + " more: " + String.join("; ",
                    sameKind.subList(1, sameKind.size()).stream().map(j -> j.spec().label()).toList()) + ")\n";
            if (SHRINK_SECONDS <= 0) {
                return describe(first) + others;
            }
            Case smaller = new SpecShrinker(new SpecJudge(first.batch().options(), false), SHRINK_SECONDS * 1000L)
                    .shrink(first.spec(), first.failure().orElseThrow());
            return describe(first) + others + "--- made smaller, failing the same way:\n" + abridged(smaller.yaml());
        };
    }

    /** Runs the tasks on every core (each compilation is independent) and returns their results in order. */
    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(executor.submit(task)));
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static Map<String, Integer> tally(List<Judged> judged) {
        Map<String, Integer> tally = new TreeMap<>();
        for (Judged j : judged) {
            String kind = j.failure().map(f -> "failed " + f.kind())
                    .orElse(j.verdict() instanceof Rejected ? "rejected" : "accepted");
            tally.merge(kind, 1, Integer::sum);
        }
        return tally;
    }

    /** How many specs describe responses, and how many of those were accepted and rejected. */
    private static String withResponses(List<Judged> judged) {
        List<Judged> with = judged.stream().filter(j -> j.spec().yaml().contains("\nresponses:")).toList();
        return with.size() + " with responses: " + tally(with) + ", rejected by " + rejectionIds(with);
    }

    /** How many rejected specs had each error id, most frequent first. */
    private static String rejectionIds(List<Judged> judged) {
        Map<String, Integer> counts = new TreeMap<>();
        judged.stream().map(Judged::verdict).filter(v -> v instanceof Rejected)
                .forEach(v -> new TreeSet<>(((Rejected) v).ids()).forEach(id -> counts.merge(id, 1, Integer::sum)));
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> e.getKey() + "=" + e.getValue()).toList().toString();
    }

    private static String describe(Judged judged) {
        Failed failed = judged.failure().orElseThrow();
        return "=== " + judged.spec().label() + ", " + failed.kind()
                + judged.batch().splitAbove().map(n -> ", with -A" + CodebookProcessor.SPLIT_ABOVE_OPTION + "=" + n)
                        .orElse("")
                + "\n" + abridged(failed.detail().strip()) + "--- " + judged.spec().id() + ".yaml\n"
                + abridged(judged.spec().yaml());
    }

    /** The text with lines too long to read cut short (the seed reproduces them in full). */
    private static String abridged(String text) {
        return String.join("\n", text.lines().map(l -> l.length() <= 300 ? l
                : l.substring(0, 200) + "... (" + l.length() + " characters)").toList()) + "\n";
    }

    private static void writeReport(String summary, List<String> firstOfEachKind, List<Judged> judged)
            throws IOException {
        StringBuilder text = new StringBuilder(summary).append("\n\n");
        text.append("##### ").append(firstOfEachKind.size()).append(" kinds of failure, the first spec of each\n\n");
        firstOfEachKind.forEach(d -> text.append(d).append('\n'));
        text.append("\n##### every failing spec\n\n");
        judged.stream().filter(j -> j.failure().isPresent()).forEach(j -> text.append(describe(j)).append('\n'));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text, StandardCharsets.UTF_8);
    }

    // --- fixed cases: names that collide or hide something, each with the outcome it must have ----------

    private static final String SOURCE = "  source: {document: d.txt}";

    /** A spec {@code id} with the given lines after {@code codebook: 1} and the catalog's id, vendor and title. */
    private static Path spec(Path dir, String id, String... lines) {
        List<String> all = new ArrayList<>(List.of("codebook: 1", "catalog:", "  id: " + id, "  vendor: V",
                "  title: T"));
        all.addAll(List.of(lines));
        return Compiled.writeSpec(dir, id, all.toArray(String[]::new));
    }

    private static Compilation compile(Path dir, String requestArguments, JavaFileObject... consumers) {
        List<JavaFileObject> sources = new ArrayList<>(List.of(Compiled.request(requestArguments)));
        sources.addAll(List.of(consumers));
        return Compiled.compile("17", List.of(dir), List.of(), sources.toArray(JavaFileObject[]::new));
    }

    /** A class of package {@code test} whose body uses generated names: it compiles only if they exist. */
    private static JavaFileObject uses(String... statements) {
        return source("test.Uses", "package test;", "final class Uses {", "  static void use() {",
                String.join("\n", statements), "  }", "}");
    }

    /**
     * The compilation failed with an error {@code id} at {@code spec:line:column}, where
     * {@code line} and {@code column} are those of {@code at}'s first occurrence in the spec, and
     * with no internal error.
     */
    private static void assertRejectedAt(Compilation compilation, Path spec, String id, String at) throws IOException {
        List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
        int line = 0;
        while (line < lines.size() && !lines.get(line).contains(at)) {
            line++;
        }
        assertTrue(line < lines.size(), at + " is not in " + spec);
        String position = spec + ":" + (line + 1) + ":" + (lines.get(line).indexOf(at) + 1) + ": ";
        assertRejected(compilation, spec, id);
        List<String> errors = errors(compilation);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(position) && e.endsWith("[" + id + "]")),
                "expected " + id + " at " + position + " but the errors are " + errors);
    }

    /** The compilation failed with an error {@code id} positioned in {@code spec}, and with no internal error. */
    private static void assertRejected(Compilation compilation, Path spec, String id) {
        List<String> errors = errors(compilation);
        assertTrue(errors.stream().noneMatch(e -> e.contains("CODEBOOK-INTERNAL")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> SpecJudge.positionedId(e, spec, read(spec)).equals(Optional.of(id))),
                "expected a positioned " + id + " in " + spec + " but the errors are " + errors);
        assertThat(compilation).failed();
    }

    private static List<String> errors(Compilation compilation) {
        return compilation.errors().stream().map(SpecJudge::message).toList();
    }

    private static String read(Path spec) {
        try {
            return Files.readString(spec, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void groupsWhoseIdsDifferOnlyInAHyphenGetDistinctConstants(@TempDir Path dir) {
        spec(dir, "t", SOURCE, "groups:", "  - {id: x-1, title: A, codes: [{code: A}]}",
                "  - {id: x1, title: B, codes: [{code: B}]}");
        assertThat(compile(dir, "\"t\"", uses("TCode.Group a = TCode.Group.X_1;", "TCode.Group b = TCode.Group.X1;",
                "if (a == b) throw new AssertionError();"))).succeededWithoutWarnings();
    }

    @Test
    void enumValuesThatDifferOnlyInAnUnderscoreGetDistinctConstants(@TempDir Path dir) {
        spec(dir, "t", SOURCE, "attributes:", "  level: {type: enum, values: [X_1, X1]}",
                "groups: [{id: g, title: G, codes: [{code: A, level: X_1}, {code: B, level: X1}]}]");
        assertThat(compile(dir, "\"t\"", uses("TCode.Level a = TCode.Level.X_1;", "TCode.Level b = TCode.Level.X1;",
                "if (a == b) throw new AssertionError();"))).succeededWithoutWarnings();
    }

    @Test
    void codesWhoseHandlersWouldBeTheSameAreRejected(@TempDir Path dir) throws IOException {
        Path spec = spec(dir, "t", SOURCE, "groups:", "  - id: g", "    title: G", "    codes:", "      - code: x-1",
                "      - code: x1");
        assertRejectedAt(compile(dir, "\"t\""), spec, "CODEBOOK-NAME-CLASH-HANDLER", "code: x1");
    }

    @Test
    void outcomesWhoseTypesDifferOnlyInCaseAreRejected(@TempDir Path dir) throws IOException {
        Path spec = spec(dir, "t", SOURCE, "outcomes:", "  - id: retry", "  - id: retry-again", "    javaName: RETRY",
                "groups: [{id: g, title: G, codes: [{code: A}]}]");
        assertRejectedAt(compile(dir, "\"t\""), spec, "CODEBOOK-NAME-CLASH-TYPE", "RETRY");
    }

    @Test
    void aMisspeltCatalogOfAnUnusedReferenceIsRejectedWhereItIsNamed(@TempDir Path dir) throws IOException {
        Path spec = spec(dir, "t", SOURCE, "attributes:", "  reason:", "    type: code", "    catalog: widget-reasosn",
                "groups: [{id: g, title: G, codes: [{code: A}]}]");
        assertRejectedAt(compile(dir, "\"t\""), spec, "CODEBOOK-REFERENCE-MISSING", "widget-reasosn");
    }

    @Test
    void aCatalogNamedLikeATypeThePackageAlreadyHasIsRejected(@TempDir Path dir) throws IOException {
        Path spec = spec(dir, "t", "  javaName: Existing", SOURCE, "groups: [{id: g, title: G, codes: [{code: A}]}]");
        JavaFileObject existing = source("test.Existing", "package test;", "class Existing {}");
        assertRejectedAt(compile(dir, "\"t\"", existing), spec, "CODEBOOK-NAME-TYPE-EXISTS", "Existing");
    }

    @Test
    void twoCatalogsOfTheSameNameInOnePackageAreBothRejected(@TempDir Path dir) throws IOException {
        Path first = spec(dir, "first", "  javaName: Same", SOURCE, "groups: [{id: g, title: G, codes: [{code: A}]}]");
        Path second = spec(dir, "second", "  javaName: Same", SOURCE, "groups: [{id: g, title: G, codes: [{code: B}]}]");
        Compilation compilation = compile(dir, "{\"first\", \"second\"}");
        assertRejectedAt(compilation, first, "CODEBOOK-NAME-CLASH-PACKAGE", "Same");
        assertRejectedAt(compilation, second, "CODEBOOK-NAME-CLASH-PACKAGE", "Same");
    }

    @Test
    void aCatalogNamedLikeOneOfItsAttributeEnumsIsRejected(@TempDir Path dir) throws IOException {
        Path spec = spec(dir, "t", "  javaName: Severity", SOURCE, "attributes:",
                "  severity: {type: enum, values: [High]}", "groups: [{id: g, title: G, codes: [{code: A}]}]");
        assertRejectedAt(compile(dir, "\"t\""), spec, "CODEBOOK-NAME-CLASH-TYPE", "severity:");
    }

    @Test
    void codesInCyrillicAndGreekKeepTheirLettersInTheirConstants(@TempDir Path dir) {
        spec(dir, "t", SOURCE, "groups: [{id: g, title: G, codes: [{code: 'ошибка'}, {code: 'λάθος'}]}]");
        Compilation compilation = compile(dir, "\"t\"", uses("TCode a = TCode.ОШИБКА;", "TCode b = TCode.ΛΆΘΟΣ;",
                "if (a == b) throw new AssertionError();"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aCodeWithAccentsGetsItsConstantWithoutThem(@TempDir Path dir) {
        spec(dir, "t", SOURCE, "groups: [{id: g, title: G, codes: [{code: café}]}]");
        assertThat(compile(dir, "\"t\"", uses("TCode cafe = TCode.CAFE;", "if (!cafe.code().equals(\"café\"))"
                + " throw new AssertionError();"))).succeededWithoutWarnings();
    }

    @Test
    void anOutcomeNamedErrorWithoutAJavaNameIsRejected(@TempDir Path dir) throws IOException {
        Path spec = spec(dir, "t", SOURCE, "outcomes:", "  - id: error",
                "groups: [{id: g, title: G, codes: [{code: A}]}]");
        assertRejectedAt(compile(dir, "\"t\""), spec, "CODEBOOK-NAME-RESERVED", "error");
    }

    @Test
    void aVendorOfNumericCodesNamesThemWithOnePattern(@TempDir Path dir) {
        spec(dir, "t", "  javaNamePattern: \"CODE_{code}\"", SOURCE,
                "groups: [{id: g, title: G, codes: [{code: '102'}, {code: '207'}]}]");
        assertThat(compile(dir, "\"t\"", uses("TCode a = TCode.CODE_102;", "TCode b = TCode.CODE_207;",
                "if (a == b) throw new AssertionError();"))).succeededWithoutWarnings();
    }

    // --- failures the random specs found, each as small as it gets: they must keep the promise too -----

    private static final String HEAD = String.join("\n", "codebook: 1",
            "catalog: {id: t, vendor: V, title: T, source: {document: d}}", "");

    static Stream<Arguments> reproductions() {
        return Stream.of(
                Arguments.of("an outcome field of type action", HEAD + String.join("\n",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]",
                        "outcomes: [{id: warning, fields: {decision: {type: action, required: true}}}]")),
                Arguments.of("an optional outcome field of type action", HEAD + String.join("\n",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]",
                        "outcomes: [{id: warning, fields: {decision: {type: action}}}]")),
                Arguments.of("a catalog named Group, like its nested enum of groups", String.join("\n",
                        "codebook: 1", "catalog: {id: t, vendor: V, title: T, javaName: Group, source: {document: d}}",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]")),
                Arguments.of("a catalog named Cases, like its nested handler", String.join("\n",
                        "codebook: 1", "catalog: {id: t, vendor: V, title: T, javaName: Cases, source: {document: d}}",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]")),
                Arguments.of("a catalog named Variant, with variants", String.join("\n",
                        "codebook: 1", "catalog: {id: t, vendor: V, title: T, javaName: Variant, source: {document: d}}",
                        "groups: [{id: g, title: G, codes: [{code: A, variants: [{description: x}, {description: y}]}]}]")),
                Arguments.of("a catalog named Texts, with a typed end-user text", String.join("\n",
                        "codebook: 1", "catalog: {id: t, vendor: V, title: T, javaName: Texts, source: {document: d}}",
                        "locales: [en]",
                        "groups: [{id: g, title: G, codes: [{code: A, description: '{x}', placeholders: [{name: x}],"
                                + " userText: {en: '{x}'}}]}]")),
                Arguments.of("outcomes named Unknown, like their nested record of unknown outcomes", String.join("\n",
                        "codebook: 1",
                        "catalog: {id: t, vendor: V, title: T, outcomeJavaName: Unknown, source: {document: d}}",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]",
                        "outcomes: [{id: retry}]")),
                Arguments.of("outcomes named Cases, like their nested handler", String.join("\n",
                        "codebook: 1",
                        "catalog: {id: t, vendor: V, title: T, outcomeJavaName: Cases, source: {document: d}}",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]",
                        "outcomes: [{id: retry}]")),
                Arguments.of("a code whose explicit constant name has no letter or digit", HEAD
                        + "groups: [{id: g, title: G, codes: [{code: A, javaName: $}]}]"),
                Arguments.of("a placeholder named locale in an end-user text", HEAD + String.join("\n",
                        "locales: [en]",
                        "groups: [{id: g, title: G, codes: [{code: A, description: '{locale}',"
                                + " placeholders: [{name: locale}], userText: {en: '{locale}'}}]}]")),
                Arguments.of("an integer attribute with a default, given in a variant", HEAD + String.join("\n",
                        "attributes: {step: {type: integer, default: 0}}",
                        "groups: [{id: g, title: G, codes: [{code: A, variants: [{description: x}, {step: 2}]}]}]")),
                Arguments.of("a boolean attribute with a default, given in a variant", HEAD + String.join("\n",
                        "attributes: {retryable: {type: boolean, default: false}}",
                        "groups: [{id: g, title: G, codes: [{code: A, variants: [{description: x}, {retryable: true}]}]}]")),
                Arguments.of("an outcome named r, like the handlers' type variable", HEAD + String.join("\n",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]",
                        "outcomes: [{id: r}]")),
                Arguments.of("an outcome field named known, like a local of its factory", HEAD + String.join("\n",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]",
                        "outcomes: [{id: warning, codes: {}, fields: {known: {type: string}}}]")),
                Arguments.of("a field named wire of an outcome that holds a list of codes", HEAD + String.join("\n",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]",
                        "outcomes: [{id: retry, codes: {}, list: true, fields: {wire: {type: string}}}]")),
                Arguments.of("a key part named codes in a catalog with a list outcome", HEAD + String.join("\n",
                        "attributes: {codes: {type: string}}",
                        "key: [codes, code]",
                        "groups: [{id: g, title: G, codes: [{code: A, codes: x}, {code: B, codes: y}]}]",
                        "outcomes: [{id: retry, codes: {}, list: true}]")),
                Arguments.of("a none value of an integer attribute with a default", HEAD + String.join("\n",
                        "attributes: {step: {type: integer, noneValues: [n/a], default: 400}}",
                        "groups: [{id: g, title: G, codes: [{code: A, step: n/a}, {code: B}]}]")),
                Arguments.of("a code constant named like an attribute's enum", HEAD + String.join("\n",
                        "attributes: {x1: {type: enum, values: [a, b]}}",
                        "groups: [{id: g, title: G, codes: [{code: X1, x1: a}, {code: B, x1: b}]}]")),
                Arguments.of("an enum value named like its enum", HEAD + String.join("\n",
                        "attributes: {x1: {type: enum, values: [x1, b]}}",
                        "groups: [{id: g, title: G, codes: [{code: A, x1: x1}, {code: B, x1: b}]}]")),
                Arguments.of("a source document named longer than a class file constant", String.join("\n",
                        "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: '" + "顔".repeat(22_000)
                                + "'}}", "groups: [{id: g, title: G, codes: [{code: A}]}]")),
                Arguments.of("a group title longer than a class file constant", HEAD
                        + "groups: [{id: g, title: '" + "顔".repeat(22_000) + "', codes: [{code: A}]}]"),
                Arguments.of("a code description longer than a class file constant", HEAD
                        + "groups: [{id: g, title: G, codes: [{code: A, description: '" + "é".repeat(33_000) + "'}]}]"),
                Arguments.of("a key part of type integer given by a context value of type string", HEAD
                        + String.join("\n",
                        "attributes: {step: {type: integer}}",
                        "key: [step, code]",
                        "groups: [{id: g, title: G, codes: [{code: A, step: 1}, {code: B, step: 2}]}]",
                        "outcomes: [{id: retry, codes: {}}]",
                        "responses:",
                        "  context: {step: {type: string}}",
                        "  shapes: [{id: s, source: x, when: [{present: /c}], verdict: error,",
                        "    outcomes: [{kind: retry, code: /c, key: {step: {context: step}}}]}]")),
                Arguments.of("a key part of type string given by a context value of type integer", HEAD
                        + String.join("\n",
                        "attributes: {kind: {type: string}}",
                        "key: [kind, code]",
                        "groups: [{id: g, title: G, codes: [{code: A, kind: x}, {code: B, kind: y}]}]",
                        "outcomes: [{id: retry, codes: {}}]",
                        "responses:",
                        "  context: {kind: {type: integer}}",
                        "  shapes: [{id: s, source: x, when: [{present: /c}], verdict: error,",
                        "    outcomes: [{kind: retry, code: /c, key: {kind: {context: kind}}}]}]")),
                Arguments.of("a key part of type integer given by a key family's capture", HEAD + String.join("\n",
                        "attributes: {step: {type: integer}}",
                        "key: [step, code]",
                        "groups: [{id: g, title: G, codes: [{code: A, step: 1}, {code: B, step: 2}]}]",
                        "outcomes: [{id: retry, codes: {}}]",
                        "responses:",
                        "  shapes: [{id: s, source: x, when: [{present: /c}], verdict: error,",
                        "    outcomes: [{kind: retry, each: '/<n>_result', code: /c,",
                        "      key: {step: {capture: n, values: {one: '1'}}}}]}]")),
                Arguments.of("a context value named tree, like the body's parameter", HEAD + String.join("\n",
                        "attributes: {step: {type: integer}}",
                        "key: [step, code]",
                        "groups: [{id: g, title: G, codes: [{code: A, step: 1}, {code: B, step: 2}]}]",
                        "outcomes: [{id: retry, codes: {}}]",
                        "responses:",
                        "  context: {tree: {type: integer}}",
                        "  shapes: [{id: s, source: x, when: [{present: /c}], verdict: error,",
                        "    outcomes: [{kind: retry, code: /c, key: {step: {context: tree}}}]}]")),
                Arguments.of("a shape named equals, whose reader method would hide Object.equals", HEAD
                        + String.join("\n",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]",
                        "responses:",
                        "  shapes: [{id: equals, source: x, when: [{present: /a}], verdict: error}]")),
                Arguments.of("an outcome named code with a field of type code, read in a shape", HEAD
                        + String.join("\n",
                        "groups: [{id: g, title: G, codes: [{code: A}]}]",
                        "outcomes: [{id: code, codes: {}, fields: {other: {type: code}}}]",
                        "responses:",
                        "  shapes: [{id: s, source: x, when: [{present: /c}], verdict: error,",
                        "    outcomes: [{kind: code, code: /c, fields: {other: /o}}]}]")),
                Arguments.of("two outcomes of a shape with companions, in a catalog keyed without codes", HEAD
                        + String.join("\n",
                        "attributes: {kind: {type: string}}",
                        "key: [kind]",
                        "groups: [{id: g, title: G, codes: [{kind: x}]}]",
                        "outcomes: [{id: retry, codes: {}}]",
                        "responses:",
                        "  shapes: [{id: s, source: x, when: [{present: /c}], verdict: error,",
                        "    outcomes: [{kind: retry, name: a, companions: {m: /m}},",
                        "      {kind: retry, name: b, companions: {m: /m}}]}]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reproductions")
    void aSpecTheRandomSpecsFoundBrokenKeepsThePromise(String what, String yaml) {
        Case spec = new Case(what, "t", yaml + "\n");
        for (Optional<Integer> splitAbove : List.of(Optional.<Integer>empty(), Optional.of(1))) {
            Verdict verdict = new SpecJudge(splitOptions(splitAbove), false).judge(List.of(spec)).get(0);
            if (verdict instanceof Failed failed) {
                fail(what + (splitAbove.isPresent() ? " (split shape)" : "") + ": " + failed.kind() + "\n"
                        + abridged(failed.detail()));
            }
        }
    }
}
