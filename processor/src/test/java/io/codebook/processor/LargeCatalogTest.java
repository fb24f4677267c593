package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog far larger than any vendor's today, and as rich as the shipped ones: 20,000 codes with a
 * description and a message each, three attributes (one a reference to another catalog), end-user
 * texts in four locales (some with typed placeholders), an outcome over every code and one over a
 * third of them. It generates, compiles under {@code -Xlint:all -Werror}, and every code is found
 * and answers with its own facts: a vendor growing its table never stops its users' build.
 */
class LargeCatalogTest {

    private static final int CODES = 20_000;

    static String spec(int codes) {
        StringBuilder spec = new StringBuilder(String.join("\n",
                "codebook: 1",
                "catalog: {id: large-catalog, vendor: Big Vendor, title: Everything, source: {document: big.txt}}",
                "locales: [en, ru, kk, ko]",
                "attributes:",
                "  severity: {type: enum, required: true, values: [High, Medium, Low]}",
                "  httpStatus: {type: integer}",
                "  reason: {type: code, catalog: large-reasons, required: true}",
                "outcomes:",
                "  - {id: warning, codes: {}, fields: {decision: {type: enum, values: [accept, reject]}}}",
                "  - {id: blocking, codes: {where: {severity: High}}}",
                "groups:",
                "  - id: all",
                "    title: All codes",
                "    codes:",
                ""));
        String[] severities = {"High", "Medium", "Low"};
        for (int i = 0; i < codes; i++) {
            boolean typed = i % 50 == 0;
            spec.append("      - code: CODE_").append(i).append('\n')
                    .append("        severity: ").append(severities[i % 3]).append('\n')
                    .append("        httpStatus: ").append(400 + i % 100).append('\n')
                    .append("        reason: R").append(i % 40).append('\n')
                    .append("        description: \"Description of code ").append(i).append(", as the vendor wrote it")
                    .append(typed ? ", after {attempts} attempts.\"\n" : ".\"\n")
                    .append("        messages: [\"Message the vendor sends with code ").append(i).append(".\"]\n");
            if (typed) {
                spec.append("        placeholders: [{name: attempts, type: integer}]\n");
            }
            String tail = typed ? " {attempts}" : "";
            spec.append("        userText:\n")
                    .append("          en: \"Please try again, code ").append(i).append('.').append(tail).append("\"\n")
                    .append("          ru: \"Пожалуйста, попробуйте ещё раз, код ").append(i).append('.').append(tail).append("\"\n")
                    .append("          kk: \"Қайталап көріңіз, код ").append(i).append('.').append(tail).append("\"\n")
                    .append("          ko: \"다시 시도해 주세요, 코드 ").append(i).append('.').append(tail).append("\"\n");
            if (i == codes - 1) {
                spec.append("        aliases: [last_code]\n");
            }
        }
        return spec.toString();
    }

    static String reasons() {
        StringBuilder reasons = new StringBuilder(String.join("\n",
                "codebook: 1",
                "catalog: {id: large-reasons, vendor: Us, title: Reasons, source: {document: ours}}",
                "groups:",
                "  - id: all",
                "    title: All reasons",
                "    codes:",
                ""));
        for (int i = 0; i < 40; i++) {
            reasons.append("      - {code: R").append(i).append("}\n");
        }
        return reasons.toString();
    }

    @Test
    void aRealisticCatalogOfTwentyThousandCodesGeneratesCompilesAndAnswersForEveryCode(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("large-catalog.yaml"), spec(CODES));
        Files.writeString(dir.resolve("large-reasons.yaml"), reasons());

        Compilation compilation = Compiled.compile(List.of(dir),
                source("test.Catalogs",
                        "package test;",
                        "@io.codebook.runtime.Codebook(\"large-catalog\")",
                        "final class Catalogs {}"),
                source("test.Check",
                        "package test;",
                        "import java.util.Locale;",
                        "public final class Check {",
                        "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                        "  public static void run() {",
                        "    LargeCatalogCode[] all = LargeCatalogCode.values();",
                        "    check(all.length == " + CODES + ", \"every code is listed\");",
                        "    Locale russian = Locale.forLanguageTag(\"ru\");",
                        "    for (int i = 0; i < " + CODES + "; i++) {",
                        "      LargeCatalogCode code = LargeCatalogCode.fromCode(\"CODE_\" + i).orElseThrow();",
                        "      check(code == all[i], \"document order \" + i);",
                        "      check(code.code().equals(\"CODE_\" + i), \"code \" + i);",
                        "      check(code.name().equals(\"CODE_\" + i), \"constant \" + i);",
                        "      check(code.description().orElseThrow().startsWith(\"Description of code \" + i + \",\"), \"description \" + i);",
                        "      check(code.messages().get(0).text().equals(\"Message the vendor sends with code \" + i + \".\"), \"message \" + i);",
                        "      check(code.httpStatus().getAsInt() == 400 + i % 100, \"attribute \" + i);",
                        "      check(code.reason() == LargeReasonsCode.fromCode(\"R\" + i % 40).orElseThrow(), \"reference \" + i);",
                        "      check(code.userText(russian).startsWith(\"Пожалуйста, попробуйте ещё раз, код \" + i + \".\"), \"text \" + i);",
                        "      check(LargeCatalogOutcome.warning(\"CODE_\" + i, \"reject\").code().known().orElseThrow() == code,",
                        "          \"outcome over every code \" + i);",
                        "      check(LargeCatalogOutcome.blocking(\"CODE_\" + i).code().known().isPresent()",
                        "          == (code.severity() == LargeCatalogCode.Severity.HIGH), \"outcome over some codes \" + i);",
                        "    }",
                        "    check(LargeCatalogCode.fromCode(\"last_code\").orElseThrow() == all[" + (CODES - 1) + "], \"alias\");",
                        "    check(LargeCatalogCode.fromCode(\"CODE_" + CODES + "\").isEmpty(), \"unknown\");",
                        "    check(LargeCatalogCode.CODE_19999 == all[19999], \"a constant by its name\");",
                        "    check(LargeCatalogCode.Texts.code19950(Locale.forLanguageTag(\"kk\"), 3)",
                        "        .equals(\"Қайталап көріңіз, код 19950. 3\"), \"typed text\");",
                        "    check(LargeCatalogOutcome.BlockingCode.CODE_19998.asLargeCatalogCode() == LargeCatalogCode.CODE_19998,",
                        "        \"an outcome's code\");",
                        "  }",
                        "}"));

        assertThat(compilation).succeededWithoutWarnings();
        String codeType = Compiled.generatedSource(compilation, "test/LargeCatalogCode.java");
        assertTrue(codeType.contains("public sealed interface LargeCatalogCode"), "past one enum, the type is split");
        Compiled.run(compilation, "test.Check");
    }

