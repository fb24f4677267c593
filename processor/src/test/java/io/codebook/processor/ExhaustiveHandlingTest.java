package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handlers written against generated {@code Cases} interfaces, and {@code switch} expressions over
 * generated enums, stop compiling when the spec gains a code, a value or a kind of outcome they do
 * not handle, and javac's message names what is missing.
 */
class ExhaustiveHandlingTest {

    private static final JavaFileObject REQUEST = Compiled.request("\"acme\"");

    private static Path spec(Path dir, String extraCode, String extraOutcome) {
        return Compiled.writeSpec(dir, "acme",
                "codebook: 1",
                "catalog: {id: acme, vendor: Acme, title: Codes, javaName: AcmeCode, source: {document: acme.txt}}",
                "attributes:",
                "  kind: {type: enum, required: true, values: [retry, error, reject]}",
                "outcomes:",
                "  - {id: retry, codes: {where: {kind: retry}}, list: true}",
                "  - {id: error, javaName: Failure, codes: {where: {kind: error}}}",
                extraOutcome,
                "groups:",
                "  - id: main",
                "    title: Main",
                "    codes:",
                "      - {code: blurry_image, kind: retry}",
                "      - {code: bad_request, kind: error}",
                "      - {code: fraud, kind: reject}",
                extraCode);
    }

    private static final JavaFileObject CODE_HANDLER = source("test.CodeHandler",
            "package test;",
            "final class CodeHandler {",
            "  static String describe(String wire) {",
            "    return AcmeCode.match(wire, new AcmeCode.Cases<String>() {",
            "      public String blurryImage() { return \"retake\"; }",
            "      public String badRequest() { return \"our bug\"; }",
            "      public String fraud() { return \"reject\"; }",
            "      public String unknown(String code) { return \"unknown \" + code; }",
            "    });",
            "  }",
            "}");

    private static final JavaFileObject OUTCOME_HANDLER = source("test.OutcomeHandler",
            "package test;",
            "final class OutcomeHandler {",
            "  static String describe(AcmeOutcome outcome) {",
            "    return outcome.match(new AcmeOutcome.Cases<String>() {",
            "      public String retry(AcmeOutcome.Retry retry) { return \"retry \" + retry.codes(); }",
            "      public String failure(AcmeOutcome.Failure failure) {",
            "        return \"failure \" + failure.code().match(known -> known.name(), unknown -> \"unrecognized \" + unknown.wire());",
            "      }",
            "    });",
            "  }",
            "}");

    @Test
    void aCodeHandlerStopsCompilingWhenTheSpecGainsACodeAndNamesIt(@TempDir Path dir) {
        spec(dir, "", "");
        assertThat(Compiled.compile(List.of(dir), REQUEST, CODE_HANDLER)).succeededWithoutWarnings();

        spec(dir, "      - {code: new_check, kind: error}", "");
        Compilation compilation = Compiled.compile(List.of(dir), REQUEST, CODE_HANDLER);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("does not override abstract method newCheck()");
    }

    @Test
    void theSameCodeHandlerCompilesWhenTheCatalogIsSplitIntoSeveralEnums(@TempDir Path dir) {
        spec(dir, "", "");
        Compilation split = Compiled.compile("17", List.of(dir), List.of("-Acodebook.splitAbove=1"), REQUEST,
                CODE_HANDLER);
        assertThat(split).succeededWithoutWarnings();
        assertTrue(Compiled.generatedSource(split, "test/AcmeCode.java").contains("public sealed interface AcmeCode"));
    }

