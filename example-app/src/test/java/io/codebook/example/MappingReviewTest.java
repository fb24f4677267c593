package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a KYC reviewer checks first in the mappings: every vendor code, its canonical reason and the
 * action it resolves to by default, listed in {@code target/mapping-review.tsv}, and three rules no
 * mapping may break. The rules are read from the vocabulary's groups, so a reason added to a group
 * is held to them without a change here.
 */
class MappingReviewTest {

    private static final Path LISTING = Path.of("target", "mapping-review.tsv");

    private static List<MappedCode> everyVendorCode() {
        return Stream.of(ArgosCode.values(), AiPriseWarning.values(), IdAnalyzerWarning.values(),
                        BiometricVisionFailure.values(), YotiReasonCode.values(), YotiFailureType.values(),
                        YotiFailureDetail.values())
                .flatMap(Arrays::stream)
                .map(MappedCode.class::cast)
                .toList();
    }

    private static String group(MappedCode code) {
        return code.canonicalReason().group().id();
    }

    @Test
    void everyVendorCodeIsListedWithItsReasonAndDefaultAction() throws IOException {
        List<String> rows = new ArrayList<>(List.of("catalog\tcode\treason\tgroup\tdefault action"));
        for (MappedCode code : everyVendorCode()) {
            rows.add(String.join("\t", code.catalog().id(), code.code(), code.canonicalReason().name(), group(code),
                    code.documentedAction().specName()));
        }
        Files.createDirectories(LISTING.getParent());
        Files.write(LISTING, rows, StandardCharsets.UTF_8);
        assertEquals(368, rows.size() - 1, "the five vendors' documents list 368 codes");
    }

    @Test
    void noPresentationAttackIsMetWithARetry() {
        List<String> retried = everyVendorCode().stream()
                .filter(code -> group(code).equals("presentation-attack"))
                .filter(code -> code.documentedAction() == NextAction.RETRY_CAPTURE
                        || code.documentedAction() == NextAction.RETRY_LATER)
                .map(MappingReviewTest::describe)
                .toList();
        assertEquals(List.of(), retried, "an attacker must never be coached to try again");
        assertTrue(everyVendorCode().stream().filter(code -> group(code).equals("presentation-attack")).count() >= 5,
                "the attacks the review found (mask, face swap, replayed selfie, not live, photo of a photo) are mapped");
    }

    @Test
    void everyInformationalCodeProceeds() {
        List<String> blocking = everyVendorCode().stream()
                .filter(code -> group(code).equals("informational"))
                .filter(code -> code.documentedAction() != NextAction.PROCEED)
                .map(MappingReviewTest::describe)
                .toList();
        assertEquals(List.of(), blocking, "a signal recorded for information must not stop a verification");
    }

    @Test
    void noIntegrationErrorOrVendorOutageRejectsTheUser() {
        Set<String> ours = Set.of("integration", "vendor-service");
        List<String> rejecting = everyVendorCode().stream()
                .filter(code -> ours.contains(group(code)))
                .filter(code -> code.documentedAction() == NextAction.REJECT)
                .map(MappingReviewTest::describe)
                .toList();
        assertEquals(List.of(), rejecting, "the user is not to blame for our request or the vendor's outage");
    }

    @Test
    void theAttacksAndTheInformationalCodesAreExactlyTheOnesTheReviewSigned() {
        // a code joining or leaving either group is a decision a reviewer signs, not a side effect
        assertEquals(List.of(
                        "aiprise:FACE_NOT_LIVE",
                        "aiprise:FACE_PHOTO_OF_PHOTO",
                        "biometric-vision:Liveness / CALC_RESULT / Mask Attack",
                        "biometric-vision:Liveness / DIFFERENT_FACES / Different faces in liveness detections",
                        "id-analyzer:RECAPTURED_FACE"),
                inGroup("presentation-attack"));
        assertEquals(List.of(
                        "aiprise:MISSING_ADDRESS", "aiprise:MISSING_GENDER", "aiprise:MISSING_NATIONALITY",
                        "aiprise:MISSING_PERSONAL_NUMBER", "aiprise:MISSING_POSTCODE",
                        "id-analyzer:IP_COUNTRY_MISMATCH", "id-analyzer:MISSING_ENDORSEMENT", "id-analyzer:MISSING_EYE_COLOR",
                        "id-analyzer:MISSING_HAIR_COLOR", "id-analyzer:MISSING_HEIGHT", "id-analyzer:MISSING_LOCAL_NAME",
                        "id-analyzer:MISSING_RESTRICTIONS", "id-analyzer:MISSING_VEHICLE_CLASS", "id-analyzer:MISSING_WEIGHT",
                        "id-analyzer:UNDER_18", "id-analyzer:UNDER_19", "id-analyzer:UNDER_20", "id-analyzer:UNDER_21"),
                inGroup("informational"));
    }

    private static List<String> inGroup(String group) {
        return everyVendorCode().stream().filter(code -> group(code).equals(group))
                .map(code -> code.catalog().id() + ":" + code.code()).sorted().toList();
    }

    private static String describe(MappedCode code) {
        return code.catalog().id() + ":" + code.code() + " -> " + code.canonicalReason() + " / "
                + code.documentedAction().specName();
    }

