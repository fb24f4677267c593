package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.compile;
import static io.codebook.processor.Compiled.generatedSource;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookProcessorTest {

    private static final JavaFileObject REQUEST = Compiled.request("{\"widget-warnings\", \"flow-failures\"}");

    @Test
    void generatedCodeCompilesUnderStrictLintAndBehavesAsTheSpecSays() {
        JavaFileObject check = source("test.Check",
                "package test;",
                "import java.util.Optional;",
                "public final class Check {",
                "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                "  public static void run() {",
                "    check(WidgetWarning.fromCode(\"DOCUMENT_EXPIRED\").equals(Optional.of(WidgetWarning.DOCUMENT_EXPIRED)), \"exact code\");",
                "    check(WidgetWarning.fromCode(\"document_expired\").equals(Optional.of(WidgetWarning.DOCUMENT_EXPIRED)), \"alias\");",
                "    check(WidgetWarning.fromCode(\"Document_Expired\").isEmpty(), \"case-exact\");",
                "    check(WidgetWarning.fromCode(null).isEmpty(), \"null\");",
                "    check(WidgetWarning.fromCode(\"\").isEmpty(), \"empty\");",
                "    WidgetWarning idType = WidgetWarning.fromCode(\"invalid_idType\").orElseThrow();",
                "    check(idType == WidgetWarning.INVALID_ID_TYPE, \"derived constant name\");",
                "    check(idType.code().equals(\"invalid_idType\"), \"wire code kept\");",
                "    check(idType.severity() == WidgetWarning.Severity.LOW, \"enum attribute\");",
                "    check(idType.httpStatus().getAsInt() == 400, \"integer shared by the group\");",
                "    check(idType.retryable(), \"boolean\");",
                "    check(idType.hint().equals(Optional.of(\"no\")), \"YAML 1.1 'no' stays a string\");",
                "    check(idType.description().equals(Optional.of(\"Invalid id type: {idType}.\")), \"description\");",
                "    check(idType.messages().size() == 2, \"messages\");",
                "    check(idType.messages().get(1).text().equals(\"Don't use {idType}.\"), \"message text\");",
                "    check(idType.messages().get(1).description().equals(Optional.of(\"When the type is unknown.\")), \"message description\");",
                "    check(idType.group() == WidgetWarning.Group.DOCUMENT, \"group\");",
                "    check(idType.group().title().equals(\"Document Warnings\"), \"group title\");",
                "    check(idType.catalog().id().equals(\"widget-warnings\"), \"catalog\");",
                "    check(!WidgetWarning.DOCUMENT_EXPIRED.retryable(), \"boolean default\");",
                "    check(WidgetWarning.FACE_MISMATCH.severity() == WidgetWarning.Severity.EXACTLY_ONE, \"explicit value name\");",
                "    check(WidgetWarning.FACE_MISMATCH.httpStatus().isEmpty(), \"absent optional integer\");",
                "    check(WidgetWarning.FACE_MISMATCH.hint().isEmpty(), \"absent optional string\");",
                "    check(WidgetWarning.LEGACY_ZERO.code().equals(\"0123\"), \"0123 stays a string\");",
                "    check(WidgetWarning.Severity.fromValue(\"low\").equals(Optional.of(WidgetWarning.Severity.LOW)), \"value alias\");",
                "    check(WidgetWarning.Severity.fromValue(\"=1\").equals(Optional.of(WidgetWarning.Severity.EXACTLY_ONE)), \"value\");",
                "    check(WidgetWarning.Severity.fromValue(null).isEmpty(), \"null value\");",
                "    check(WidgetWarning.Severity.HIGH.value().equals(\"High\"), \"wire value\");",
                "    check(WidgetWarning.DOCUMENT_EXPIRED.related().equals(java.util.List.of(idType, WidgetWarning.FACE_MISMATCH)), \"relation in the catalog\");",
                "    check(WidgetWarning.FACE_MISMATCH.related().isEmpty(), \"no relation\");",
                "    check(WidgetWarning.DOCUMENT_EXPIRED.reason().equals(Optional.of(WidgetReason.EXPIRED)), \"relation to another catalog\");",
                "    check(WidgetWarning.FACE_MISMATCH.reason().isEmpty(), \"no reference\");",
                "    WidgetWarning.Variant third = WidgetWarning.CHECK_ERROR.variants().get(0);",
                "    check(WidgetWarning.CHECK_ERROR.variants().size() == 2, \"variants\");",
                "    check(third.description().equals(Optional.of(\"Third party failed.\")), \"variant description\");",
                "    check(third.hint().equals(Optional.of(\"third party\")), \"variant attribute\");",
                "    check(third.related().equals(java.util.List.of(WidgetWarning.FACE_MISMATCH)), \"variant relation\");",
                "    check(third.when().isEmpty(), \"no condition\");",
                "    WidgetWarning.Variant cra = WidgetWarning.CHECK_ERROR.variants().get(1);",
                "    check(cra.when().equals(Optional.of(\"For DBS basic\")) && cra.hint().isEmpty(), \"second variant\");",
                "    check(WidgetWarning.CHECK_ERROR.hint().isEmpty(), \"varying attribute is not on the code\");",
                "    check(WidgetWarning.CHECK_ERROR.reason().equals(Optional.of(WidgetReason.WRONG_INPUT)), \"shared fact\");",
                "    check(WidgetWarning.DOCUMENT_EXPIRED.variants().isEmpty(), \"no variants\");",
                "    io.codebook.runtime.CatalogCode generic = idType;",
                "    check(generic.name().equals(\"INVALID_ID_TYPE\"), \"CatalogCode view\");",
                "",
                "    String aborted = \"Operation aborted by user\";",
                "    check(FlowFailuresCode.fromKey(\"Liveness\", \"CLIENT\", aborted).orElseThrow()",
                "        == FlowFailuresCode.LIVENESS_CLIENT_OPERATION_ABORTED_BY_USER, \"composite key\");",
                "    check(FlowFailuresCode.fromKey(\"Liveness\", \"OTHER\", aborted).orElseThrow()",
                "        == FlowFailuresCode.LIVENESS_OTHER_OPERATION_ABORTED_BY_USER, \"same detail, other type\");",
                "    check(FlowFailuresCode.fromKey(\"Liveness\", \"SERVICE_ERROR\", \"None\").orElseThrow()",
                "        == FlowFailuresCode.LIVENESS_SERVICE_ERROR, \"None means no detail\");",
                "    check(FlowFailuresCode.fromKey(\"Liveness\", \"SERVICE_ERROR\", null).orElseThrow()",
                "        == FlowFailuresCode.LIVENESS_SERVICE_ERROR, \"null means no detail\");",
                "    check(FlowFailuresCode.fromKey(\"Address v1 / v2\", \"SERVICE_ERROR\", \"\").orElseThrow()",
                "        == FlowFailuresCode.ADDRESS_V1_V2_SERVICE_ERROR, \"empty means no detail\");",
                "    check(FlowFailuresCode.fromKey(\"Liveness\", \"CLIENT\", \"nope\").isEmpty(), \"unknown detail\");",
                "    check(FlowFailuresCode.fromKey(\"liveness\", \"CLIENT\", aborted).isEmpty(), \"case-exact enum part\");",
                "    check(FlowFailuresCode.fromKey(\"Liveness\", \"CLIENT\", null).isEmpty(), \"missing detail is not another code\");",
                "    check(FlowFailuresCode.fromKey(null, null, null).isEmpty(), \"all null\");",
                "    check(FlowFailuresCode.LIVENESS_SERVICE_ERROR.code().equals(\"Liveness / SERVICE_ERROR\"), \"display code\");",
                "    check(FlowFailuresCode.LIVENESS_SERVICE_ERROR.failureDetail().isEmpty(), \"absent key part\");",
                "  }",
                "}");
        Compilation compilation = compile(REQUEST, check);
        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }

    @Test
    void belowJava17OneClearErrorIsReportedAtTheAnnotationAndNothingIsGenerated() {
        for (String release : List.of("11", "16")) {
            javax.tools.JavaFileObject request = Compiled.request("\"widget-warnings\"");
            Compilation compilation = Compiled.compile(release, List.of(Compiled.testSpecs()), request);
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation).hadErrorContaining("this compilation targets Java " + release
                    + ", but the code Codebook generates is Java 17").inFile(request);
            // hadErrorCount(1) above: a generated file would have added its own errors below Java 17
        }
    }

    @Test
    void generatedCodeCarriesGeneratedAndTheVendorsDescriptionAsJavadoc() {
        Compilation compilation = compile(REQUEST);
        assertThat(compilation).succeededWithoutWarnings();
        String widget = generatedSource(compilation, "test/WidgetWarning.java");
        assertTrue(widget.contains("@Generated("), widget);
        assertTrue(widget.contains("* Document has already expired."), "vendor description is the constant's javadoc");
        assertTrue(widget.contains("Note: The vendor also sends expired_id."), "notes reach the javadoc");
        assertTrue(widget.contains("* <p>Warnings the Widget API returns."), "catalog description is the type's javadoc");
    }

    @Test
    void generatingTwiceFromTheSameSpecsGivesIdenticalSources() {
        Compilation first = compile(REQUEST);
        Compilation second = compile(REQUEST);
        for (String path : List.of("test/WidgetWarning.java", "test/FlowFailuresCode.java")) {
            assertEquals(generatedSource(first, path), generatedSource(second, path), path);
        }
    }

    @Test
    void specErrorsAreReportedWithFileLineAndColumnAndAllAtOnce(@TempDir Path dir) throws IOException {
        Path spec = Compiled.writeSpec(dir, "broken-spec",
                "codebook: 1",
                "catalog:",
                "  id: broken-spec",
                "  vendor: V",
                "  title: T",
                "  source: {document: d.txt}",
                "attributes:",
                "  severity: {type: enum, required: true, values: [High, Low]}",
                "groups:",
                "  - id: g",
                "    title: G",
                "    codes:",
                "      - code: A",
                "        severity: Hgh",
                "      - code: B",
                "        severty: High",
                "      - code: C");
        JavaFileObject request = Compiled.request("{\"broken-spec\", \"widget-warnings\"}");
        Compilation compilation = compile(List.of(dir, Compiled.testSpecs()), request);
        assertThat(compilation).failed();
        // shown at the annotation that asked for the catalog, where an IDE underlines it
        assertThat(compilation).hadErrorContaining("'Hgh' is not a value").inFile(request).onLine(2);
        // the README's example error, word for word
        assertThat(compilation).hadErrorContaining(spec + ":14:19: 'Hgh' is not a value of attribute 'severity'"
                + " (allowed: High, Low). Did you mean 'High'? Use one of them, or add it to the attribute's 'values'."
                + " [CODEBOOK-UNKNOWN-ATTRIBUTE-VALUE]");
        // B's severity is there under a misspelled key: one mistake, so B is not also said to lack it
        assertThat(compilation).hadErrorContaining(spec + ":16:9: unknown key 'severty' in code 'B'. Did you mean"
                + " 'severity'? [CODEBOOK-UNKNOWN-KEY]");
        assertThat(compilation).hadErrorContaining(spec + ":17:9: code 'C' needs a value for the required attribute"
                + " 'severity'. Add it here or in the group's 'shared'. [CODEBOOK-REQUIRED-VALUE-MISSING]");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void twoCodesWithTheSameJavaNameAreAnErrorNamingBothPositions(@TempDir Path dir) throws IOException {
        Path spec = Compiled.writeSpec(dir, "clash",
                "codebook: 1",
                "catalog: {id: clash, vendor: V, title: T, source: {document: d.txt}}",
                "groups:",
                "  - id: g",
                "    title: G",
                "    codes:",
                "      - code: invalid_idType",
                "      - code: INVALID_ID_TYPE");
        Compilation compilation = compile(List.of(dir), Compiled.request("\"clash\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":8:9: code 'INVALID_ID_TYPE' and code 'invalid_idType' at "
                + spec + ":7:9 both get the constant name INVALID_ID_TYPE");
        assertThat(compilation).hadErrorContaining("Give one of them a 'javaName'. [CODEBOOK-NAME-CLASH-CONSTANT]");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aReferenceToACodeThatDoesNotExistIsAnErrorAtTheReference(@TempDir Path dir) throws IOException {
        Path spec = Compiled.writeSpec(dir, "refs",
                "codebook: 1",
                "catalog: {id: refs, vendor: V, title: T, source: {document: d.txt}}",
                "attributes:",
                "  reason: {type: code, catalog: widget-reasons}",
                "groups:",
                "  - id: g",
                "    title: G",
                "    codes:",
                "      - {code: A, reason: EXPIRD}");
        Compilation compilation = compile(List.of(dir, Compiled.testSpecs()), Compiled.request("\"refs\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":9:27: 'EXPIRD' is not a code of catalog 'widget-reasons'"
                + " (attribute 'reason'). Did you mean 'EXPIRED'? [CODEBOOK-UNKNOWN-CODE]");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aMissingSpecIsAnErrorThatSaysWhereItLooked() {
        Compilation compilation = compile(Compiled.request("\"no-such-vendor\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("no spec for catalog 'no-such-vendor'");
        assertThat(compilation).hadErrorContaining("processor path: codebook/no-such-vendor.yaml");
        assertThat(compilation).hadErrorContaining("[CODEBOOK-SPEC-NOT-FOUND]");
    }

    @Test
    void aMistypedCatalogIdGetsTheNearestKnownOneAndAMissingDirectoryIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("src/main/codebok");
        Compilation compilation = compile(List.of(missing), Compiled.request("\"id-analyser\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("no spec for catalog 'id-analyser'. Did you mean 'id-analyzer'?");
        assertThat(compilation).hadErrorContaining("The spec directory " + missing + " does not exist.");
        assertTrue(compilation.errors().get(0).getMessage(java.util.Locale.ROOT).startsWith("no spec for catalog"),
                "no made-up position in a file that does not exist");
    }

    @Test
    void aConsumersSpecDirectoryOverridesTheShippedCatalog(@TempDir Path dir) throws IOException {
        Compiled.writeSpec(dir, "aiprise",
                "codebook: 1",
                "catalog: {id: aiprise, vendor: Our AiPrise, title: T, javaName: OurAiPrise, source: {document: ours.txt}}",
                "groups:",
                "  - {id: g, title: G, codes: [{code: OUR_OWN_CODE}]}");
        Compilation compilation = compile(List.of(dir), Compiled.request("\"aiprise\""));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(generatedSource(compilation, "test/OurAiPrise.java").contains("    OUR_OWN_CODE;"));
    }

    @Test
    void generatesIntoTheRequestedPackage() {
        Compilation compilation = compile(
                Compiled.request("value = \"widget-warnings\", packageName = \"com.acme.kyc\""));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(generatedSource(compilation, "com/acme/kyc/WidgetWarning.java").startsWith("package com.acme.kyc;"));
    }

    @Test
    void aCatalogRequestedTwiceIsAnError() {
        Compilation compilation = compile(Compiled.request("{\"widget-warnings\", \"widget-warnings\"}"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("catalog 'widget-warnings' is requested more than once."
                + " Request each catalog in one @Codebook only. [CODEBOOK-DUPLICATE-REQUEST]");
    }

    @Test
    void anInvalidRequestIsAnErrorAtItsAnnotationWithAnIdForEachMistake() {
        JavaFileObject badPackage = Compiled.request("value = \"widget-warnings\", packageName = \"com..acme\"");
        Compilation compilation = compile(badPackage);
        assertThat(compilation).hadErrorContaining("packageName 'com..acme' is not a valid Java package name.")
                .inFile(badPackage).onLine(2);
        assertThat(compilation).hadErrorContaining("[CODEBOOK-REQUEST-PACKAGE]");
        assertThat(compilation).hadErrorCount(1);

        compilation = compile(Compiled.request("{}"));
        assertThat(compilation).hadErrorContaining("@Codebook names no catalog. Name at least one, e.g."
                + " @Codebook(\"id-analyzer\"). [CODEBOOK-REQUEST-EMPTY]");
        assertThat(compilation).hadErrorCount(1);

        compilation = compile(Compiled.request("\"Widget_Warnings\""));
        assertThat(compilation).hadErrorContaining("'Widget_Warnings' is not a catalog id: ids are lower-case words"
                + " joined by '-', such as 'id-analyzer'. [CODEBOOK-REQUEST-CATALOG-ID]");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSplitAboveOptionThatIsNoNumberIsAnError() {
        Compilation compilation = Compiled.compile("17", List.of(Compiled.testSpecs()),
                List.of("-A" + CodebookProcessor.SPLIT_ABOVE_OPTION + "=many"), REQUEST);
        assertThat(compilation).hadErrorContaining("-Acodebook.splitAbove=many is not a whole number of codes."
                + " Give a number such as 500, or remove the option. [CODEBOOK-OPTION-SPLIT-ABOVE]");
        assertThat(compilation).hadErrorCount(1);
    }
}