    @Test
    void aSwitchOverAValueOrAGroupEnumStopsCompilingWhenTheSpecGainsOne(@TempDir Path dir) {
        JavaFileObject byValue = source("test.ByValue",
                "package test;",
                "final class ByValue {",
                "  static int weight(AcmeCode code) {",
                "    return switch (code.kind()) {",
                "      case RETRY -> 1;",
                "      case ERROR -> 2;",
                "      case REJECT -> 3;",
                "    };",
                "  }",
                "  static String section(AcmeCode code) {",
                "    return switch (code.group()) {",
                "      case MAIN -> \"main\";",
                "    };",
                "  }",
                "}");
        spec(dir, "", "");
        assertThat(Compiled.compile(List.of(dir), REQUEST, byValue)).succeededWithoutWarnings();

        Compiled.writeSpec(dir, "acme",
                "codebook: 1",
                "catalog: {id: acme, vendor: Acme, title: Codes, javaName: AcmeCode, source: {document: acme.txt}}",
                "attributes:",
                "  kind: {type: enum, required: true, values: [retry, error, reject, review]}",
                "groups:",
                "  - {id: main, title: Main, codes: [{code: blurry_image, kind: retry}]}",
                "  - {id: extra, title: Extra, codes: [{code: look, kind: review}]}");
        Compilation compilation = Compiled.compile(List.of(dir), REQUEST, byValue);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("the switch expression does not cover all possible input values");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void anOutcomeHandlerStopsCompilingWhenTheSpecGainsAKindOfOutcomeAndNamesIt(@TempDir Path dir) {
        spec(dir, "", "");
        assertThat(Compiled.compile(List.of(dir), REQUEST, OUTCOME_HANDLER)).succeededWithoutWarnings();

        spec(dir, "", "  - {id: reject, codes: {where: {kind: reject}}}");
        Compilation compilation = Compiled.compile(List.of(dir), REQUEST, OUTCOME_HANDLER);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("does not override abstract method reject(test.AcmeOutcome.Reject)");
    }

    @Test
    void handlersBehaveAndAPartialHandlerNeedsAnExplicitDefault(@TempDir Path dir) {
        spec(dir, "", "");
        JavaFileObject check = source("test.Check",
                "package test;",
                "import java.util.List;",
                "public final class Check {",
                "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                "  public static void run() {",
                "    check(CodeHandler.describe(\"fraud\").equals(\"reject\"), \"code case\");",
                "    check(CodeHandler.describe(\"FRAUD\").equals(\"unknown FRAUD\"), \"unknown wire value\");",
                "    check(CodeHandler.describe(null).equals(\"unknown null\"), \"null wire value\");",
                "    check(AcmeOutcome.retry(List.of(\"blurry_image\")).codes().get(0).known().orElseThrow()",
                "        == AcmeOutcome.RetryCode.BLURRY_IMAGE, \"retry\");",
                "    check(OutcomeHandler.describe(AcmeOutcome.failure(\"blurry_image\")).equals(\"failure unrecognized blurry_image\"),",
                "        \"a code of another kind\");",
                "    check(OutcomeHandler.describe(AcmeOutcome.failure(\"bad_request\")).equals(\"failure BAD_REQUEST\"), \"failure\");",
                "    String partial = AcmeOutcome.failure(\"bad_request\").match(new AcmeOutcome.PartialCases<String>() {",
                "      public String otherwise() { return \"default\"; }",
                "      public String retry(AcmeOutcome.Retry retry) { return \"retry\"; }",
                "    });",
                "    check(partial.equals(\"default\"), \"partial handler falls back\");",
                "    check(AcmeOutcome.Retry.class.isRecord(), \"outcomes are records\");",
                "    AcmeOutcome.RetryCode retry = AcmeOutcome.RetryCode.BLURRY_IMAGE;",
                "    check(retry.asAcmeCode() == AcmeCode.BLURRY_IMAGE && retry.code().equals(\"blurry_image\"), \"a kind's code\");",
                "    check(AcmeOutcome.RetryCode.from(AcmeCode.FRAUD).isEmpty(), \"a code of another kind\");",
                "  }",
                "}");
        Compilation compilation = Compiled.compile(List.of(dir), REQUEST, CODE_HANDLER, OUTCOME_HANDLER, check);
        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }

    @Test
    void aPartialHandlerWithoutItsDefaultDoesNotCompile(@TempDir Path dir) {
        spec(dir, "", "");
        Compilation compilation = Compiled.compile(List.of(dir), REQUEST, source("test.Partial",
                "package test;",
                "final class Partial {",
                "  static final AcmeOutcome.Cases<String> HANDLER = new AcmeOutcome.PartialCases<String>() {",
                "    public String retry(AcmeOutcome.Retry retry) { return \"retry\"; }",
                "  };",
                "}"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("does not override abstract method otherwise()");
    }
}
