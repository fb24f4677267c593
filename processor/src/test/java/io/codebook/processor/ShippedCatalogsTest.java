package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogs shipped in codebook-catalog-specs generate code that compiles under strict lint. */
class ShippedCatalogsTest {

    @Test
    void everyShippedCatalogGeneratesAndCompilesFromTheProcessorPath() {
        Compilation compilation = Compiled.compile(List.of(),
                source("test.Catalogs",
                        "package test;",
                        "@io.codebook.runtime.Codebook({\"id-analyzer\", \"biometric-vision\", \"aiprise\", \"argos\",",
                        "    \"yoti-reason\", \"yoti-failure-type\", \"yoti-failure-detail\"})",
                        "final class Catalogs {}"),
                source("test.Check",
                        "package test;",
                        "public final class Check {",
                        "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                        "  public static void run() {",
                        "    IdAnalyzerWarning mismatch = IdAnalyzerWarning.fromCode(\"FACE_MISMATCH\").orElseThrow();",
                        "    check(mismatch.severity() == IdAnalyzerWarning.Severity.HIGH, \"severity\");",
                        "    check(mismatch.confidence() == IdAnalyzerWarning.Confidence.SCORE, \"confidence\");",
                        "    check(mismatch.group() == IdAnalyzerWarning.Group.BIOMETRIC, \"group\");",
                        "    check(mismatch.group().title().equals(\"Biomertic Warnings\"), \"heading typo kept\");",
                        "    check(BiometricVisionFailure.fromKey(\"Liveness\", \"CLIENT\", \"Operation aborted by user\")",
                        "        .orElseThrow().description().orElseThrow().equals(\"User aborted the process\"), \"composite\");",
                        "    check(BiometricVisionFailure.fromKey(\"Liveness\", \"OTHER\", \"Operation aborted by user\")",
                        "        .orElseThrow().description().orElseThrow().equals(\"Process stopped by external cause\"), \"same detail, other type\");",
                        "    check(BiometricVisionFailure.fromKey(\"Liveness\", \"SERVICE_ERROR\", \"None\").isPresent(), \"None detail\");",
                        "  }",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }

    @Test
    void yotisPriorityOrderIsTheDocumentsAndNamesItsCodes() {
        Catalog yoti = Specs.shipped("yoti-reason");
        assertEquals(List.of("FRAUD_DETECTED", "UNABLE_TO_VALIDATE_DOCUMENT",
                "FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED", "FACE_MATCH_VERIFICATION_FAILED",
                "MANDATORY_DOCUMENT_NOT_PROVIDED"), yoti.priority().orElseThrow().order());
    }
}
