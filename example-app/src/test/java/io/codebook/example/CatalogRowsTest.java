package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row of every section of every vendor document, looked up by its wire values and compared,
 * attribute by attribute, with the row as the document prints it (shared/seeds).
 */
class CatalogRowsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DOCUMENT_COUNTRY_MISMATCH | High | =1 | Document and OCR Warnings | Issuing country discrepancy between front and back document. Front: %s, Back: %s",
        "LOW_TEXT_CONFIDENCE | Medium | 0 ~ 1 (1.0 - OCR Confidence) | Document and OCR Warnings | Low text confidence score detected for field %s.",
        "UNDER_21 | None | 0 ~ 1 (OCR Confidence) | Document and OCR Warnings | Document holder is under 21.",
        "FACE_MISMATCH | High | 0 ~ 1 | Biomertic Warnings | Face mismatch between document photo and selfie photo, similarity score: %.2f.",
        "IMAGE_EDITED | Medium | 0 ~ 1 | Anti-Forgery Warnings | The %s document image contains exif header indicating that it was edited in %s",
        "AML_PEP | Medium | 0 ~ 1 | AML/PEP Warnings | Potential match from AML politically exposed person database.",
    })
    void idAnalyzerRows(String code, String severity, String confidence, String section, String description) {
        IdAnalyzerWarning warning = IdAnalyzerWarning.fromCode(code).orElseThrow();
        assertEquals(severity, warning.severity().value());
        assertEquals(confidence, warning.confidence().value());
        assertEquals(section, warning.group().title());
        assertEquals(Optional.of(description), warning.description());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ID_PREVIOUSLY_SEEN | The given identity document/number has been previously verified. | APPROVED | Document and OCR Warnings",
        "MISSING_NATIONALITY | Nationality is missing or cannot be read. | APPROVED | Document - Missing Fields",
        "ID_COUNTRY_MISMATCH | The ID issue country does not match with the input country. | DECLINED | Document - Mismatch between supplied fields and extracted/lookup data.",
        "PRINTOUT_DETECTED | The document image is a print out / photocopy of the original. | REVIEW | Document Anti-forgery Warnings.",
        "FACE_LIVENESS_REVIEW_REQUIRED | Selfie photo liveness manual review required. | REVIEW | Biometric Warnings",
        "LOOKUP_SOURCE_DOWN | The government/third-party lookup source is not available. | DECLINED | ID Number Warnings",
        "API_DATA_REQUIREMENTS_NOT_MET | Missing required fields to run the API. | DECLINED | AML/PEP Warnings",
        "IP_ADDRESS_SUSPICIOUS | Client request originated from a suspicious IP address. | REVIEW | IP Warnings",
        "CUSTOM_ERROR_CODE | In this case, a custom error message is returned explaining more details about the warning. This is used in case a warning happened which is not one of the above. | REVIEW | Custom Error Code",
    })
    void aiPriseRows(String code, String description, String decision, String section) {
        AiPriseWarning warning = AiPriseWarning.fromCode(code).orElseThrow();
        assertEquals(Optional.of(description), warning.description());
        assertEquals(decision, warning.defaultDecision().value());
        assertEquals(section, warning.group().title());
    }

    @Test
    void aiPriseUserBehaviourKeepsItsWholeDescription() {
        assertEquals(Optional.of("This warning code is used for various kinds of suspicious behaviours: The ID issue"
                + " country does not match with the geolocation country of user. or User is using TOR or on the TOR"
                + " network. or User using VPN. or User using BOTs to complete the request. or Can't get geolocation of"
                + " user, privacy settings blocked the request. or Detected suspicious user behaviour."),
                AiPriseWarning.SUSPICIOUS_USER_BEHAVIOUR.description());
        assertEquals("User Behaviour", AiPriseWarning.SUSPICIOUS_USER_BEHAVIOUR.group().title());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Liveness | CLIENT | Maximum number of attempts has been used | Maximum number of attempts reached",
        "Liveness | SERVICE_ERROR | Can`t connect to liveness service | Unable to connect to Liveness service",
        "Face2Face | SERVICE_ERROR | No face found | No face detected on the image",
        "Document Recognition | OTHER | Error while parsing document | Document parsing error",
        "Document Recognition | SERVICE_ERROR | Error while parsing document | Internal error while processing document",
        "E-Document | SERVICE_ERROR | DL service not available now. | Document issuing service temporarily unavailable",
        "Address v1 / v2 | SERVICE_ERROR | - | Internal service error",
        "Address v1 / v2 | CLIENT | TIMEOUT | Request timed out",
        "GBDFL v1 / v2 | REQUEST_ERROR | Unexpected error | Unexpected error",
        "GBDFL v1 / v2 | REQUEST_ERROR | None | Request error",
        "Face2Face (NPCK) | CLIENT | Credentials not provided | Credentials not provided",
        "Kz-Info | SERVICE_ERROR | Exec proc info request failed | Error executing request in Kz-Info service",
        "DS Identifier / DS Signer | CLIENT | Digital Signature Client does not exist | Digital Signature client not found",
        "Flow | EXPIRED | Flow session was expired | Flow session expired (user did not complete the KYC process in time)",
    })
    void biometricVisionRows(String technology, String failureType, String detail, String description) {
        BiometricVisionFailure failure = BiometricVisionFailure.fromKey(technology, failureType, detail).orElseThrow();
        assertEquals(technology, failure.technology().value());
        assertEquals(failureType, failure.failureType().value());
        assertEquals(Optional.ofNullable(detail).filter(d -> !d.equals("None")), failure.failureDetail());
        assertEquals(Optional.of(description), failure.description());
        assertEquals(technology, failure.group().title());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "1 | retry | glare_detected | 200 | ID CARD:Validation | Please retake ID image without light smudging | Failed to detect ID due to light reflection(smudging)",
        "1 | retry | mrz_protocol_fail | 200 | - | Failed to detect full MRZ | No MRZ detected",
        "1 | error | invalid_email | 400 | - | Invalid email address format. | Incorrect email address",
        "2 | retry | bank_authentication_fail | 200 | - | The authentication code and account holder doesn't match. | Both verification code and holoder name don't match.",
        "2 | error | bank_authentication_fail | 400 | - | 1 won authentication fail. The account holder's name doesn't match | ‘userOccupancyName’ from PreStep2 and name from Step2 parameter don't match.",
        "- | reject | blacklistCountry | - | - | According to the policy, we do not accept KYC from {country}. | As the 'Blacklist Country' option applied, KYC submitted with blacklist-country-issued is rejected",
    })
    void argosRows(Integer step, String kind, String code, Integer httpStatus, String requiredOption, String message,
            String description) {
        ArgosCode argos = ArgosCode.fromKey(step, kind, code).orElseThrow();
        assertEquals(code, argos.code());
        assertEquals(step == null ? OptionalInt.empty() : OptionalInt.of(step), argos.step());
        assertEquals(kind, argos.kind().value());
        assertEquals(httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus), argos.httpStatus());
        assertEquals(Optional.ofNullable(requiredOption), argos.requiredOption());
        assertEquals(message, argos.messages().get(0).text());
        assertEquals(Optional.of(description), argos.description());
    }

    @Test
    void argosMessageVariantsKeepTheirOwnConditions() {
        List<String> conditions = ArgosCode.STEP2_ERROR_FACE_VALIDATION_ERROR.messages().stream()
                .map(m -> m.description().orElseThrow()).toList();
        assertEquals(List.of(
                "This error occurs when the Face Duplicate Verification option is enabled and the search for a matching"
                        + " face in the database fails.",
                "This error occurs when the sFace Duplicate Verification option is enabled and the process of adding a"
                        + " face to the index fails."), conditions);
    }

    @Test
    void yotiReasonCodeRowsCarryHowTheyAreReturnedAndWhere() {
        YotiReasonCode mandatory = YotiReasonCode.MANDATORY_DOCUMENT_NOT_PROVIDED;
        assertEquals(List.of(YotiReasonCode.ReturnedAs.ABORTED, YotiReasonCode.ReturnedAs.REQUIREMENTS_NOT_MET),
                mandatory.returnedAs());
        assertEquals(List.of(YotiReasonCode.ReturnedAs.REQUIREMENTS_NOT_MET),
                YotiReasonCode.LEVEL_OF_ASSURANCE_NOT_SUFFICIENT.returnedAs());
        YotiReasonCode liveness = YotiReasonCode.fromCode("MISSING_LIVENESS").orElseThrow();
        assertEquals("Aborted", liveness.group().title());
        assertEquals(List.of(YotiReasonCode.IntegrationTypes.EMBEDDED_IDV), liveness.integrationTypes());
        assertEquals(Optional.of("Returned if the session does not have a passed liveness check."), liveness.description());
    }

    @Test
    void yotiCodeWrittenTwoWaysResolvesByItsAlias() {
        YotiReasonCode higher = YotiReasonCode.fromCode("FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED").orElseThrow();
        assertEquals(Optional.of(higher), YotiReasonCode.fromCode("FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED"));
        assertEquals(List.of(YotiReasonCode.FACE_MATCH_VERIFICATION_FAILED, higher, YotiReasonCode.FRAUD_DETECTED),
                YotiFailureType.fromCode("ID_DOCUMENT_FACE_MATCH").orElseThrow().reasonCodes());
    }

    @Test
    void yotiFailureTypeRowsCarryTheirReasonCodes() {
        assertEquals(List.of(YotiReasonCode.MISSING_LIVENESS), YotiFailureType.LIVENESS.reasonCodes());
        assertEquals(List.of(), YotiFailureType.IDENTITY_CHECK.reasonCodes());
    }

    @Test
    void yotiIdCheckRowsKeepProviderReasonAndDescriptionTogether() {
        YotiFailureDetail synectics = YotiFailureDetail.fromCode("FAILED_TO_REACH_REQUIRED_IDENTITY_FRAUD_SCORE_2")
                .orElseThrow();
        assertEquals(Optional.of(YotiFailureDetail.Provider.SYNECTICS), synectics.provider());
        assertEquals(List.of(YotiReasonCode.IDENTITY_FRAUD_SCORE_INSUFFICIENT,
                YotiReasonCode.IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT), synectics.reasonCodes());
        assertEquals(List.of(YotiFailureType.IDENTITY_CHECK), synectics.failureTypes());

        YotiFailureDetail error = YotiFailureDetail.ERROR_WHEN_PERFORMING_CHECK;
        assertEquals(List.of(YotiReasonCode.UNABLE_TO_COMPLETE_CHECKS), error.reasonCodes());
        assertEquals(List.of(Optional.of(YotiFailureDetail.Provider.THIRD_PARTY_IDENTITY),
                        Optional.of(YotiFailureDetail.Provider.CRA)),
                error.variants().stream().map(YotiFailureDetail.Variant::provider).toList());
        assertEquals(Optional.of("Something when wrong when calling the TransUnion server"),
                error.variants().get(1).description());

        YotiFailureDetail address = YotiFailureDetail.UNABLE_TO_VERIFY_ADDRESS;
        assertEquals(Optional.of(YotiFailureDetail.Provider.CRA), address.provider());
        assertEquals(List.of(List.of(), List.of(YotiReasonCode.IDENTITY_CHECK_FAILED)),
                address.variants().stream().map(YotiFailureDetail.Variant::reasonCodes).toList());
    }

    @Test
    void yotiIdDocExtractionAndExampleDetails() {
        YotiFailureDetail light = YotiFailureDetail.fromCode("POOR_LIGHT").orElseThrow();
        assertEquals("ID Doc Extraction", light.group().title());
        assertEquals(Optional.of("The provided document image was not taken in adequate light"), light.description());
        assertEquals(List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), light.failureTypes());
        assertEquals(YotiFailureDetail.Group.EXAMPLE_ONLY, YotiFailureDetail.fromCode("OBJECT_OBSTRUCTION").orElseThrow().group());
        assertEquals(YotiFailureDetail.Group.EXAMPLE_ONLY, YotiFailureDetail.fromCode("USER_FAILED_LIVENESS").orElseThrow().group());
    }
}