    /**
     * A catalog whose response description is at every limit: 200 shapes, one reading 100 outcomes,
     * a status vocabulary of 1,000 values. Its reader compiles, finds the last shape and the last
     * outcome, and maps the last status value.
     */
    static String responsesAtTheLimits(int shapes, int outcomesOfOneShape, int statusValues) {
        StringBuilder spec = new StringBuilder(String.join("\n",
                "codebook: 1",
                "catalog: {id: wide-responses, vendor: Wide Vendor, title: Wide, source: {document: wide.txt}}",
                "groups: [{id: all, title: All, codes: [{code: A}, {code: B}]}]",
                "outcomes:",
                ""));
        for (int i = 0; i < outcomesOfOneShape; i++) {
            spec.append("  - {id: kind-").append(i).append(", codes: {}}\n");
        }
        spec.append("responses:\n  statuses:\n    status:\n      values:\n");
        for (int i = 0; i < statusValues; i++) {
            spec.append("        v").append(i).append(": ").append(i % 2 == 0 ? "declined" : "review").append('\n');
        }
        spec.append("  shapes:\n");
        spec.append("    - {id: many-outcomes, source: x, when: [{present: /c0}], verdict: error, outcomes: [");
        for (int i = 0; i < outcomesOfOneShape; i++) {
            spec.append(i == 0 ? "" : ", ").append("{kind: kind-").append(i).append(", code: /c").append(i).append('}');
        }
        spec.append("]}\n");
        for (int i = 1; i < shapes; i++) {
            spec.append("    - {id: shape-").append(i).append(", source: x, when: [{at: /t, equals: t").append(i)
                    .append("}], verdict: [{at: /status, status: status}]}\n");
        }
        return spec.toString();
    }

    @Test
    void aResponseDescriptionAtEveryLimitCompilesAndReadsItsLastShapeOutcomeAndStatus(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("wide-responses.yaml"), responsesAtTheLimits(200, 100, 1_000));

        Compilation compilation = Compiled.compile(List.of(dir),
                source("test.Catalogs",
                        "package test;",
                        "@io.codebook.runtime.Codebook(\"wide-responses\")",
                        "final class Catalogs {}"),
                source("test.Check",
                        "package test;",
                        "import io.codebook.runtime.Verdict;",
                        "import java.util.Map;",
                        "public final class Check {",
                        "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                        "  public static void run() {",
                        "    WideResponsesResponse last = WideResponsesResponse.read(Map.of(\"t\", \"t199\", \"status\", \"v998\"));",
                        "    check(last.getClass().getSimpleName().equals(\"Shape199\"), \"the last shape: \" + last);",
                        "    check(last.verdict() == Verdict.DECLINED, \"the last but one status value: \" + last.verdict());",
                        "    check(WideResponsesResponse.read(Map.of(\"t\", \"t1\", \"status\", \"v999\")).verdict()",
                        "        == Verdict.REVIEW, \"the last status value\");",
                        "    WideResponsesResponse many = WideResponsesResponse.read(Map.of(\"c0\", \"A\", \"c99\", \"B\"));",
                        "    check(many.findings().size() == 2, \"a finding for each code sent: \" + many.findings());",
                        "    check(many.findings().get(1).code().wire().equals(\"B\")",
                        "        && many.findings().get(1).code().known().isPresent(), \"the last outcome's code is known\");",
                        "  }",
                        "}"));

        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }

    @Test
    void aResponseDescriptionPastALimitIsRefusedWhereItGoesPast(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("wide-responses.yaml"), responsesAtTheLimits(201, 101, 1_001));

        Compilation compilation = Compiled.compile(List.of(dir), source("test.Catalogs",
                "package test;",
                "@io.codebook.runtime.Codebook(\"wide-responses\")",
                "final class Catalogs {}"));

        assertThat(compilation).hadErrorContaining("the catalog lists 201 shapes of responses; Codebook generates at"
                + " most 200 shapes per catalog.");
        assertThat(compilation).hadErrorContaining("the catalog lists 101 outcomes read by shape 'many-outcomes';"
                + " Codebook generates at most 100 outcomes per shape.");
        assertThat(compilation).hadErrorContaining("the catalog lists 1001 values for status vocabulary 'status';"
                + " Codebook generates at most 1000 values per vocabulary.");
    }
}
