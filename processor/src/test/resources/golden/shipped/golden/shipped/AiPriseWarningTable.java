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
 * The vendor's rows of {@link AiPriseWarning}, one per code in the document's order,
 * and the lookup from wire values to codes. Package-private: its codes' accessors and
 * lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog aiprise"
)
@CodebookGenerated("aiprise")
final class AiPriseWarningTable {
    /**
     * Where the end-user text bundles are: {@code golden/shipped/AiPriseWarning_<locale>.properties}.
     */
    static final String TEXTS = "golden/shipped/AiPriseWarning";

    /**
     * Row {@code i} holds the facts of {@code AiPriseWarning.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<AiPriseWarning>> INDEX = index();

    private AiPriseWarningTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<AiPriseWarning> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<AiPriseWarning> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<AiPriseWarning> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("aiprise", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<AiPriseWarning>> index() {
        Map<String, Optional<AiPriseWarning>> index = new HashMap<>();
        AiPriseWarning[] codes = AiPriseWarning.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(row.code(), Optional.of(codes[i]));
            for (String alias : row.aliases()) {
                index.put(alias, Optional.of(codes[i]));
            }
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("UNRECOGNIZED_DOCUMENT", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Document not recognized.", List.of(), AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.DOCUMENT_NOT_RECOGNIZED, List.of()),
            new Row("UNREADABLE_DOCUMENT", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Document not readable.", List.of(), AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.DATA_NOT_READABLE, List.of()),
            new Row("DOCUMENT_NOT_FOUND", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Document is not found in the uploaded image.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.DOCUMENT_NOT_DETECTED,
                    List.of()),
            new Row("DOCUMENT_EXPIRED", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Document is expired.", List.of(), AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.DOCUMENT_EXPIRED, List.of()),
            new Row("DOCUMENT_FRONT_BACK_MISMATCH", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Document front and back does not belong to same person.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.DATA_MISMATCH_BETWEEN_SIDES, List.of()),
            new Row("DOCUMENT_DAMAGED", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "The document is damaged.", List.of(), AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.DOCUMENT_INVALID, List.of()),
            new Row("DOCUMENT_FRONT_MISSING", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Document front not detected in the document image.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.DOCUMENT_SIDE_MISSING,
                    List.of()),
            new Row("DOCUMENT_BACK_MISSING", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Document back not detected in the document image.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.DOCUMENT_SIDE_MISSING,
                    List.of()),
            new Row("DOCUMENT_CROPPED", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Document not fully in frame / cropped.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.IMAGE_QUALITY_POOR,
                    List.of()),
            new Row("DOCUMENT_FACE_NOT_FOUND", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Could not detect face in document image.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.FACE_REFERENCE_UNAVAILABLE, List.of()),
            new Row("AGE_UNDER_18", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "User is under 18 years old.", List.of(), AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.AGE_BELOW_LIMIT, List.of()),
            new Row("INVALID_DOCUMENT_DETAILS", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "Document data is invalid or not as per the standards.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DATA_INTEGRITY_FAILED,
                    List.of()),
            new Row("ID_PREVIOUSLY_SEEN", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "The given identity document/number has been previously verified.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED, CanonicalReason.DUPLICATE_IDENTITY,
                    List.of()),
            new Row("DATABASE_LOOKUP_ISSUE", AiPriseWarning.Group.DOCUMENT_AND_OCR,
                    "The data could not be verified with a third-party/government database.",
                    List.of(), AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.REGISTRY_NO_MATCH, List.of()),
            new Row("MISSING_EXPIRY_DATE", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Document expiry date is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DATA_NOT_READABLE,
                    List.of()),
            new Row("MISSING_ISSUE_DATE", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Document issue date is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DATA_NOT_READABLE,
                    List.of()),
            new Row("MISSING_BIRTH_DATE", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Birthday information is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED, CanonicalReason.DATA_NOT_READABLE,
                    List.of()),
            new Row("MISSING_DOCUMENT_NUMBER", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Document number is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DATA_NOT_READABLE,
                    List.of()),
            new Row("MISSING_PERSONAL_NUMBER", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Personal number or national ID number is missing or cannot be read.",
                    List.of(), AiPriseWarning.DefaultDecision.APPROVED,
                    CanonicalReason.OPTIONAL_FIELD_MISSING, List.of()),
            new Row("MISSING_ADDRESS", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Address is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED, CanonicalReason.OPTIONAL_FIELD_MISSING,
                    List.of()),
            new Row("MISSING_POSTCODE", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Postcode is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED, CanonicalReason.OPTIONAL_FIELD_MISSING,
                    List.of()),
            new Row("MISSING_NAME", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Given name or family name is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DATA_NOT_READABLE,
                    List.of()),
            new Row("MISSING_GENDER", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Gender is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED, CanonicalReason.OPTIONAL_FIELD_MISSING,
                    List.of()),
            new Row("MISSING_NATIONALITY", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Nationality is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED, CanonicalReason.OPTIONAL_FIELD_MISSING,
                    List.of()),
            new Row("MISSING_DOCUMENT_DETAILS", AiPriseWarning.Group.DOCUMENT_MISSING_FIELDS,
                    "Document data is missing or cannot be read.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED, CanonicalReason.DATA_NOT_READABLE,
                    List.of()),
            new Row("NAME_VERIFICATION_FAILED", AiPriseWarning.Group.DOCUMENT_MISMATCH,
                    "Mismatch between supplied user name and extracted/looked up name.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT, List.of()),
            new Row("BIRTH_DATE_MISMATCH", AiPriseWarning.Group.DOCUMENT_MISMATCH,
                    "Mismatch between supplied birthday and extracted/looked up birthday.",
                    List.of(), AiPriseWarning.DefaultDecision.APPROVED,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT, List.of("DOB_VERIFICATION_FAILED")),
            new Row("ID_DATA_MISMATCH", AiPriseWarning.Group.DOCUMENT_MISMATCH,
                    "Mismatch between supplied user data and "
                    + "data from third-party/government database.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED, CanonicalReason.REGISTRY_NO_MATCH,
                    List.of()),
            new Row("ID_TYPE_MISMATCH", AiPriseWarning.Group.DOCUMENT_MISMATCH,
                    "The ID type does not match with the input identity type.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT, List.of("DOCUMENT_TYPE_MISMATCH")),
            new Row("ID_COUNTRY_MISMATCH", AiPriseWarning.Group.DOCUMENT_MISMATCH,
                    "The ID issue country does not match with the input country.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT, List.of("DOCUMENT_COUNTRY_MISMATCH")),
            new Row("ADDRESS_MISMATCH", AiPriseWarning.Group.DOCUMENT_MISMATCH,
                    "Mismatch between supplied address and extracted/looked up address.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED,
                    CanonicalReason.DATA_MISMATCH_WITH_INPUT, List.of()),
            new Row("ID_NOT_ALLOWED", AiPriseWarning.Group.DOCUMENT_MISMATCH,
                    "Identity type is not enabled in the template.", List.of(),
                    AiPriseWarning.DefaultDecision.APPROVED, CanonicalReason.DOCUMENT_NOT_ACCEPTED,
                    List.of()),
            new Row("DOCUMENT_PHOTO_OF_PHOTO", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "Document appears to be a photo of a photo.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DOCUMENT_RECAPTURED,
                    List.of()),
            new Row("SCREEN_DETECTED", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The document image contains a screen, monitor or mobile "
                    + "device therefore is possibly a photo of a photo.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DOCUMENT_RECAPTURED,
                    List.of()),
            new Row("IMAGE_FORGED_EDITED", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The document image possibly contains forged elements "
                    + "which warrants a manual review or rejection.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DOCUMENT_FORGERY,
                    List.of()),
            new Row("FEATURE_VERIFICATION_FAILED", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "Document features does not match with official document, "
                    + "the document could be fake, blurry or low resolution.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DOCUMENT_FORGERY,
                    List.of()),
            new Row("FAKE_ID", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The document uploaded is a fake or sample document, not an authentic document.",
                    List.of(), AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.DOCUMENT_COUNTERFEIT, List.of()),
            new Row("DOCUMENT_FOUND_ON_INTERNET", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The document image is found on the internet.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DOCUMENT_COUNTERFEIT,
                    List.of()),
            new Row("ARTIFICIAL_IMAGE", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "Document appears to be created artificially, not a naturally taken photo.",
                    List.of(), AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.DOCUMENT_COUNTERFEIT, List.of()),
            new Row("ARTIFICIAL_TEXT", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "Most texts within the image appears to be created artificially.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DOCUMENT_FORGERY,
                    List.of()),
            new Row("TEXT_FORGERY", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "Possible artificial text modification detected.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DOCUMENT_FORGERY,
                    List.of()),
            new Row("IMAGE_TOO_SMALL", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The image resolution did not meet the standards.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.IMAGE_QUALITY_POOR,
                    List.of()),
            new Row("GLARE_DETECTED", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The document image contains possible glare.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.IMAGE_QUALITY_POOR,
                    List.of()),
            new Row("IMAGE_TOO_BLURRY", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The document image is blurry.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.IMAGE_QUALITY_POOR,
                    List.of()),
            new Row("CHECK_DIGIT_FAILED", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The document is not a valid document because it contains invalid check digit.",
                    List.of(), AiPriseWarning.DefaultDecision.REVIEW,
                    CanonicalReason.DATA_INTEGRITY_FAILED, List.of()),
            new Row("PRINTOUT_DETECTED", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The document image is a print out / photocopy of the original.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DOCUMENT_RECAPTURED,
                    List.of()),
            new Row("BLACK_WHITE_DOCUMENT", AiPriseWarning.Group.DOCUMENT_ANTI_FORGERY,
                    "The document appears to be black & white photocopy.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.DOCUMENT_RECAPTURED,
                    List.of()),
            new Row("FACE_NOT_FOUND", AiPriseWarning.Group.BIOMETRIC,
                    "Could not detect face in selfie image.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.FACE_NOT_DETECTED,
                    List.of()),
            new Row("MULTIPLE_FACES", AiPriseWarning.Group.BIOMETRIC,
                    "Multiple faces detected in selfie image.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.FACE_MULTIPLE,
                    List.of()),
            new Row("FACE_MISMATCH", AiPriseWarning.Group.BIOMETRIC,
                    "Face mismatch between document/government photo and selfie photo.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.FACE_MISMATCH,
                    List.of()),
            new Row("LOW_FACE_SIMILARITY", AiPriseWarning.Group.BIOMETRIC,
                    "Low face similarity between document/government photo and selfie photo.",
                    List.of(), AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.FACE_MISMATCH,
                    List.of()),
            new Row("FACE_IDENTICAL", AiPriseWarning.Group.BIOMETRIC,
                    "Selfie photo appears to be the exact same photo as document photo.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.FRAUD_SUSPECTED,
                    List.of()),
            new Row("FACE_NOT_LIVE", AiPriseWarning.Group.BIOMETRIC, "Selfie photo is not live.",
                    List.of(), AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.LIVENESS_ATTACK, List.of()),
            new Row("FACE_PHOTO_OF_PHOTO", AiPriseWarning.Group.BIOMETRIC,
                    "Selfie photo appears to be a photo of a photo.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.LIVENESS_ATTACK,
                    List.of()),
            new Row("FACE_COVERED", AiPriseWarning.Group.BIOMETRIC,
                    "Selfie photo appears to have hat or mask or glasses.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, List.of()),
            new Row("FACE_EDITED", AiPriseWarning.Group.BIOMETRIC,
                    "Selfie photo edited using filters.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.FRAUD_SUSPECTED,
                    List.of()),
            new Row("FACE_BLUR", AiPriseWarning.Group.BIOMETRIC,
                    "Selfie photo is too blurry and should be retaken for improved accuracy.",
                    List.of(), AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, List.of()),
            new Row("FACE_TOO_CLOSE", AiPriseWarning.Group.BIOMETRIC,
                    "Selfie photo is too close to the camera.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, List.of()),
            new Row("FACE_CROPPED", AiPriseWarning.Group.BIOMETRIC,
                    "Selfie photo cropped / not completely visible.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, List.of()),
            new Row("FACE_TOO_SMALL", AiPriseWarning.Group.BIOMETRIC,
                    "The relative proportion of face size in the image is too low.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, List.of()),
            new Row("FACE_ANGLE_TOO_LARGE", AiPriseWarning.Group.BIOMETRIC,
                    "Facial out-of-plane rotation angle is extremely large.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, List.of()),
            new Row("FACE_LIVENESS_REVIEW_REQUIRED", AiPriseWarning.Group.BIOMETRIC,
                    "Selfie photo liveness manual review required.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.LIVENESS_FAILED,
                    List.of()),
            new Row("ID_NUMBER_NOT_VERIFIED", AiPriseWarning.Group.ID_NUMBER,
                    "The given identity number could not be verified against a database.",
                    List.of(), AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.REGISTRY_NO_MATCH, List.of()),
            new Row("INVALID_ID_NUMBER_SUPPLIED", AiPriseWarning.Group.ID_NUMBER,
                    "The given identity number is not in correct format.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.USER_INPUT_INVALID,
                    List.of()),
            new Row("LOOKUP_SOURCE_DOWN", AiPriseWarning.Group.ID_NUMBER,
                    "The government/third-party lookup source is not available.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, List.of()),
            new Row("LOOKUP_FACE_NOT_FOUND", AiPriseWarning.Group.ID_NUMBER,
                    "Could not find face image in government/third-party database.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED,
                    CanonicalReason.FACE_REFERENCE_UNAVAILABLE, List.of()),
            new Row("AML_MATCH", AiPriseWarning.Group.AML_PEP, "Potential match from AML database.",
                    List.of(), AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.AML_MATCH,
                    List.of()),
            new Row("API_DATA_REQUIREMENTS_NOT_MET", AiPriseWarning.Group.AML_PEP,
                    "Missing required fields to run the API.", List.of(),
                    AiPriseWarning.DefaultDecision.DECLINED, CanonicalReason.INVALID_REQUEST,
                    List.of()),
            new Row("IP_ADDRESS_SUSPICIOUS", AiPriseWarning.Group.IP,
                    "Client request originated from a suspicious IP address.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.SUSPICIOUS_BEHAVIOUR,
                    List.of()),
            new Row("SUSPICIOUS_USER_BEHAVIOUR", AiPriseWarning.Group.USER_BEHAVIOUR,
                    "This warning code is used for various kinds of suspicious "
                    + "behaviours: The ID issue country does not match with the "
                    + "geolocation country of user. or User is using TOR or on the "
                    + "TOR network. or User using VPN. or User using BOTs to complete "
                    + "the request. or Can't get geolocation of user, privacy settings "
                    + "blocked the request. or Detected suspicious user behaviour.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.SUSPICIOUS_BEHAVIOUR,
                    List.of()),
            new Row("CUSTOM_ERROR_CODE", AiPriseWarning.Group.CUSTOM_ERROR_CODE,
                    "In this case, a custom error message is returned explaining "
                    + "more details about the warning. This is used in case a "
                    + "warning happened which is not one of the above.", List.of(),
                    AiPriseWarning.DefaultDecision.REVIEW, CanonicalReason.UNCLASSIFIED, List.of()),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("aiprise")
    record Row(String code, AiPriseWarning.Group group, String description,
            List<VendorMessage> messages, AiPriseWarning.DefaultDecision defaultDecision,
            CanonicalReason canonicalReason, List<String> aliases) {
    }
}
