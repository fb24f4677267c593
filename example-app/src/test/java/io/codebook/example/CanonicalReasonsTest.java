package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.Finding;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.Resolution;
import io.codebook.runtime.Verdict;
import io.codebook.runtime.WireCode;
import java.util.OptionalInt;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mapping of vendor codes to canonical reasons, as a reviewer would expect it, and its use. */
class CanonicalReasonsTest {

    static Stream<Arguments> mappings() {
        return Stream.of(
                Arguments.of(ArgosCode.STEP1_RETRY_DOCUMENT_EXPIRED, CanonicalReason.DOCUMENT_EXPIRED),
                Arguments.of(ArgosCode.STEP1_RETRY_EXPIRED_ID, CanonicalReason.DOCUMENT_EXPIRED),
                Arguments.of(ArgosCode.STEP1_RETRY_GLARE_DETECTED, CanonicalReason.IMAGE_QUALITY_POOR),
                Arguments.of(ArgosCode.STEP2_ERROR_UNAUTHORIZED, CanonicalReason.AUTHENTICATION_FAILED),
                Arguments.of(ArgosCode.REJECT_TOO_MANY_RETRY, CanonicalReason.TOO_MANY_ATTEMPTS),
                Arguments.of(ArgosCode.REJECT_BLACKLIST_COUNTRY, CanonicalReason.COUNTRY_NOT_ACCEPTED),
                Arguments.of(AiPriseWarning.DOCUMENT_EXPIRED, CanonicalReason.DOCUMENT_EXPIRED),
                Arguments.of(AiPriseWarning.FACE_NOT_LIVE, CanonicalReason.LIVENESS_ATTACK),
                Arguments.of(AiPriseWarning.LOOKUP_SOURCE_DOWN, CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE),
                Arguments.of(AiPriseWarning.CUSTOM_ERROR_CODE, CanonicalReason.UNCLASSIFIED),
                Arguments.of(IdAnalyzerWarning.DOCUMENT_EXPIRED, CanonicalReason.DOCUMENT_EXPIRED),
                Arguments.of(IdAnalyzerWarning.FAKE_ID, CanonicalReason.DOCUMENT_COUNTERFEIT),
                Arguments.of(IdAnalyzerWarning.AML_SANCTION, CanonicalReason.AML_SANCTIONS),
                Arguments.of(IdAnalyzerWarning.UNDER_18, CanonicalReason.AGE_INFO),
                Arguments.of(BiometricVisionFailure.LIVENESS_CLIENT_OPERATION_ABORTED_BY_USER, CanonicalReason.USER_ABORTED),
                Arguments.of(BiometricVisionFailure.LIVENESS_NO_CAM, CanonicalReason.DEVICE_PROBLEM),
                Arguments.of(BiometricVisionFailure.FACE2FACE_CALC_RESULT_DIFFERENT_FACES, CanonicalReason.FACE_MISMATCH),
                Arguments.of(BiometricVisionFailure.FLOW_EXPIRED_FLOW_SESSION_WAS_EXPIRED, CanonicalReason.SESSION_EXPIRED),
                Arguments.of(YotiReasonCode.MANDATORY_DOCUMENT_NOT_PROVIDED, CanonicalReason.DOCUMENTS_NOT_PROVIDED),
                Arguments.of(YotiReasonCode.FRAUD_DETECTED, CanonicalReason.FRAUD_SUSPECTED),
                Arguments.of(YotiReasonCode.MISSING_LIVENESS, CanonicalReason.LIVENESS_NOT_PERFORMED),
                Arguments.of(YotiFailureDetail.PEP_WARNING, CanonicalReason.AML_PEP),
                Arguments.of(YotiFailureDetail.POOR_LIGHT, CanonicalReason.IMAGE_QUALITY_POOR));
    }

    @ParameterizedTest
    @MethodSource("mappings")
    void vendorCodesMapToTheReasonAReviewerWouldExpect(MappedCode code, CanonicalReason expected) {
        assertEquals(expected, code.canonicalReason(), code.catalog().id() + " " + code.name());
    }

    @Test
    void aReasonListsEveryVendorCodeThatMapsToIt() {
        List<String> expired = CanonicalReason.DOCUMENT_EXPIRED.mappedCodes().stream()
                .map(code -> code.catalog().id() + ":" + code.code())
                .toList();
        assertTrue(expired.containsAll(List.of("id-analyzer:DOCUMENT_EXPIRED", "aiprise:DOCUMENT_EXPIRED",
                "argos:document_expired", "argos:expired_id")), expired.toString());
        assertTrue(CanonicalReason.DOCUMENT_EXPIRED.mappedCodes().stream()
                .allMatch(code -> code.canonicalReason() == CanonicalReason.DOCUMENT_EXPIRED));
    }

