package golden.shipped;

import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.internal.UnknownValueReports;
import io.codebook.runtime.internal.WireValues;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The vendor's rows of {@link ArgosCode}, one per code in the document's order, and
 * the lookup from wire values to codes. Package-private: its codes' accessors and
 * lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog argos"
)
@CodebookGenerated("argos")
final class ArgosCodeTable {
    /**
     * Where the end-user text bundles are: {@code golden/shipped/ArgosCode_<locale>.properties}.
     */
    static final String TEXTS = "golden/shipped/ArgosCode";

    /**
     * Row {@code i} holds the facts of {@code ArgosCode.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<List<Object>, Optional<ArgosCode>> INDEX = index();

    private ArgosCodeTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<ArgosCode> lookup(String location, Integer step, String kind, String code) {
        Optional<ArgosCode.Kind> kindValue = ArgosCode.Kind.fromValue(kind);
        if (kindValue.isEmpty()) {
            return missed(location, step, kind, code);
        }
        if (code == null) {
            return Optional.empty();
        }
        Optional<ArgosCode> found = INDEX.get(Arrays.asList(step, kindValue.get(), code));
        return found != null ? found : missed(location, step, kind, code);
    }

    private static Optional<ArgosCode> missed(String location, Integer step, String kind,
            String code) {
        if (location != null) {
            UnknownValueReports.code("argos", location, sent(step, kind, code));
        }
        return Optional.empty();
    }

    static Map<String, String> sent(Integer step, String kind, String code) {
        if (code == null) {
            return Map.of();
        }
        Map<String, String> sent = new LinkedHashMap<>();
        WireValues.putNumber(sent, "step", step);
        WireValues.put(sent, "kind", kind);
        WireValues.put(sent, "code", code);
        return sent;
    }

    private static Map<List<Object>, Optional<ArgosCode>> index() {
        Map<List<Object>, Optional<ArgosCode>> index = new HashMap<>();
        ArgosCode[] codes = ArgosCode.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(Arrays.asList(row.step(), row.kind(), row.code()), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("mrz_protocol_fail", ArgosCode.Group.STEP1_RETRY, "No MRZ detected", List.of(
                    VendorMessage.of( "Failed to detect full MRZ")), 1, ArgosCode.Kind.RETRY, 200,
                    null, CanonicalReason.DATA_NOT_READABLE, null, false),
            new Row("barcode_protocol_fail", ArgosCode.Group.STEP1_RETRY, "No barcode detected",
                    List.of( VendorMessage.of( "Failed to read PDF417 Barcode")), 1,
                    ArgosCode.Kind.RETRY, 200, null, CanonicalReason.DATA_NOT_READABLE, null,
                    false),
            new Row("invalid_back_document", ArgosCode.Group.STEP1_RETRY,
                    "ID image: front and back mismatch", List.of( VendorMessage.of(
                    "Front and back side image mismatch. Please retry with one ID")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_MISMATCH_BETWEEN_SIDES, null, false),
            new Row("document_country_mismatch", ArgosCode.Group.STEP1_RETRY,
                    "ID image: front and back issuing country mismatch", List.of( VendorMessage.of(
                    "Front and back side image mismatch. Please retry with one ID")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_MISMATCH_BETWEEN_SIDES, null, false),
            new Row("document_expired", ArgosCode.Group.STEP1_RETRY, "ID image: already expired",
                    List.of( VendorMessage.of(
                    "Your ID is expired already. Please retry with valid ID")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DOCUMENT_EXPIRED, null, false),
            new Row("document_name_mismatch", ArgosCode.Group.STEP1_RETRY,
                    "ID image: front and back name mismatch", List.of( VendorMessage.of(
                    "Front and back side name mismatch. Please retry with one ID")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_MISMATCH_BETWEEN_SIDES, null, false),
            new Row("document_dob_mismatch", ArgosCode.Group.STEP1_RETRY,
                    "ID image: front and back birth date mismatch", List.of( VendorMessage.of(
                    "Front and back side birthdate mismatch. Please retry with one ID")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_MISMATCH_BETWEEN_SIDES, null, false),
            new Row("missing_expiry_date", ArgosCode.Group.STEP1_RETRY,
                    "Failed to detect expiry date or it's been artificially erased", List.of(
                    VendorMessage.of( "Expiry date not detected. Please take clear picture")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_NOT_READABLE, null, false),
            new Row("missing_issue_date", ArgosCode.Group.STEP1_RETRY,
                    "Failed to detect issued date or it's been artificially erased", List.of(
                    VendorMessage.of( "Issue date not detected. Please take clear picture")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_NOT_READABLE, null, false),
            new Row("missing_birth_date", ArgosCode.Group.STEP1_RETRY,
                    "Failed to detect birth date or it's been artificially erased", List.of(
                    VendorMessage.of( "Birth date not detected. Please take clear picture")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_NOT_READABLE, null, false),
            new Row("missing_document_number", ArgosCode.Group.STEP1_RETRY,
                    "Failed to detect document number or it's been artificially erased", List.of(
                    VendorMessage.of( "Document number not detected. Please take clear picture")),
                    1, ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_NOT_READABLE, null, false),
            new Row("missing_personal_number", ArgosCode.Group.STEP1_RETRY,
                    "Failed to detect identity number or it's been artificially erased", List.of(
                    VendorMessage.of( "Identity number not detected. Please take clear picture")),
                    1, ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_NOT_READABLE, null, false),
            new Row("missing_name", ArgosCode.Group.STEP1_RETRY,
                    "Failed to detect name or it's been artificially erased", List.of(
                    VendorMessage.of( "Name not detected. Please take clear picture")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_NOT_READABLE, null, false),
            new Row("glare_detected", ArgosCode.Group.STEP1_RETRY,
                    "Failed to detect ID due to light reflection(smudging)", List.of(
                    VendorMessage.of( "Please retake ID image without light smudging")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.IMAGE_QUALITY_POOR, null, false),
            new Row("recaptured_document", ArgosCode.Group.STEP1_RETRY,
                    "Image on monitor or other device is detected", List.of( VendorMessage.of(
                    "Retry with physical ID. recaptured screen not allowed")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DOCUMENT_RECAPTURED, null, false),
            new Row("screen_detected", ArgosCode.Group.STEP1_RETRY,
                    "Image captured from monitor or other device is detected", List.of(
                    VendorMessage.of( "Retry with physical ID. recaptured screen not allowed")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DOCUMENT_RECAPTURED, null, false),
            new Row("image_forgery", ArgosCode.Group.STEP1_RETRY, "Image forgery detected", List.of(
                    VendorMessage.of( "Please retry with original ID")), 1, ArgosCode.Kind.RETRY,
                    200, "ID CARD:Validation", CanonicalReason.DOCUMENT_FORGERY, null, false),
            new Row("feature_verification_failed", ArgosCode.Group.STEP1_RETRY,
                    "The submitted ID image doesn't match with the one of database", List.of(
                    VendorMessage.of( "Please retry with original ID")), 1, ArgosCode.Kind.RETRY,
                    200, "ID CARD:Validation", CanonicalReason.DOCUMENT_FORGERY, null, false),
            new Row("image_edited", ArgosCode.Group.STEP1_RETRY, "Trace of image editing detected",
                    List.of( VendorMessage.of( "Please retry with original ID")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DOCUMENT_FORGERY, null, false),
            new Row("fake_id", ArgosCode.Group.STEP1_RETRY,
                    "Sample ID image available online has been detected", List.of( VendorMessage.of(
                    "Please retry with original ID")), 1, ArgosCode.Kind.RETRY, 200,
                    "ID CARD:Validation", CanonicalReason.DOCUMENT_COUNTERFEIT, null, false),
            new Row("artificial_image", ArgosCode.Group.STEP1_RETRY,
                    "Artificially generated ID detected", List.of( VendorMessage.of(
                    "Please retry with original ID")), 1, ArgosCode.Kind.RETRY, 200,
                    "ID CARD:Validation", CanonicalReason.DOCUMENT_COUNTERFEIT, null, false),
            new Row("artificial_text", ArgosCode.Group.STEP1_RETRY, "Text forgery detected",
                    List.of( VendorMessage.of( "Please retry with original ID")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DOCUMENT_FORGERY, null, false),
            new Row("text_forgery", ArgosCode.Group.STEP1_RETRY, "Text forgery detected", List.of(
                    VendorMessage.of( "Please retry with original ID")), 1, ArgosCode.Kind.RETRY,
                    200, "ID CARD:Validation", CanonicalReason.DOCUMENT_FORGERY, null, false),
            new Row("check_digit_failed", ArgosCode.Group.STEP1_RETRY, "MRZ forgery detected",
                    List.of( VendorMessage.of( "Please retry with original ID")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DATA_INTEGRITY_FAILED, null, false),
            new Row("image_too_blurry", ArgosCode.Group.STEP1_RETRY,
                    "Failed to scan the ID due to blurry image", List.of( VendorMessage.of(
                    "Please retake ID image clearly")), 1, ArgosCode.Kind.RETRY, 200,
                    "ID CARD:Validation", CanonicalReason.IMAGE_QUALITY_POOR, null, false),
            new Row("black_white_document", ArgosCode.Group.STEP1_RETRY,
                    "Black and white ID(copied ID) detected", List.of( VendorMessage.of(
                    "Please retry with original ID")), 1, ArgosCode.Kind.RETRY, 200,
                    "ID CARD:Validation", CanonicalReason.DOCUMENT_RECAPTURED, null, false),
            new Row("physical_document_missing", ArgosCode.Group.STEP1_RETRY,
                    "Failed to scan the ID due to abnormal angle", List.of( VendorMessage.of(
                    "Please take ID image in the right direction")), 1, ArgosCode.Kind.RETRY, 200,
                    "ID CARD:Validation", CanonicalReason.IMAGE_QUALITY_POOR, null, false),
            new Row("expired_id", ArgosCode.Group.STEP1_RETRY, "When submitted expired ID.",
                    List.of( VendorMessage.of(
                    "Expired ID document, please use unexpired ID card.")), 1, ArgosCode.Kind.RETRY,
                    200, "ID CARD:Validation", CanonicalReason.DOCUMENT_EXPIRED, null, false),
            new Row("id_liveness_fail", ArgosCode.Group.STEP1_RETRY,
                    "When using the attack prevention option, the ID Card Liveness "
                    + "Score is less than 50 points in one or more pipelines.\n"
                    + "#pipeline " + ": Screen replay, Paper printed, Replace portraits", List.of(
                    VendorMessage.of(
                    "Liveness validation of Id image failed. Failed for: {#pipelines}")), 1,
                    ArgosCode.Kind.RETRY, 200, "ID CARD:Validation",
                    CanonicalReason.DOCUMENT_FORGERY, null, false),
            new Row("invalid_payload", ArgosCode.Group.STEP1_ERROR, "No image file", List.of(
                    VendorMessage.of( "Failed to parse the input data.")), 1, ArgosCode.Kind.ERROR,
                    400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("invalid_id_image", ArgosCode.Group.STEP1_ERROR, "Incorrect image path",
                    List.of( VendorMessage.of(
                    "Invalid ID image. Please retry with another ID image.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("invalid_request", ArgosCode.Group.STEP1_ERROR,
                    "This KYC does not exist. It's been deleted or the project ID is wrong.",
                    List.of( VendorMessage.of(
                    "Failed to find the project. Please check the project ID.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.CONFIGURATION_ERROR, null,
                    false),
            new Row("invalid_project", ArgosCode.Group.STEP1_ERROR,
                    "This KYC project is not valid anymore, it has the status of 'Closed'.",
                    List.of( VendorMessage.of( "This project is not available.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.CONFIGURATION_ERROR, null,
                    false),
            new Row("missing_parameters", ArgosCode.Group.STEP1_ERROR, null, List.of(
                    VendorMessage.of( "Missing required parameters."), VendorMessage.of(
                    "IdCard Back Image is required in using universal option",
                    "If you used the Universal option and submitted idType as ‘universal’, "
                    + "but did not submit a photo of the back of your ID card. - When using "
                    + "universal mode, you must submit a photo of the back of your ID card.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("invalid_id_type", ArgosCode.Group.STEP1_ERROR, null, List.of( VendorMessage.of(
                    "Invalid id type: Id type must be passport, government_id or drivers_license.")),
                    1, ArgosCode.Kind.ERROR, 400, null, CanonicalReason.INVALID_REQUEST, null,
                    false),
            new Row("invalid_input_format", ArgosCode.Group.STEP1_ERROR,
                    "Input value format incorrect", List.of( VendorMessage.of(
                    "Invalid input type: {parameters}")), 1, ArgosCode.Kind.ERROR, 400, null,
                    CanonicalReason.INVALID_REQUEST, null, false),
            new Row("invalid_email", ArgosCode.Group.STEP1_ERROR, "Incorrect email address",
                    List.of( VendorMessage.of( "Invalid email address format.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("id_image_error", ArgosCode.Group.STEP1_ERROR, "ID image processing error",
                    List.of( VendorMessage.of( "ID image processing error. Please retry.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.VENDOR_SERVICE_ERROR, null,
                    false),
            new Row("data_processing_error", ArgosCode.Group.STEP1_ERROR, "Data processing error",
                    List.of( VendorMessage.of( "Data processing error. Please retry.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.VENDOR_SERVICE_ERROR, null,
                    false),
            new Row("save_image_error", ArgosCode.Group.STEP1_ERROR, "ID image saving error",
                    List.of( VendorMessage.of( "ID image save error. Please retry.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.VENDOR_SERVICE_ERROR, null,
                    false),
            new Row("processed_submission", ArgosCode.Group.STEP1_ERROR, null, List.of(
                    VendorMessage.of( "This submission is already processed.",
                    "Step 1 process for the submission ID has been already completed"),
                    VendorMessage.of(
                    "{email} has an existing approved submission. Not available to "
                    + "submit due to ‘approved period’ option to prevent duplication.",
                    "Further submission banned due to 'Approved Period' option")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.SUBMISSION_STATE_CONFLICT,
                    null, false),
            new Row("rejected_submission", ArgosCode.Group.STEP1_ERROR,
                    "Further submission banned due to 'Rejected Period' option", List.of(
                    VendorMessage.of(
                    "{email} has an existing rejected submission. Not available to "
                    + "submit due to ‘rejected period’ option to prevent duplication.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.RESUBMISSION_BLOCKED, null,
                    false),
            new Row("reviewing", ArgosCode.Group.STEP1_ERROR,
                    "The email account has a submitted KYC which is in 'Pending' status "
                    + "waiting for the result, thus no further submission accepted.", List.of(
                    VendorMessage.of( "{email}’s KYC is currently reviewing. Please wait.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.VERIFICATION_PENDING, null,
                    false),
            new Row("not_an_id", ArgosCode.Group.STEP1_ERROR, "Submitted ID image is not an ID.",
                    List.of( VendorMessage.of( "Please take a picture of an ID card.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.DOCUMENT_NOT_DETECTED, null,
                    false),
            new Row("id_detection_error", ArgosCode.Group.STEP1_ERROR,
                    "Error occurred while detecting an ID.", List.of( VendorMessage.of(
                    "ID detection error. Please retry.")), 1, ArgosCode.Kind.ERROR, 400, null,
                    CanonicalReason.VENDOR_SERVICE_ERROR, null, false),
            new Row("ocr_fail", ArgosCode.Group.STEP1_ERROR,
                    "Affected by 'AI Supported Option', returned when "
                    + "submitted an ID which the OCR engine does not support.", List.of(
                    VendorMessage.of( "OCR not supported ID. Please retry with another ID.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.DOCUMENT_NOT_ACCEPTED, null,
                    false),
            new Row("invalid_id", ArgosCode.Group.STEP1_ERROR,
                    "This ID is not valid anymore in accordance with local regulation.", List.of(
                    VendorMessage.of( "Invalid ID. Please resubmit with another ID.")), 1,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.DOCUMENT_INVALID, null, false),
            new Row("id_validation_error", ArgosCode.Group.STEP1_ERROR,
                    "ID validation server error", List.of( VendorMessage.of(
                    "ID validation server error. Please, retry.")), 1, ArgosCode.Kind.ERROR, 400,
                    null, CanonicalReason.VENDOR_SERVICE_ERROR, null, false),
            new Row("invalid_idType", ArgosCode.Group.STEP1_ERROR, null, List.of( VendorMessage.of(
                    "This project is not using the Universal option.",
                    "When the Universal option is Off, but ‘universal’ is submitted as "
                    + "idType. - idType ‘universal’ can be submitted only when using the "
                    + "Universal option. Other than that, entering the correct idType is required."),
                    VendorMessage.of( "ID Card issued from Korea cannot use universal id type.",
                    "If it is a Korean ID card and ‘universal’ is submitted as "
                    + "idType. - If issuingCountry is ‘KOR’, Universal mode cannot "
                    + "be used regardless of whether the Universal option is used."),
                    VendorMessage.of( "Cannot input specific idType in using universal option",
                    "If you are using the Universal option and "
                    + "a specific ID type is submitted in idType")), 1, ArgosCode.Kind.ERROR, 400,
                    null, CanonicalReason.CONFIGURATION_ERROR, null, false),
            new Row("id_liveness_error", ArgosCode.Group.STEP1_ERROR,
                    "When using the attack prevention option, an "
                    + "error occurred while verifying ID Card Liveness.", List.of( VendorMessage.of(
                    "ID liveness error.")), 1, ArgosCode.Kind.ERROR, 400, null,
                    CanonicalReason.VENDOR_SERVICE_ERROR, null, false),
            new Row("identity_verification_fail", ArgosCode.Group.STEP2_RETRY, null, List.of(
                    VendorMessage.of(
                    "ID verification failed: {message}. Please check the ID data.",
                    "Korean ID authentication failed."), VendorMessage.of(
                    "ID verification failed: Barcode information does "
                    + "not match. {message}. Please check the ID data.",
                    "USA, CAN, MEX drivers license, input data and barcode data mismatch."),
                    VendorMessage.of( "ID verification failed: EGN information does "
                    + "not match. {message}. Please check the ID data", "BGR ID data mismatch.")),
                    2, ArgosCode.Kind.RETRY, 200, null, CanonicalReason.USER_INPUT_INVALID, null,
                    false),
            new Row("no_face", ArgosCode.Group.STEP2_RETRY,
                    "No face detected on submitted selfie image.", List.of( VendorMessage.of(
                    "Detect face failed: No face detected. At least one face must "
                    + "be detected in both selfie and ID image. Please retry.")), 2,
                    ArgosCode.Kind.RETRY, 200, null, CanonicalReason.FACE_NOT_DETECTED, null,
                    false),
            new Row("face_compare_underscore", ArgosCode.Group.STEP2_RETRY,
                    "Face similarity score under 85.", List.of( VendorMessage.of(
                    "The face doesn’t match. Please retry with another face image.")), 2,
                    ArgosCode.Kind.RETRY, 200, null, CanonicalReason.FACE_MISMATCH,
                    NextAction.RETRY_CAPTURE, false),
            new Row("face_compare_fail", ArgosCode.Group.STEP2_RETRY,
                    "Failed to find a similar face to process face compare.", List.of(
                    VendorMessage.of(
                    "Failed to find a matching face. Please retry with another face image.")), 2,
                    ArgosCode.Kind.RETRY, 200, null, CanonicalReason.FACE_MISMATCH,
                    NextAction.RETRY_CAPTURE, false),
            new Row("face_detect_error", ArgosCode.Group.STEP2_RETRY, "Server error", List.of(
                    VendorMessage.of( "Failed to detect a face.")), 2, ArgosCode.Kind.RETRY, 200,
                    null, CanonicalReason.VENDOR_SERVICE_ERROR, null, false),
            new Row("liveness_fail", ArgosCode.Group.STEP2_RETRY, "Liveness score less than 50.",
                    List.of( VendorMessage.of(
                    "Liveness fail. Please retry with another face image.")), 2,
                    ArgosCode.Kind.RETRY, 200, null, CanonicalReason.LIVENESS_FAILED, null, false),
            new Row("liveness_error", ArgosCode.Group.STEP2_RETRY,
                    "Failed to meet liveness detection condition.", List.of( VendorMessage.of(
                    "Liveness fail: Face size is too small to be detected. Please retry"),
                    VendorMessage.of(
                    "Liveness fail: Face is too close to one or more borders. Please retry."),
                    VendorMessage.of(
                    "Liveness fail: Interpupillary distance is too small. Please retry."),
                    VendorMessage.of(
                    "Liveness fail: Absolute face size is too small. Please retry."),
                    VendorMessage.of( "Liveness fail: Face is cropped. Please retry."),
                    VendorMessage.of( "Liveness fail: Facial out-of-plane rotation "
                    + "angle is extremely large. Please retry"), VendorMessage.of(
                    "Liveness fail: Relative face size is too small. Please retry.")), 2,
                    ArgosCode.Kind.RETRY, 200, null, CanonicalReason.FACE_CAPTURE_CONDITIONS, null,
                    false),
            new Row("bank_authentication_fail", ArgosCode.Group.STEP2_RETRY,
                    "Both verification code and holoder name don't match.", List.of(
                    VendorMessage.of( "The authentication code and account holder doesn't match.")),
                    2, ArgosCode.Kind.RETRY, 200, null, CanonicalReason.USER_INPUT_INVALID, null,
                    false),
            new Row("bank_authentication_code_fail", ArgosCode.Group.STEP2_RETRY,
                    "The verification code for 'Account Occupancy' doesn't match.", List.of(
                    VendorMessage.of(
                    "1 won authentication fail. The authentication code doesn't match.")), 2,
                    ArgosCode.Kind.RETRY, 200, null, CanonicalReason.USER_INPUT_INVALID, null,
                    false),
            new Row("bank_authentication_name_fail", ArgosCode.Group.STEP2_RETRY,
                    "The account holder name for 'Account Occupancy' doesn't match.", List.of(
                    VendorMessage.of(
                    "1 won authentication fail. The account holder doesn't match.")), 2,
                    ArgosCode.Kind.RETRY, 200, null, CanonicalReason.USER_INPUT_INVALID, null,
                    false),
            new Row("invalid_payload", ArgosCode.Group.STEP2_ERROR, "No image file", List.of(
                    VendorMessage.of( "Failed to parse the input data.")), 2, ArgosCode.Kind.ERROR,
                    400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("invalid_request", ArgosCode.Group.STEP2_ERROR,
                    "This KYC does not exist. It's been deleted or the project ID is wrong.",
                    List.of( VendorMessage.of(
                    "Failed to find the project. Please check the project ID.")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.CONFIGURATION_ERROR, null,
                    false),
            new Row("invalid_face_image", ArgosCode.Group.STEP2_ERROR,
                    "Incorrect path of selfie image", List.of( VendorMessage.of(
                    "Invalid face image. Please retry with another face image.")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("missing_parameters", ArgosCode.Group.STEP2_ERROR, null, List.of(
                    VendorMessage.of( "Missing required parameters.")), 2, ArgosCode.Kind.ERROR,
                    400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("invalid_address_image", ArgosCode.Group.STEP2_ERROR,
                    "Incorrect path of proof of address image", List.of( VendorMessage.of(
                    "Invalid address image. Please retry with another address image.")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("invalid_submission_id", ArgosCode.Group.STEP2_ERROR, "Incorrect submission ID",
                    List.of( VendorMessage.of(
                    "Invalid submission ID error. Please check the submission ID.")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("no_submission", ArgosCode.Group.STEP2_ERROR, "Failed to load submission data.",
                    List.of( VendorMessage.of(
                    "Fail to find the submission data. Please contact CS center.")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.VENDOR_SERVICE_ERROR, null,
                    false),
            new Row("processed_submission", ArgosCode.Group.STEP2_ERROR, null, List.of(
                    VendorMessage.of( "This submission is already processed.",
                    "Step 2 process for the submission ID has been already completed."),
                    VendorMessage.of(
                    "{email} has an existing approved submission. Not available to "
                    + "submit due to ‘approved period’ option to prevent duplication.",
                    "Further submission banned due to 'Approved Period' option")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.SUBMISSION_STATE_CONFLICT,
                    null, false),
            new Row("rejected_submission", ArgosCode.Group.STEP2_ERROR,
                    "Further submission banned due to 'Rejected Period' option", List.of(
                    VendorMessage.of(
                    "{email} has an existing approved submission. Not available to "
                    + "submit due to ‘approved period’ option to prevent duplication.")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.RESUBMISSION_BLOCKED, null,
                    false),
            new Row("unauthorized", ArgosCode.Group.STEP2_ERROR, "Incorrect API key", List.of(
                    VendorMessage.of( "Invalid API key. Please check.")), 2, ArgosCode.Kind.ERROR,
                    400, null, CanonicalReason.AUTHENTICATION_FAILED, null, false),
            new Row("missing_address", ArgosCode.Group.STEP2_ERROR,
                    "No address data(When address collection option on )", List.of(
                    VendorMessage.of( "Missing address data information.")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("unexpected_error", ArgosCode.Group.STEP2_ERROR,
                    "When failed at DB saving, sending webhook or email", List.of( VendorMessage.of(
                    "Failed to submit KYC.")), 2, ArgosCode.Kind.ERROR, 400, null,
                    CanonicalReason.VENDOR_SERVICE_ERROR, null, false),
            new Row("verify_kor_error", ArgosCode.Group.STEP2_ERROR,
                    "Korean ID authentication server error", List.of( VendorMessage.of(
                    "The ID card you submitted is currently unable to proceed due to Korean "
                    + "ID authentication server errorn error in the authenticity verification "
                    + "server. Please proceed with a different ID card or try again later.")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE,
                    null, false),
            new Row("invalid_bank_authentication", ArgosCode.Group.STEP2_ERROR,
                    "PreStep2 was not properly completed.", List.of( VendorMessage.of(
                    "Failed to read bank authentication's data.")), 2, ArgosCode.Kind.ERROR, 400,
                    null, CanonicalReason.SUBMISSION_STATE_CONFLICT, null, false),
            new Row("missing_required_field", ArgosCode.Group.STEP2_ERROR,
                    "Required parameter for PreStep2 is missing(userOccupancyName, userOccupancyCode)",
                    List.of( VendorMessage.of( "The account holder's name and the 1 won "
                    + "authentication code are required fields.R")), 2, ArgosCode.Kind.ERROR, 400,
                    null, CanonicalReason.INVALID_REQUEST, null, false),
            new Row("bank_authentication_fail", ArgosCode.Group.STEP2_ERROR,
                    "‘userOccupancyName’ from PreStep2 and name from Step2 parameter don't match.",
                    List.of( VendorMessage.of(
                    "1 won authentication fail. The account holder's name doesn't match")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.DATA_MISMATCH_WITH_INPUT, null,
                    false),
            new Row("exceeded_72hour_limit", ArgosCode.Group.STEP2_ERROR,
                    "Submission ID is expired. A submission ID "
                    + "is valid for 72 hours from the createTime.", List.of( VendorMessage.of(
                    "The submission is invalid because it has been more than 72 hours since step1.")),
                    2, ArgosCode.Kind.ERROR, 400, null, CanonicalReason.SESSION_EXPIRED, null,
                    false),
            new Row("invalid_idType", ArgosCode.Group.STEP2_ERROR,
                    "When using Universal mode and failing to define idType "
                    + "in Step 1, the idType parameter is missing in Step 2.", List.of(
                    VendorMessage.of(
                    "The idType is required. This submission id failed to define idType in step1.")),
                    2, ArgosCode.Kind.ERROR, 400, null, CanonicalReason.INVALID_REQUEST, null,
                    false),
            new Row("face_validation_error", ArgosCode.Group.STEP2_ERROR, null, List.of(
                    VendorMessage.of( "Fail to search face to validate duplicated user",
                    "This error occurs when the Face Duplicate Verification option is "
                    + "enabled and the search for a matching face in the database fails."),
                    VendorMessage.of( "Fail to add face image to collection.",
                    "This error occurs when the sFace Duplicate Verification option "
                    + "is enabled and the process of adding a face to the index fails.")), 2,
                    ArgosCode.Kind.ERROR, 400, null, CanonicalReason.VENDOR_SERVICE_ERROR, null,
                    false),
            new Row("too_many_retry", ArgosCode.Group.REJECT_COMMENT,
                    "Retry count went up to 3 but KYC not approved", List.of( VendorMessage.of(
                    "Multiple invalid KYC attempts")), null, ArgosCode.Kind.REJECT, null, null,
                    CanonicalReason.TOO_MANY_ATTEMPTS, null, false),
            new Row("timeout", ArgosCode.Group.REJECT_COMMENT,
                    "'Incomplete' KYC with retry count higher than 1 or more, "
                    + "will turn into 'Rejected' after certain period of time.", List.of(
                    VendorMessage.of( "KYC rejected due to timeout")), null, ArgosCode.Kind.REJECT,
                    null, null, CanonicalReason.SESSION_EXPIRED, null, false),
            new Row("duplicate_user", ArgosCode.Group.REJECT_COMMENT,
                    "When the option is on, KYC from duplicate user is rejected.", List.of(
                    VendorMessage.of( "Identity has been determined to be the same "
                    + "duplicate as the previously approved one.")), null, ArgosCode.Kind.REJECT,
                    null, null, CanonicalReason.DUPLICATE_IDENTITY, null, false),
            new Row("blacklistCountry", ArgosCode.Group.REJECT_COMMENT,
                    "As the 'Blacklist Country' option applied, KYC "
                    + "submitted with blacklist-country-issued is rejected", List.of(
                    VendorMessage.of(
                    "According to the policy, we do not accept KYC from {country}.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.COUNTRY_NOT_ACCEPTED, null,
                    true),
            new Row("under_ageLimit", ArgosCode.Group.REJECT_COMMENT,
                    "As the 'Age Limit' option applied, KYC submitted "
                    + "from user below the specified age is rejected", List.of( VendorMessage.of(
                    "We do not accept KYC anyone under {age} years old.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.AGE_BELOW_LIMIT, null, true),
            new Row("invalid_acceptedID", ArgosCode.Group.REJECT_COMMENT,
                    "As the 'ID Type' option applied, KYC submitted with undesignated ID is rejected.",
                    List.of( VendorMessage.of( "Inacceptable ID type. Please resubmit with another "
                    + "ID, check the valid ID on the submission page.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.DOCUMENT_NOT_ACCEPTED, null,
                    false),
            new Row("id_image_invalidImage", ArgosCode.Group.REJECT_COMMENT,
                    "Submitted ID image is not an image of ID.", List.of( VendorMessage.of(
                    "ID document not detected. Please take a picture of your ID document.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.DOCUMENT_NOT_DETECTED, null,
                    false),
            new Row("id_image_invalidId", ArgosCode.Group.REJECT_COMMENT,
                    "Submitted ID is not valid. ex)ID with only birth year.", List.of(
                    VendorMessage.of(
                    "Invalid ID document. Please resubmit with another ID document.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.DOCUMENT_INVALID, null,
                    false),
            new Row("id_image_error", ArgosCode.Group.REJECT_COMMENT,
                    "Unable to verify ID image due to upload error.", List.of( VendorMessage.of(
                    "Fail to upload the ID image. Please resubmit the KYC process.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.VENDOR_SERVICE_ERROR, null,
                    false),
            new Row("id_image_badImage", ArgosCode.Group.REJECT_COMMENT,
                    "Unable to verify ID image due to poor image quality", List.of(
                    VendorMessage.of(
                    "Fail to read the ID image. Please take a clear picture of your ID document.")),
                    null, ArgosCode.Kind.REJECT, null, null, CanonicalReason.IMAGE_QUALITY_POOR,
                    null, false),
            new Row("id_info_dataMismatch", ArgosCode.Group.REJECT_COMMENT,
                    "The ID is written in languages we can't correct(such "
                    + "as Chinese Character, Cyrillic alphabet etc...) and "
                    + "the user input data is not matching with the ID.", List.of( VendorMessage.of(
                    "The entered information does not match with your ID document.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.USER_INPUT_INVALID, null,
                    false),
            new Row("id_info_blacklist", ArgosCode.Group.REJECT_COMMENT,
                    "The issuing country has been modified while manual "
                    + "review, the modified country is on the blacklist.", List.of(
                    VendorMessage.of(
                    "According to the policy, we do not accept KYC from {country}.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.COUNTRY_NOT_ACCEPTED, null,
                    true),
            new Row("id_info_notOfAge", ArgosCode.Group.REJECT_COMMENT,
                    "The date of birth has been modified while manual "
                    + "review, age of the user is under 'Age Limit'.", List.of( VendorMessage.of(
                    "We do not accept KYC anyone under {age} years old.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.AGE_BELOW_LIMIT, null, true),
            new Row("address_image_invalidImage", ArgosCode.Group.REJECT_COMMENT,
                    "The proof of address is not valid since it "
                    + "doesn't contain users name and address.", List.of( VendorMessage.of(
                    "Invalid proof of address. Proof of address "
                    + "must include your full name and address.")), null, ArgosCode.Kind.REJECT,
                    null, null, CanonicalReason.ADDRESS_NOT_VERIFIED, null, false),
            new Row("address_image_error", ArgosCode.Group.REJECT_COMMENT,
                    "Unable to verify proof of address image due to upload error.", List.of(
                    VendorMessage.of( "Fail to upload proof of address image. Please retry.")),
                    null, ArgosCode.Kind.REJECT, null, null, CanonicalReason.VENDOR_SERVICE_ERROR,
                    null, false),
            new Row("address_image_badImage", ArgosCode.Group.REJECT_COMMENT,
                    "Unable to verify proof of address image due to poor image quality", List.of(
                    VendorMessage.of(
                    "Fail to read the image. Please take a clear picture of your proof of address.")),
                    null, ArgosCode.Kind.REJECT, null, null, CanonicalReason.IMAGE_QUALITY_POOR,
                    null, false),
            new Row("address_info_expiredDocument", ArgosCode.Group.REJECT_COMMENT,
                    "The proof of address document is expired.", List.of( VendorMessage.of(
                    "Expired proof of address. The proof of address should be issued within 6 months.")),
                    null, ArgosCode.Kind.REJECT, null, null, CanonicalReason.ADDRESS_NOT_VERIFIED,
                    null, false),
            new Row("address_info_dataMismatch", ArgosCode.Group.REJECT_COMMENT,
                    "The proof of address is written in languages we can't "
                    + "correct(such as Chinese Character, Cyrillic alphabet etc...) "
                    + "and the user input data is not matching with the document.", List.of(
                    VendorMessage.of(
                    "Entered information does not match with your proof of address.")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.USER_INPUT_INVALID, null,
                    false),
            new Row("other", ArgosCode.Group.REJECT_COMMENT, "Guide comment from agent.", List.of(
                    VendorMessage.of( "other")), null, ArgosCode.Kind.REJECT, null, null,
                    CanonicalReason.UNCLASSIFIED, null, false),
            new Row("duplicated_face", ArgosCode.Group.REJECT_COMMENT,
                    "This error occurs when the Face Duplicate Verification option is "
                    + "enabled, and the submitted face matches two or more faces in the "
                    + "approved list, resulting in a rejection due to duplication.", List.of(
                    VendorMessage.of( "Duplicate face image, the user has already approved")), null,
                    ArgosCode.Kind.REJECT, null, null, CanonicalReason.DUPLICATE_IDENTITY, null,
                    false),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("argos")
    record Row(String code, ArgosCode.Group group, String description, List<VendorMessage> messages,
            Integer step, ArgosCode.Kind kind, Integer httpStatus, String requiredOption,
            CanonicalReason canonicalReason, NextAction actionOverride,
            boolean textNeedsArguments) {
    }

    /**
     * The {@link ArgosOutcome.RetryCode} of each catalog code it stands for.
     */
    @CodebookGenerated("argos")
    static final class RetryIndex {
        static final Map<ArgosCode, ArgosOutcome.RetryCode> BY_CODE = index();

