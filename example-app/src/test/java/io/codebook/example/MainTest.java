package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    private record Run(int status, String output) {}

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Main.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void explainsAKnownCodeWithTheVendorsTextAndTypedFacts() {
        Run run = run("id-analyzer", "FACE_MISMATCH");
        assertEquals(0, run.status());
        assertEquals(String.join(System.lineSeparator(),
                "- id-analyzer sent \"FACE_MISMATCH\": FACE_MISMATCH (section \"Biomertic Warnings\")",
                "    Face mismatch between document photo and selfie photo, similarity score: %.2f.",
                "    severity High, confidence 0 ~ 1",
                "    canonical reason FACE_MISMATCH, next action manual-review",
                "    tell the user (en): " + CanonicalReason.FACE_MISMATCH.userText(java.util.Locale.ENGLISH),
                ""), run.output());
    }

    @Test
    void explainsACompositeKeyWhereNoneMeansNoDetail() {
        Run run = run("biometric-vision", "Liveness", "SERVICE_ERROR", "None");
        assertEquals(0, run.status());
        assertTrue(run.output().contains(": LIVENESS_SERVICE_ERROR (section \"Liveness\")"), run.output());
        assertTrue(run.output().contains("Internal service error"), run.output());
    }

    @Test
    void explainsAnArgosCodeByStepAndKindWithEveryMessageVariant() {
        Run run = run("argos", "1", "error", "invalid_idType");
        assertEquals(0, run.status());
        assertTrue(run.output().contains("message: This project is not using the Universal option."), run.output());
        assertTrue(run.output().contains("message: ID Card issued from Korea cannot use universal id type."), run.output());
        assertTrue(run.output().contains("error code of step 1, HTTP 400"), run.output());
    }

    @Test
    void explainsAYotiDetailRowByRow() {
        Run run = run("yoti-failure-detail", "UNABLE_TO_VERIFY_ADDRESS");
        assertEquals(0, run.status());
        assertTrue(run.output().contains("provider CRA, with failure types [IDENTITY_CHECK]"), run.output());
        assertTrue(run.output().contains("row: For DBS standard/enhanced: When the address could not be verified,"
                + " reason codes [IDENTITY_CHECK_FAILED]"), run.output());
    }

    @Test
    void aYotiReasonCodeSpelledTheOtherWayIsStillKnown() {
        Run run = run("yoti-reason", "FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED");
        assertEquals(0, run.status());
        assertTrue(run.output().contains(": FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED (section \"Aborted\")"),
                run.output());
    }

    @Test
    void printsTheEndUserTextInTheLocaleChosenOnTheCommandLine() {
        Run run = run("--locale", "kk", "argos", "1", "retry", "glare_detected");
        assertEquals(0, run.status());
        assertTrue(run.output().contains("    tell the user (kk): "
                + CanonicalReason.IMAGE_QUALITY_POOR.userText(java.util.Locale.forLanguageTag("kk"))), run.output());
        assertTrue(!CanonicalReason.IMAGE_QUALITY_POOR.userText(java.util.Locale.forLanguageTag("kk"))
                .equals(CanonicalReason.IMAGE_QUALITY_POOR.userText(java.util.Locale.ENGLISH)), "a Kazakh text");
    }

    @Test
    void anUnknownCodeIsReportedAsSentAndExitsNonZero() {
        Run run = run("aiprise", "BRAND_NEW_CODE");
        assertEquals(1, run.status());
        assertTrue(run.output().contains("sent \"BRAND_NEW_CODE\": not in the catalog. Kept as sent"), run.output());
    }

    @Test
    void theTourSummarisesEveryCatalog() {
        Run run = run();
        assertEquals(0, run.status());
        assertTrue(run.output().contains("ID Analyzer - Validations & Warnings: 70 codes in 4 sections"), run.output());
        assertTrue(run.output().contains("Biometric.Vision - Failure Reasons: 82 codes in 10 sections"), run.output());
    }

    @Test
    void anUnknownCatalogPrintsUsage() {
        Run run = run("nobody", "X");
        assertEquals(2, run.status());
        assertTrue(run.output().startsWith("error: expected a response file (or -) or a catalog and wire values"),
                run.output());
        assertTrue(run.output().contains("usage: codebook-example [--vendor NAME]"), run.output());
    }
}
