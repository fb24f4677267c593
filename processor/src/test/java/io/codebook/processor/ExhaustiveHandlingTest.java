package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handlers written against generated {@code Cases} interfaces stop compiling when the spec gains
 * a code or a kind of outcome they do not handle, and javac's message names what is missing.
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
                "  - {id: error, codes: {where: {kind: error}}}",
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
            "      public String error(AcmeOutcome.Error error) { return \"error \" + error.code(); }",
            "      public String unknown(AcmeOutcome.Unknown unknown) { return \"unknown \" + unknown.raw(); }",
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
                "    check(OutcomeHandler.describe(AcmeOutcome.retry(List.of(\"blurry_image\"))).equals(\"retry [BLURRY_IMAGE]\"), \"retry\");",
                "    check(OutcomeHandler.describe(AcmeOutcome.error(\"blurry_image\")).startsWith(\"unknown\"), \"wrong kind\");",
                "    String partial = AcmeCode.BAD_REQUEST.match(new AcmeCode.PartialCases<String>() {",
                "      protected String otherwise() { return \"default\"; }",
                "      public String fraud() { return \"fraud\"; }",
                "    });",
                "    check(partial.equals(\"default\"), \"partial handler falls back\");",
                "    check(AcmeCode.FRAUD.kind().match(new AcmeCode.Kind.Cases<Integer>() {",
                "      public Integer retry() { return 1; }",
                "      public Integer error() { return 2; }",
                "      public Integer reject() { return 3; }",
                "    }) == 3, \"by attribute value\");",
                "    check(AcmeCode.FRAUD.group().match(new AcmeCode.Group.Cases<String>() {",
                "      public String main() { return \"main\"; }",
                "    }).equals(\"main\"), \"by group\");",
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
                "  static final AcmeCode.Cases<String> HANDLER = new AcmeCode.PartialCases<String>() {",
                "    public String fraud() { return \"fraud\"; }",
                "  };",
                "}"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("does not override abstract method otherwise()");
    }
}