    @Test
    void everyVendorCodeIsListedUnderExactlyOneReason() {
        long vendorCodes = Stream.of(ArgosCode.values(), AiPriseWarning.values(), IdAnalyzerWarning.values(),
                        BiometricVisionFailure.values(), YotiReasonCode.values(), YotiFailureType.values(),
                        YotiFailureDetail.values())
                .mapToLong(values -> values.length)
                .sum();
        long listed = Stream.of(CanonicalReason.values()).mapToLong(reason -> reason.mappedCodes().size()).sum();
        assertEquals(vendorCodes, listed);
    }

    @Test
    void theDocumentedActionIsTheReasonsDefaultUnlessTheSpecOverridesItForThatCode() {
        // AiPrise's Decision column approves a missing birth date; it stays data, and does not decide
        assertEquals(AiPriseWarning.DefaultDecision.APPROVED, AiPriseWarning.MISSING_BIRTH_DATE.defaultDecision());
        assertEquals(NextAction.RETRY_CAPTURE, AiPriseWarning.MISSING_BIRTH_DATE.documentedAction());
        assertEquals(NextAction.USER_ACTION, IdAnalyzerWarning.DOCUMENT_EXPIRED.documentedAction());
        // ARGOS asks for a new selfie on a face-compare retry code, where a face mismatch otherwise waits for a person
        assertEquals(NextAction.MANUAL_REVIEW, CanonicalReason.FACE_MISMATCH.defaultAction());
        assertEquals(NextAction.RETRY_CAPTURE, ArgosCode.STEP2_RETRY_FACE_COMPARE_UNDERSCORE.documentedAction());
        // a face swap across liveness frames is an attack, but with an honest explanation: a person looks
        assertEquals(NextAction.REJECT, CanonicalReason.LIVENESS_ATTACK.defaultAction());
        assertEquals(NextAction.MANUAL_REVIEW,
                BiometricVisionFailure.LIVENESS_DIFFERENT_FACES_DIFFERENT_FACES_IN_LIVENESS_DETECTIONS.documentedAction());
        assertEquals(NextAction.REJECT, BiometricVisionFailure.LIVENESS_CALC_RESULT_MASK_ATTACK.documentedAction());
    }

    @Test
    void aDecisionIdAnalyzerSendsInLowerCaseOverridesTheDefault() {
        IdAnalyzerOutcome.Warning warning = IdAnalyzerOutcome.warning("DOCUMENT_EXPIRED", "high", "accept");
        Finding finding = Finding.of("warning", warning.code())
                .withDecision(warning.decision().map(IdAnalyzerOutcome.Decision::action), "accept");
        assertEquals(NextAction.PROCEED, Resolution.resolve(Verdict.APPROVED, List.of(finding)).action());
        assertEquals(NextAction.MANUAL_REVIEW, Resolution.resolve(Verdict.REVIEW, List.of(finding)).action(),
                "a decision never lowers what the vendor's verdict asks for");
    }

    @Test
    void argosRejectsAtTheThirdRetry() {
        Finding glare = Finding.of(ArgosCode.STEP1_RETRY_GLARE_DETECTED);
        assertEquals(NextAction.RETRY_CAPTURE,
                Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(glare), 2, OptionalInt.empty()).action());
        assertEquals(NextAction.REJECT,
                Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(glare), 3, OptionalInt.empty()).action());
        assertEquals(3, ArgosCode.CATALOG.attemptLimit().getAsInt());
    }

    @Test
    void severalVendorCodesResolveToTheMostSevereActionWithRawValuesKept() {
        List<Finding> findings = List.of(
                Finding.of(IdAnalyzerWarning.GLARE_DETECTED),
                Finding.of(IdAnalyzerWarning.AML_PEP),
                Finding.of("warning", WireCode.unrecognized(Map.of("code", "NEW_WARNING_2027"))));
        Resolution resolution = Resolution.resolve(Verdict.REVIEW, findings);
        assertEquals(NextAction.MANUAL_REVIEW, resolution.action());
        assertEquals(Optional.of(IdAnalyzerWarning.AML_PEP), resolution.decisive().flatMap(Finding::known));
        assertEquals("NEW_WARNING_2027", resolution.findings().get(2).raw().get("code"));
    }
}
