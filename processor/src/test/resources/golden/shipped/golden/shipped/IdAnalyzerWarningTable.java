package golden.shipped;

import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.internal.UnknownValueReports;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The vendor's rows of {@link IdAnalyzerWarning}, one per code in the document's
 * order, and the lookup from wire values to codes. Package-private: its codes'
 * accessors and lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog id-analyzer"
)
@CodebookGenerated("id-analyzer")
final class IdAnalyzerWarningTable {
    /**
     * Where the end-user text bundles are: {@code golden/shipped/IdAnalyzerWarning_<locale>.properties}.
     */
    static final String TEXTS = "golden/shipped/IdAnalyzerWarning";

    /**
     * Row {@code i} holds the facts of {@code IdAnalyzerWarning.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<IdAnalyzerWarning>> INDEX = index();

    private IdAnalyzerWarningTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<IdAnalyzerWarning> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<IdAnalyzerWarning> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<IdAnalyzerWarning> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("id-analyzer", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<IdAnalyzerWarning>> index() {
        Map<String, Optional<IdAnalyzerWarning>> index = new HashMap<>();
        IdAnalyzerWarning[] codes = IdAnalyzerWarning.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(row.code(), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("UNRECOGNIZED_DOCUMENT", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document not recognized.", List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DOCUMENT_NOT_RECOGNIZED),
            new Row("UNRECOGNIZED_BACK_DOCUMENT", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Back document not recognized.", List.of(), IdAnalyzerWarning.Severity.MEDIUM,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DOCUMENT_NOT_RECOGNIZED),
            new Row("UNRECOGNIZED_BACK_BARCODE", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Cannot read barcode from back document, barcode "
                    + "reading requires high resolution focused image.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("INVALID_BACK_DOCUMENT", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document back is invalid.", List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DOCUMENT_SIDE_MISSING),
            new Row("DOCUMENT_EXPIRED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document has already expired.", List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.OCR_CONFIDENCE, CanonicalReason.DOCUMENT_EXPIRED),
            new Row("DOCUMENT_COUNTRY_MISMATCH", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Issuing country discrepancy between front and back document. Front: %s, Back: %s",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_MISMATCH_BETWEEN_SIDES),
            new Row("DOCUMENT_STATE_MISMATCH", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Issuing state discrepancy between front and back document. Front: %s, Back: %s.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_MISMATCH_BETWEEN_SIDES),
            new Row("DOCUMENT_NAME_MISMATCH", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Name discrepancy between front and back document. Front: %s, Back: %s.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_MISMATCH_BETWEEN_SIDES),
            new Row("DOCUMENT_DOB_MISMATCH", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Birthday discrepancy between front and back document. Front: %s, Back: %s.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_MISMATCH_BETWEEN_SIDES),
            new Row("MISSING_EXPIRY_DATE", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document expiry date is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("MISSING_ISSUE_DATE", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document issue date is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("MISSING_BIRTH_DATE", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Birthday information is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("MISSING_DOCUMENT_NUMBER", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document number is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("MISSING_PERSONAL_NUMBER", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Personal number or national ID number is missing or cannot be read.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE, CanonicalReason.DATA_NOT_READABLE),
            new Row("MISSING_ADDRESS", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Address is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("MISSING_POSTCODE", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Postcode is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("MISSING_NAME", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Given name or family name is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("MISSING_LOCAL_NAME", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Localized name is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.OPTIONAL_FIELD_MISSING),
            new Row("MISSING_GENDER", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Gender is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("MISSING_HEIGHT", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Height is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.OPTIONAL_FIELD_MISSING),
            new Row("MISSING_WEIGHT", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Weight is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.OPTIONAL_FIELD_MISSING),
            new Row("MISSING_HAIR_COLOR", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Hair color is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.OPTIONAL_FIELD_MISSING),
            new Row("MISSING_EYE_COLOR", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Eye color is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.OPTIONAL_FIELD_MISSING),
            new Row("MISSING_RESTRICTIONS", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Driving license restriction is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.OPTIONAL_FIELD_MISSING),
            new Row("MISSING_VEHICLE_CLASS", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Driving license vehicle class is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.OPTIONAL_FIELD_MISSING),
            new Row("MISSING_ENDORSEMENT", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Endorsement is missing or cannot be read.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.OPTIONAL_FIELD_MISSING),
            new Row("UNDER_18", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document holder is under 18.", List.of(), IdAnalyzerWarning.Severity.NONE,
                    IdAnalyzerWarning.Confidence.OCR_CONFIDENCE, CanonicalReason.AGE_INFO),
            new Row("UNDER_19", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document holder is under 19.", List.of(), IdAnalyzerWarning.Severity.NONE,
                    IdAnalyzerWarning.Confidence.OCR_CONFIDENCE, CanonicalReason.AGE_INFO),
            new Row("UNDER_20", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document holder is under 20.", List.of(), IdAnalyzerWarning.Severity.NONE,
                    IdAnalyzerWarning.Confidence.OCR_CONFIDENCE, CanonicalReason.AGE_INFO),
            new Row("UNDER_21", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Document holder is under 21.", List.of(), IdAnalyzerWarning.Severity.NONE,
                    IdAnalyzerWarning.Confidence.OCR_CONFIDENCE, CanonicalReason.AGE_INFO),
            new Row("NAME_VERIFICATION_FAILED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Failed to verify document holder's name against supplied name.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT),
            new Row("DOB_VERIFICATION_FAILED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Failed to verify document holder's birthday against supplied name.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT),
            new Row("AGE_VERIFICATION_FAILED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Failed to verify document holder's age against supplied age range.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.AGE_BELOW_LIMIT),
            new Row("ID_NUMBER_VERIFICATION_FAILED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Failed to verify ID number against supplied ID number.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT),
            new Row("ADDRESS_VERIFICATION_FAILED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Failed to verify document holder's address against supplied address.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT),
            new Row("POSTCODE_VERIFICATION_FAILED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Failed to verify document holder's postcode against supplied postcode.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT),
            new Row("TYPE_NOT_ACCEPTED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "This type of document is not on the accepted document type list.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED),
            new Row("COUNTRY_NOT_ACCEPTED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "This document is issued by a country outside of the accepted country list.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED),
            new Row("STATE_NOT_ACCEPTED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "This document is issued by a state outside of the accepted state list.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED),
            new Row("LOW_TEXT_CONFIDENCE", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "Low text confidence score detected for field %s.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM,
                    IdAnalyzerWarning.Confidence.INVERSE_OCR_CONFIDENCE,
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("GLARE_DETECTED", IdAnalyzerWarning.Group.DOCUMENT_AND_OCR,
                    "The document image contains possible glare.", List.of(),
                    IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.IMAGE_QUALITY_POOR),
            new Row("SELFIE_FACE_NOT_FOUND", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Could not detect face in selfie image.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.FACE_NOT_DETECTED),
            new Row("SELFIE_MULTIPLE_FACES", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Multiple faces detected in selfie image.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.FACE_MULTIPLE),
            new Row("DOCUMENT_FACE_NOT_FOUND", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Could not detect face in document image.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.FACE_REFERENCE_UNAVAILABLE),
            new Row("DOCUMENT_FACE_LANDMARK_ERR", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Could not calculate facial landmarks for document photo, the face is too blurry.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE, CanonicalReason.IMAGE_QUALITY_POOR),
            new Row("SELFIE_FACE_LANDMARK_ERR", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Could not calculate facial landmarks for selfie photo, the face is too blurry.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.FACE_CAPTURE_CONDITIONS),
            new Row("FACE_MISMATCH", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Face mismatch between document photo and selfie photo, similarity score: %.2f.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.FACE_MISMATCH),
            new Row("FACE_IDENTICAL", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Selfie photo appears to be the exact same photo as document photo.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.FRAUD_SUSPECTED),
            new Row("FACE_LIVENESS_ERR", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Selfie photo liveness verification failed.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.LIVENESS_FAILED),
            new Row("RECAPTURED_FACE", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Selfie photo appears to be recaptured.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.LIVENESS_ATTACK),
            new Row("INTERNAL_FACE_VERIFICATION_ERR", IdAnalyzerWarning.Group.BIOMETRIC,
                    "Internal server error occurred when verifying faces.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.VENDOR_SERVICE_ERROR),
            new Row("RECAPTURED_DOCUMENT", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The document is possibly recaptured from a screen.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.DOCUMENT_RECAPTURED),
            new Row("SCREEN_DETECTED", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The document image contains a screen, monitor or "
                    + "mobile device therefore is possibly recaptured.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.DOCUMENT_RECAPTURED),
            new Row("IMAGE_FORGERY", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The document image possibly contains forged elements "
                    + "which warrants a manual review or rejection.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.DOCUMENT_FORGERY),
            new Row("FEATURE_VERIFICATION_FAILED", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "Document features does not match with official document, "
                    + "the document could be fake, blurry or low resolution.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DOCUMENT_FORGERY),
            new Row("IMAGE_EDITED", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The %s document image contains exif header indicating that it was edited in %s",
                    List.of(), IdAnalyzerWarning.Severity.MEDIUM,
                    IdAnalyzerWarning.Confidence.SCORE, CanonicalReason.DOCUMENT_FORGERY),
            new Row("FAKE_ID", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The document uploaded is a fake or sample document, not an authentic document.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE, CanonicalReason.DOCUMENT_COUNTERFEIT),
            new Row("ARTIFICIAL_IMAGE", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "Document appears to be created artificially, not a naturally taken photo.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.DOCUMENT_COUNTERFEIT),
            new Row("ARTIFICIAL_TEXT", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "Most texts within the image appears to be created artificially.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.DOCUMENT_FORGERY),
            new Row("TEXT_FORGERY", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "Possible artificial text modification detected "
                    + "on the following text fragments: %s.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.DOCUMENT_FORGERY),
            new Row("IP_COUNTRY_MISMATCH", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "Inconsistency between user IP address country (%s) and document country (%s).",
                    List.of(), IdAnalyzerWarning.Severity.LOW, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.RISK_SIGNAL),
            new Row("IMAGE_TOO_SMALL", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The document image is too small and unlikely to be a genuine document.",
                    List.of(), IdAnalyzerWarning.Severity.MEDIUM,
                    IdAnalyzerWarning.Confidence.SCORE, CanonicalReason.IMAGE_QUALITY_POOR),
            new Row("IMAGE_TOO_BLURRY", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The document image is too blurry and should "
                    + "be retaken for improved result accuracy.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.IMAGE_QUALITY_POOR),
            new Row("INVALID_CAMERA_PERSPECTIVE", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The document image is not a naturally taken photo using "
                    + "a camera, it could be scanned or computer generated.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.DOCUMENT_RECAPTURED),
            new Row("CHECK_DIGIT_FAILED", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The document is not a valid document because %s contains invalid check digit.",
                    List.of(), IdAnalyzerWarning.Severity.HIGH,
                    IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DATA_INTEGRITY_FAILED),
            new Row("BLACK_WHITE_DOCUMENT", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "The document appears to be black & white photocopy.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DOCUMENT_RECAPTURED),
            new Row("PHYSICAL_DOCUMENT_MISSING", IdAnalyzerWarning.Group.ANTI_FORGERY,
                    "Could not detect physical card or passport object.", List.of(),
                    IdAnalyzerWarning.Severity.HIGH, IdAnalyzerWarning.Confidence.EXACTLY_ONE,
                    CanonicalReason.DOCUMENT_RECAPTURED),
            new Row("AML_SANCTION", IdAnalyzerWarning.Group.AML_PEP,
                    "Potential match from AML sanction database.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.AML_SANCTIONS),
            new Row("AML_CRIME", IdAnalyzerWarning.Group.AML_PEP,
                    "Potential match from AML crime database.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.AML_ADVERSE_MEDIA),
            new Row("AML_PEP", IdAnalyzerWarning.Group.AML_PEP,
                    "Potential match from AML politically exposed person database.", List.of(),
                    IdAnalyzerWarning.Severity.MEDIUM, IdAnalyzerWarning.Confidence.SCORE,
                    CanonicalReason.AML_PEP),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("id-analyzer")
    record Row(String code, IdAnalyzerWarning.Group group, String description,
            List<VendorMessage> messages, IdAnalyzerWarning.Severity severity,
            IdAnalyzerWarning.Confidence confidence, CanonicalReason canonicalReason) {
    }
}