        private RetryIndex() {
        }

        private static Map<ArgosCode, ArgosOutcome.RetryCode> index() {
            Map<ArgosCode, ArgosOutcome.RetryCode> index = new HashMap<>();
            for (ArgosOutcome.RetryCode code : ArgosOutcome.RetryCode.values()) {
                index.put(code.asArgosCode(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }

    /**
     * The {@link ArgosOutcome.RequestErrorCode} of each catalog code it stands for.
     */
    @CodebookGenerated("argos")
    static final class RequestErrorIndex {
        static final Map<ArgosCode, ArgosOutcome.RequestErrorCode> BY_CODE = index();

        private RequestErrorIndex() {
        }

        private static Map<ArgosCode, ArgosOutcome.RequestErrorCode> index() {
            Map<ArgosCode, ArgosOutcome.RequestErrorCode> index = new HashMap<>();
            for (ArgosOutcome.RequestErrorCode code : ArgosOutcome.RequestErrorCode.values()) {
                index.put(code.asArgosCode(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }

    /**
     * The {@link ArgosOutcome.RejectCode} of each catalog code it stands for.
     */
    @CodebookGenerated("argos")
    static final class RejectIndex {
        static final Map<ArgosCode, ArgosOutcome.RejectCode> BY_CODE = index();

        private RejectIndex() {
        }

        private static Map<ArgosCode, ArgosOutcome.RejectCode> index() {
            Map<ArgosCode, ArgosOutcome.RejectCode> index = new HashMap<>();
            for (ArgosOutcome.RejectCode code : ArgosOutcome.RejectCode.values()) {
                index.put(code.asArgosCode(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }
}
