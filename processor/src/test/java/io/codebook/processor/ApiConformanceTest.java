package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog keeps its API when it grows: one consumer source, using everything the generated code
 * offers, compiles and behaves the same against the same catalog generated as one enum and split
 * into several (the shape a catalog takes past what one enum holds, forced here with
 * {@code -Acodebook.splitAbove}). Java's own enum features ({@code switch} over the constants,
 * {@code EnumSet}, {@code ordinal()}) are the only difference, and the consumer does not use them.
 */
class ApiConformanceTest {

    private static final JavaFileObject REQUEST = Compiled.request("{\"conformance\", \"conformance-reasons\"}");

    /** Every generated member a user may rely on, with what it must answer. */
    private static final JavaFileObject CONSUMER = source("test.Consumer",
            "package test;",
            "import io.codebook.runtime.CatalogCode;",
            "import io.codebook.runtime.LocalizedCode;",
            "import io.codebook.runtime.MappedCode;",
            "import io.codebook.runtime.NextAction;",
            "import java.util.ArrayList;",
            "import java.util.Arrays;",
            "import java.util.List;",
            "import java.util.Locale;",
            "import java.util.Optional;",
            "public final class Consumer {",
            "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
            "  static final ConformanceCode.Cases<String> HANDLER = new ConformanceCode.Cases<>() {",
            "    public String expiredId() { return \"expired\"; }",
            "    public String blurry() { return \"blurry\"; }",
            "    public String forgedId() { return \"forged\"; }",
            "    public String badRequest() { return \"bad request\"; }",
            "    public String missingField() { return \"missing field\"; }",
            "    public String unknown(String raw) { return \"unknown \" + raw; }",
            "  };",
            "  public static void run() {",
            "    Locale ru = Locale.forLanguageTag(\"ru\");",
            "    // constants, values() as an array, lookups",
            "    ConformanceCode[] all = ConformanceCode.values();",
            "    check(all.length == 5 && all[0] == ConformanceCode.EXPIRED_ID && all[4] == ConformanceCode.MISSING_FIELD, \"values\");",
            "    List<ConformanceCode> listed = Arrays.asList(ConformanceCode.values());",
            "    check(listed.indexOf(ConformanceCode.FORGED_ID) == 2, \"document order\");",
            "    check(ConformanceCode.fromCode(\"forged_id\").equals(Optional.of(ConformanceCode.FORGED_ID)), \"fromCode\");",
            "    check(ConformanceCode.fromCode(\"EXPIRED_ID\").equals(Optional.of(ConformanceCode.EXPIRED_ID)), \"alias\");",
            "    check(ConformanceCode.fromCode(\"nope\").isEmpty() && ConformanceCode.fromCode(null).isEmpty(), \"unknown\");",
            "    // accessors",
            "    ConformanceCode bad = ConformanceCode.BAD_REQUEST;",
            "    check(bad.code().equals(\"bad_request\") && bad.name().equals(\"BAD_REQUEST\"), \"code and name\");",
            "    check(bad.group() == ConformanceCode.Group.REQUEST && bad.group().title().equals(\"Request problems\"), \"group\");",
            "    check(bad.severity() == ConformanceCode.Severity.HIGH && bad.kind() == ConformanceCode.Kind.ERROR, \"enums\");",
            "    check(bad.status().getAsInt() == 400 && ConformanceCode.BLURRY.status().isEmpty(), \"integer\");",
            "    check(bad.hint().equals(Optional.of(\"check the payload\")), \"string\");",
            "    check(ConformanceCode.EXPIRED_ID.related().equals(List.of(ConformanceCode.BLURRY)), \"relation\");",
            "    check(ConformanceCode.FORGED_ID.description().equals(Optional.of(\"Forged document, score %d\")), \"description\");",
            "    check(bad.messages().isEmpty() && bad.catalog().id().equals(\"conformance\"), \"messages and catalog\");",
            "    check(bad.catalog().attemptLimit().getAsInt() == 3, \"attempt limit\");",
            "    check(ConformanceCode.CATALOG.vendor().equals(\"Conformance Vendor\"), \"catalog info\");",
            "    check(ConformanceCode.BLURRY.variants().size() == 2, \"variants\");",
            "    check(ConformanceCode.BLURRY.variants().get(0).hint().equals(Optional.of(\"light\")), \"variant attribute\");",
            "    check(ConformanceCode.BLURRY.variants().get(1).when().equals(Optional.of(\"Camera moved\")), \"variant condition\");",
            "    // canonical reasons, both ways",
            "    check(bad.canonicalReason() == ConformanceReason.BAD_REQUEST, \"canonical reason\");",
            "    check(bad.documentedAction() == NextAction.FIX_INTEGRATION, \"documented action\");",
            "    check(ConformanceReason.EXPIRED.mappedCodes().equals(List.of(ConformanceCode.EXPIRED_ID, ConformanceCode.BLURRY)),",
            "        \"mapped codes\");",
            "    check(ConformanceReason.FORGED.defaultAction() == NextAction.REJECT, \"reason action\");",
            "    MappedCode mapped = bad;",
            "    CatalogCode generic = bad;",
            "    check(mapped.canonicalReason().code().equals(\"BAD_REQUEST\") && generic.vendorText().isEmpty(), \"runtime views\");",
            "    // end-user texts",
            "    LocalizedCode localized = ConformanceCode.EXPIRED_ID;",
            "    check(localized.userText(ru).equals(\"Срок действия документа истёк.\"), \"a reason's text\");",
            "    check(ConformanceCode.FORGED_ID.userText(Locale.ENGLISH).equals(\"We could not verify your document.\"),",
            "        \"a text that needs arguments gives its reason's\");",
            "    check(ConformanceCode.Texts.forgedId(ru, 7).equals(\"Мы не можем принять документ (оценка 7).\"), \"typed text\");",
            "    // priority",
            "    check(ConformanceCode.FORGED_ID.priorityRank() == 0 && ConformanceCode.EXPIRED_ID.priorityRank() == 1, \"rank\");",
            "    check(ConformanceCode.highestPriority(List.of(ConformanceCode.BLURRY, ConformanceCode.EXPIRED_ID))",
            "        .equals(Optional.of(ConformanceCode.EXPIRED_ID)), \"winner\");",
            "    List<ConformanceCode> sorted = new ArrayList<>(List.of(ConformanceCode.EXPIRED_ID, ConformanceCode.FORGED_ID));",
            "    sorted.sort(ConformanceCode.BY_PRIORITY);",
            "    check(sorted.get(0) == ConformanceCode.FORGED_ID, \"comparator\");",
            "    // exhaustive handling of codes, documented or not",
            "    check(ConformanceCode.MISSING_FIELD.match(HANDLER).equals(\"missing field\"), \"match\");",
            "    check(ConformanceCode.match(\"blurry\", HANDLER).equals(\"blurry\"), \"match on the wire\");",
            "    check(ConformanceCode.match(\"brand_new\", HANDLER).equals(\"unknown brand_new\"), \"unknown on the wire\");",
            "    for (ConformanceCode code : all) {",
            "      check(!code.match(HANDLER).startsWith(\"unknown\"), \"every constant has its case\");",
            "    }",
            "    // outcomes: factories, records, their codes, handlers",
            "    ConformanceOutcome retry = ConformanceOutcome.retry(List.of(\"expired_id\", \"blurry\"), 2);",
            "    check(retry instanceof ConformanceOutcome.Retry r && r.codes().size() == 2",
            "        && r.codes().get(0).known().orElseThrow() == ConformanceOutcome.RetryCode.EXPIRED_ID",
            "        && r.attempt().getAsInt() == 2, \"retry\");",
            "    ConformanceOutcome.RetryCode retryCode = ConformanceOutcome.RetryCode.BLURRY;",
            "    check(retryCode.asConformanceCode() == ConformanceCode.BLURRY && retryCode.canonicalReason() == ConformanceReason.EXPIRED",
            "        && retryCode.userText(ru).equals(\"Срок действия документа истёк.\"), \"an outcome's code\");",
            "    check(ConformanceOutcome.RetryCode.from(ConformanceCode.FORGED_ID).isEmpty(), \"not a retry code\");",
            "    check(ConformanceOutcome.RetryCode.values().length == 2, \"an outcome's codes\");",
            "    check(ConformanceOutcome.retry(List.of(\"forged_id\"), 1).codes().get(0).wire().equals(\"forged_id\"),",
            "        \"a code of another kind is kept unrecognized\");",
            "    ConformanceOutcome warning = ConformanceOutcome.warning(\"forged_id\", \"reject\");",
            "    check(warning instanceof ConformanceOutcome.Warning w && w.code().known().orElseThrow() == ConformanceCode.FORGED_ID",
            "        && w.decision().equals(Optional.of(ConformanceOutcome.Decision.REJECT)), \"warning over every code\");",
            "    String described = ConformanceOutcome.aborted().match(new ConformanceOutcome.Cases<>() {",
            "      public String retry(ConformanceOutcome.Retry value) { return \"retry\"; }",
            "      public String warning(ConformanceOutcome.Warning value) { return \"warning\"; }",
            "      public String aborted(ConformanceOutcome.Aborted value) { return \"aborted\"; }",
            "    });",
            "    check(described.equals(\"aborted\"), \"outcome handler\");",
            "    String partial = warning.match(new ConformanceOutcome.PartialCases<String>() {",
            "      public String otherwise() { return \"other\"; }",
            "    });",
            "    check(partial.equals(\"other\"), \"partial outcome handler\");",
            "    String retryCase = ConformanceOutcome.RetryCode.EXPIRED_ID.match(new ConformanceOutcome.RetryCode.Cases<>() {",
            "      public String expiredId() { return \"expired\"; }",
            "      public String blurry() { return \"blurry\"; }",
            "    });",
            "    check(retryCase.equals(\"expired\"), \"an outcome's code handler\");",
            "    // a response read from the plain tree of a JSON library: shape, verdict, outcomes, findings, resolution",
            "    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();",
            "    body.put(\"result\", \"retry\");",
            "    body.put(\"attempt\", 3.0);",
            "    body.put(\"retries\", List.of(java.util.Map.of(\"code\", \"blurry\", \"message\", \"Hold still\"),",
            "        java.util.Map.of(\"code\", \"hologram_missing\")));",
            "    body.put(\"warnings\", List.of(java.util.Map.of(\"code\", \"forged_id\", \"decision\", \"reject\")));",
            "    ConformanceResponse response = ConformanceResponse.read(body);",
            "    check(response instanceof ConformanceResponse.Answer a && a.retry().codes().size() == 2",
            "        && a.retry().codes().get(0).known().orElseThrow() == ConformanceOutcome.RetryCode.BLURRY",
            "        && a.retry().codes().get(1).wire().equals(\"hologram_missing\")",
            "        && a.warnings().get(0).decision().orElseThrow() == ConformanceOutcome.Decision.REJECT, \"typed outcomes\");",
            "    check(response.verdict() == io.codebook.runtime.Verdict.RETRY_REQUESTED && response.attemptsMade().getAsInt() == 3,",
            "        \"verdict read in upper case, attempts from Gson's 3.0\");",
            "    check(response.findings().get(0).companions().get(\"message\").equals(\"Hold still\"), \"companion bound\");",
            "    check(response.resolve().action() == NextAction.REJECT, \"the vendor's own reject decision for a warning\");",
            "    check(ConformanceResponse.read(java.util.Map.of(\"error\", java.util.Map.of(\"message\", \"boom\")))",
            "        .details().get(\"message\").equals(\"boom\"), \"details\");",
            "    check(ConformanceResponse.read(null) instanceof ConformanceResponse.Unrecognized u",
            "        && u.resolve().action() == NextAction.MANUAL_REVIEW, \"unrecognized\");",
            "    check(ConformanceResponse.READER.read(body, null).shape().equals(\"answer\") && ConformanceResponse.recognises(body),",
            "        \"the reader as a ResponseReader\");",
            "    String shapeName = response.match(new ConformanceResponse.Cases<>() {",
            "      public String answer(ConformanceResponse.Answer value) { return \"answer\"; }",
            "      public String failureBody(ConformanceResponse.FailureBody value) { return \"failure\"; }",
            "      public String unrecognized(ConformanceResponse.Unrecognized value) { return \"?\"; }",
            "    });",
            "    check(shapeName.equals(\"answer\"), \"response handler\");",
            "    // enums that never split keep Java's exhaustive switch",
            "    int weight = switch (bad.severity()) { case HIGH -> 2; case LOW -> 1; };",
            "    String section = switch (bad.group()) { case DOCUMENT -> \"document\"; case REQUEST -> \"request\"; };",
            "    check(weight == 2 && section.equals(\"request\"), \"switch over value and group enums\");",
            "  }",
            "}");