    /** Per vendor, the mappings a reviewer checks first: every attack, every informational code, the disputed ones. */
    static Stream<Arguments> firstChecked() {
        return Stream.of(
                // presentation attacks: stopped, never coached
                Arguments.of(BiometricVisionFailure.LIVENESS_CALC_RESULT_MASK_ATTACK, CanonicalReason.LIVENESS_ATTACK, NextAction.REJECT),
                Arguments.of(BiometricVisionFailure.LIVENESS_DIFFERENT_FACES_DIFFERENT_FACES_IN_LIVENESS_DETECTIONS, CanonicalReason.LIVENESS_ATTACK, NextAction.MANUAL_REVIEW),
                Arguments.of(IdAnalyzerWarning.RECAPTURED_FACE, CanonicalReason.LIVENESS_ATTACK, NextAction.REJECT),
                Arguments.of(AiPriseWarning.FACE_NOT_LIVE, CanonicalReason.LIVENESS_ATTACK, NextAction.REJECT),
                Arguments.of(AiPriseWarning.FACE_PHOTO_OF_PHOTO, CanonicalReason.LIVENESS_ATTACK, NextAction.REJECT),
                Arguments.of(ArgosCode.STEP1_RETRY_ID_LIVENESS_FAIL, CanonicalReason.DOCUMENT_FORGERY, NextAction.MANUAL_REVIEW),
                // informational: proceed, recorded
                Arguments.of(IdAnalyzerWarning.UNDER_18, CanonicalReason.AGE_INFO, NextAction.PROCEED),
                Arguments.of(IdAnalyzerWarning.UNDER_19, CanonicalReason.AGE_INFO, NextAction.PROCEED),
                Arguments.of(IdAnalyzerWarning.UNDER_20, CanonicalReason.AGE_INFO, NextAction.PROCEED),
                Arguments.of(IdAnalyzerWarning.UNDER_21, CanonicalReason.AGE_INFO, NextAction.PROCEED),
                Arguments.of(IdAnalyzerWarning.MISSING_WEIGHT, CanonicalReason.OPTIONAL_FIELD_MISSING, NextAction.PROCEED),
                Arguments.of(IdAnalyzerWarning.MISSING_ENDORSEMENT, CanonicalReason.OPTIONAL_FIELD_MISSING, NextAction.PROCEED),
                Arguments.of(IdAnalyzerWarning.IP_COUNTRY_MISMATCH, CanonicalReason.RISK_SIGNAL, NextAction.PROCEED),
                Arguments.of(AiPriseWarning.MISSING_ADDRESS, CanonicalReason.OPTIONAL_FIELD_MISSING, NextAction.PROCEED),
                // AiPrise's Decision column is data: user-fixable problems retry, signals go to a person, outages wait
                Arguments.of(AiPriseWarning.FACE_BLUR, CanonicalReason.FACE_CAPTURE_CONDITIONS, NextAction.RETRY_CAPTURE),
                Arguments.of(AiPriseWarning.DOCUMENT_NOT_FOUND, CanonicalReason.DOCUMENT_NOT_DETECTED, NextAction.RETRY_CAPTURE),
                Arguments.of(AiPriseWarning.DOCUMENT_EXPIRED, CanonicalReason.DOCUMENT_EXPIRED, NextAction.USER_ACTION),
                Arguments.of(AiPriseWarning.ID_PREVIOUSLY_SEEN, CanonicalReason.DUPLICATE_IDENTITY, NextAction.MANUAL_REVIEW),
                Arguments.of(AiPriseWarning.NAME_VERIFICATION_FAILED, CanonicalReason.DATA_MISMATCH_WITH_INPUT, NextAction.MANUAL_REVIEW),
                Arguments.of(AiPriseWarning.ID_DATA_MISMATCH, CanonicalReason.REGISTRY_NO_MATCH, NextAction.MANUAL_REVIEW),
                Arguments.of(AiPriseWarning.MISSING_BIRTH_DATE, CanonicalReason.DATA_NOT_READABLE, NextAction.RETRY_CAPTURE),
                Arguments.of(AiPriseWarning.LOOKUP_SOURCE_DOWN, CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, NextAction.RETRY_LATER),
                Arguments.of(AiPriseWarning.API_DATA_REQUIREMENTS_NOT_MET, CanonicalReason.INVALID_REQUEST, NextAction.FIX_INTEGRATION),
                Arguments.of(AiPriseWarning.INVALID_ID_NUMBER_SUPPLIED, CanonicalReason.USER_INPUT_INVALID, NextAction.USER_ACTION),
                Arguments.of(AiPriseWarning.LOOKUP_FACE_NOT_FOUND, CanonicalReason.FACE_REFERENCE_UNAVAILABLE, NextAction.MANUAL_REVIEW),
                // registries and typed data
                Arguments.of(BiometricVisionFailure.E_DOCUMENT_CLIENT_SUBJECT_NOT_FOUND_IN_MCDB, CanonicalReason.REGISTRY_SUBJECT_NOT_ENROLLED, NextAction.USER_ACTION),
                Arguments.of(ArgosCode.STEP2_RETRY_BANK_AUTHENTICATION_CODE_FAIL, CanonicalReason.USER_INPUT_INVALID, NextAction.USER_ACTION),
                Arguments.of(ArgosCode.STEP2_RETRY_FACE_COMPARE_UNDERSCORE, CanonicalReason.FACE_MISMATCH, NextAction.RETRY_CAPTURE),
                Arguments.of(YotiFailureType.UNLINKED_DOCUMENT_EVIDENCE, CanonicalReason.CROSS_DOCUMENT_MISMATCH, NextAction.MANUAL_REVIEW),
                Arguments.of(YotiFailureDetail.DECEASED_WARNING, CanonicalReason.FRAUD_SUSPECTED, NextAction.MANUAL_REVIEW));
    }

    @ParameterizedTest
    @MethodSource("firstChecked")
    void theMappingsAReviewerChecksFirstAreTheOnesTheReviewSigned(MappedCode code, CanonicalReason reason,
            NextAction action) {
        assertEquals(reason, code.canonicalReason(), describe(code));
        assertEquals(action, code.documentedAction(), describe(code));
    }
}
