package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each vendor's hierarchy, built from wire values and handled exhaustively, as the app does. */
class OutcomeTourTest {

    @Test
    void argosRetryErrorRejectAndUnknown() {
        assertEquals("ARGOS: ask the user to retry (STEP2_RETRY_NO_FACE, retry 2)",
                OutcomeTour.argos(ArgosOutcome.retry(2, List.of("no_face"), 2)));
        assertEquals("ARGOS: request failed: unauthorized - Invalid API key. Please check.",
                OutcomeTour.argos(ArgosOutcome.requestError(2, "unauthorized")));
        assertEquals("ARGOS: rejected: When the option is on, KYC from duplicate user is rejected.",
                OutcomeTour.argos(ArgosOutcome.reject("duplicate_user")));
        assertEquals("ARGOS: request failed: a code the catalog does not know, kept as sent {step=1, kind=error,"
                + " code=no_face}", OutcomeTour.argos(ArgosOutcome.requestError(1, "no_face")));
        assertEquals("ARGOS: ask the user to retry (STEP1_RETRY_GLARE_DETECTED, unrecognized brand_new_retry, retry 1)",
                OutcomeTour.argos(ArgosOutcome.retry(1, List.of("glare_detected", "brand_new_retry"), 1)),
                "the known code stays typed beside the new one");
    }

    @Test
    void yotiAbortedWithItsFailureTypes() {
        assertEquals("Yoti: aborted, MISSING_LIVENESS (failure types [LIVENESS])",
                OutcomeTour.yoti(YotiOutcome.aborted("MISSING_LIVENESS", List.of("LIVENESS"), List.of("USER_FAILED_LIVENESS"))));
        assertEquals("Yoti: requirements not met, UNABLE_TO_VERIFY_ADDRESS",
                OutcomeTour.yoti(YotiOutcome.requirementsNotMet("UNABLE_TO_VERIFY_ADDRESS", List.of(), List.of())));
    }

    @Test
    void biometricVisionIdAnalyzerAndAiPrise() {
        assertEquals("Biometric.Vision: Face2Face failed: Faces on selfie and reference do not match",
                OutcomeTour.biometric(BiometricVisionOutcome.technologyFailure("Face2Face", "CALC_RESULT", "Different faces")));
        assertEquals("ID Analyzer: FACE_LIVENESS_ERR, reported severity medium, documented High",
                OutcomeTour.idAnalyzer(IdAnalyzerOutcome.warning("FACE_LIVENESS_ERR", "medium", "review")));
        assertEquals("AiPrise: AML_MATCH, decision - (documented default REVIEW)",
                OutcomeTour.aiPrise(AiPriseOutcome.warning("AML_MATCH", null)));
    }
}