    @Test
    void oneConsumerCompilesAndBehavesTheSameAgainstTheSmallAndTheSplitShape() {
        Compilation small = Compiled.compile("17", List.of(Compiled.testSpecs()), List.of(), REQUEST, CONSUMER);
        assertThat(small).succeededWithoutWarnings();
        assertTrue(Compiled.generatedSource(small, "test/ConformanceCode.java").contains("public enum ConformanceCode"));
        Compiled.run(small, "test.Consumer");

        Compilation split = Compiled.compile("17", List.of(Compiled.testSpecs()), List.of("-Acodebook.splitAbove=1"),
                REQUEST, CONSUMER);
        assertThat(split).succeededWithoutWarnings();
        assertTrue(Compiled.generatedSource(split, "test/ConformanceCode.java")
                .contains("public sealed interface ConformanceCode"), "the catalog is split");
        assertTrue(Compiled.generatedSource(split, "test/ConformanceReason.java")
                .contains("public sealed interface ConformanceReason"), "the vocabulary too");
        assertTrue(Compiled.generatedSource(split, "test/ConformanceOutcome.java")
                .contains("sealed interface RetryCode"), "and the codes an outcome holds");
        Compiled.run(split, "test.Consumer");
    }

    @Test
    void argosPaddedPastWhereItUsedToSplitKeepsItsTextsAndHandlers(@TempDir Path dir) throws IOException {
        String argos;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("codebook/argos.yaml")) {
            argos = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder padded = new StringBuilder(argos.stripTrailing()).append('\n')
                .append("  - id: padding\n    title: Padding\n    shared: {kind: reject}\n    javaNamePattern: \"PAD_{code}\"\n")
                .append("    codes:\n");
        for (int i = 0; i < 150; i++) {
            padded.append("      - {code: padding_").append(i).append(", canonicalReason: UNCLASSIFIED}\n");
        }
        Files.writeString(dir.resolve("argos.yaml"), padded);
        JavaFileObject consumer = source("test.ArgosConsumer",
                "package test;",
                "import java.util.List;",
                "import java.util.Locale;",
                "public final class ArgosConsumer {",
                "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                "  public static void run() {",
                "    check(ArgosCode.values().length == 249, \"99 documented codes and 150 more\");",
                "    check(ArgosCode.REJECT_UNDER_AGE_LIMIT.userText(Locale.ENGLISH).length() > 0, \"userText\");",
                "    check(ArgosCode.Texts.rejectUnderAgeLimit(Locale.ENGLISH, 18).contains(\"18\"), \"typed Texts\");",
                "    check(ArgosCode.PAD_PADDING_149.canonicalReason() == CanonicalReason.UNCLASSIFIED, \"mapping\");",
                "    check(ArgosOutcome.reject(\"padding_7\") instanceof ArgosOutcome.Reject, \"outcome factory\");",
                "    String kind = ArgosOutcome.retry(1, List.of(\"document_expired\"), 1).match(",
                "        new ArgosOutcome.PartialCases<String>() {",
                "          public String retry(ArgosOutcome.Retry value) { return \"retry\"; }",
                "          public String otherwise() { return \"other\"; }",
                "        });",
                "    check(kind.equals(\"retry\"), \"outcome handler\");",
                "  }",
                "}");
        for (List<String> options : List.of(List.<String>of(), List.of("-Acodebook.splitAbove=100"))) {
            Compilation compilation = Compiled.compile("17", List.of(dir), options,
                    Compiled.request("{\"argos\", \"canonical-reasons\"}"), consumer);
            assertThat(compilation).succeededWithoutWarnings();
            Compiled.run(compilation, "test.ArgosConsumer");
            String code = Compiled.generatedSource(compilation, "test/ArgosCode.java");
            assertEquals(options.isEmpty(), code.contains("public enum ArgosCode"),
                    "249 codes stay one enum; split only when asked to");
            // one handler method per code, in either shape: the code-level handlers are kept
            long handlers = code.lines().dropWhile(line -> !line.contains("interface Cases<R>"))
                    .takeWhile(line -> !line.equals("    }")).filter(line -> line.matches("\\s+R \\w+\\(.*")).count();
            assertEquals(249 + 1, handlers, "Cases has a method per code and one for unknown wire values");
        }
    }
}
