package golden.shipped;

import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CatalogGroup;
import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.UnknownValues;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.internal.LocalizedTexts;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * ARGOS Identity: Retry/Error/Reject Codes, one constant per documented code.
 *
 * <p>ARGOS KYC retry codes (HTTP 200) and error codes (HTTP 400) of Step 1 and Step 2, and reject
 * comment codes, each with the message(s) ARGOS sends and the vendor's description.
 *
 * <p>Transcribed from <code>001_4bc8384ac82ce3cf.txt</code> by the catalog spec <code>argos</code>.
 *
 * <p>Note: The document groups its sections under the headings "STEP 1" (Step 1 retry and error
 * codes) and "STEP 2" (Step 2 retry and error codes); the reject comment codes follow under no
 * step.
 *
 * <p>Note: Several wire codes appear in more than one section (invalid_payload, invalid_request,
 * missing_parameters, processed_submission, rejected_submission and invalid_idType in Step 1 and
 * Step 2 errors; id_image_error in Step 1 errors and reject comments; bank_authentication_fail in
 * Step 2 retry and error codes); each section's appearance is its own code, keyed by step and kind.
 *
 * <p>Note: The HTTP status of each section comes from its heading ("200 ok", "400 Error", "400
 * errors").
 *
 * <p>Note: The page ends with "Last updated" and no date.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog argos"
)
@CodebookGenerated("argos")
public enum ArgosCode implements MappedCode, LocalizedCode {
    /**
     * No MRZ detected
     *
     * <p>Message: “Failed to detect full MRZ”.
     * <p>Sent as <code>mrz_protocol_fail</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     *
     * <p>Note: Returned regardless of the dashboard option 'ID CARD:Validation' (the section note
     * excepts it).
     */
    STEP1_RETRY_MRZ_PROTOCOL_FAIL,

    /**
     * No barcode detected
     *
     * <p>Message: “Failed to read PDF417 Barcode”.
     * <p>Sent as <code>barcode_protocol_fail</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     *
     * <p>Note: Returned regardless of the dashboard option 'ID CARD:Validation' (the section note
     * excepts it).
     */
    STEP1_RETRY_BARCODE_PROTOCOL_FAIL,

    /**
     * ID image: front and back mismatch
     *
     * <p>Message: “Front and back side image mismatch. Please retry with one ID”.
     * <p>Sent as <code>invalid_back_document</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_BETWEEN_SIDES}.
     */
    STEP1_RETRY_INVALID_BACK_DOCUMENT,

    /**
     * ID image: front and back issuing country mismatch
     *
     * <p>Message: “Front and back side image mismatch. Please retry with one ID”.
     * <p>Sent as <code>document_country_mismatch</code>; step <code>1</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; requiredOption <code>ID
     * CARD:Validation</code>; canonicalReason {@link CanonicalReason#DATA_MISMATCH_BETWEEN_SIDES}.
     */
    STEP1_RETRY_DOCUMENT_COUNTRY_MISMATCH,

    /**
     * ID image: already expired
     *
     * <p>Message: “Your ID is expired already. Please retry with valid ID”.
     * <p>Sent as <code>document_expired</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_EXPIRED}.
     *
     * <p>Note: Similar to expired_id (same section), which has its own message and description.
     */
    STEP1_RETRY_DOCUMENT_EXPIRED,

    /**
     * ID image: front and back name mismatch
     *
     * <p>Message: “Front and back side name mismatch. Please retry with one ID”.
     * <p>Sent as <code>document_name_mismatch</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_BETWEEN_SIDES}.
     */
    STEP1_RETRY_DOCUMENT_NAME_MISMATCH,

    /**
     * ID image: front and back birth date mismatch
     *
     * <p>Message: “Front and back side birthdate mismatch. Please retry with one ID”.
     * <p>Sent as <code>document_dob_mismatch</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_BETWEEN_SIDES}.
     */
    STEP1_RETRY_DOCUMENT_DOB_MISMATCH,

    /**
     * Failed to detect expiry date or it's been artificially erased
     *
     * <p>Message: “Expiry date not detected. Please take clear picture”.
     * <p>Sent as <code>missing_expiry_date</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    STEP1_RETRY_MISSING_EXPIRY_DATE,

    /**
     * Failed to detect issued date or it's been artificially erased
     *
     * <p>Message: “Issue date not detected. Please take clear picture”.
     * <p>Sent as <code>missing_issue_date</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    STEP1_RETRY_MISSING_ISSUE_DATE,

    /**
     * Failed to detect birth date or it's been artificially erased
     *
     * <p>Message: “Birth date not detected. Please take clear picture”.
     * <p>Sent as <code>missing_birth_date</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    STEP1_RETRY_MISSING_BIRTH_DATE,

    /**
     * Failed to detect document number or it's been artificially erased
     *
     * <p>Message: “Document number not detected. Please take clear picture”.
     * <p>Sent as <code>missing_document_number</code>; step <code>1</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; requiredOption <code>ID
     * CARD:Validation</code>; canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    STEP1_RETRY_MISSING_DOCUMENT_NUMBER,

    /**
     * Failed to detect identity number or it's been artificially erased
     *
     * <p>Message: “Identity number not detected. Please take clear picture”.
     * <p>Sent as <code>missing_personal_number</code>; step <code>1</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; requiredOption <code>ID
     * CARD:Validation</code>; canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    STEP1_RETRY_MISSING_PERSONAL_NUMBER,

    /**
     * Failed to detect name or it's been artificially erased
     *
     * <p>Message: “Name not detected. Please take clear picture”.
     * <p>Sent as <code>missing_name</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    STEP1_RETRY_MISSING_NAME,

    /**
     * Failed to detect ID due to light reflection(smudging)
     *
     * <p>Message: “Please retake ID image without light smudging”.
     * <p>Sent as <code>glare_detected</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    STEP1_RETRY_GLARE_DETECTED,

    /**
     * Image on monitor or other device is detected
     *
     * <p>Message: “Retry with physical ID. recaptured screen not allowed”.
     * <p>Sent as <code>recaptured_document</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    STEP1_RETRY_RECAPTURED_DOCUMENT,

    /**
     * Image captured from monitor or other device is detected
     *
     * <p>Message: “Retry with physical ID. recaptured screen not allowed”.
     * <p>Sent as <code>screen_detected</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    STEP1_RETRY_SCREEN_DETECTED,

    /**
     * Image forgery detected
     *
     * <p>Message: “Please retry with original ID”.
     * <p>Sent as <code>image_forgery</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     */
    STEP1_RETRY_IMAGE_FORGERY,

    /**
     * The submitted ID image doesn't match with the one of database
     *
     * <p>Message: “Please retry with original ID”.
     * <p>Sent as <code>feature_verification_failed</code>; step <code>1</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; requiredOption <code>ID
     * CARD:Validation</code>; canonicalReason {@link CanonicalReason#DOCUMENT_FORGERY}.
     */
    STEP1_RETRY_FEATURE_VERIFICATION_FAILED,

    /**
     * Trace of image editing detected
     *
     * <p>Message: “Please retry with original ID”.
     * <p>Sent as <code>image_edited</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     */
    STEP1_RETRY_IMAGE_EDITED,

    /**
     * Sample ID image available online has been detected
     *
     * <p>Message: “Please retry with original ID”.
     * <p>Sent as <code>fake_id</code>; step <code>1</code>; kind {@link Kind#RETRY}; httpStatus
     * <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_COUNTERFEIT}.
     */
    STEP1_RETRY_FAKE_ID,

    /**
     * Artificially generated ID detected
     *
     * <p>Message: “Please retry with original ID”.
     * <p>Sent as <code>artificial_image</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_COUNTERFEIT}.
     */
    STEP1_RETRY_ARTIFICIAL_IMAGE,

    /**
     * Text forgery detected
     *
     * <p>Message: “Please retry with original ID”.
     * <p>Sent as <code>artificial_text</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Note: Message and description are identical to text_forgery's.
     */
    STEP1_RETRY_ARTIFICIAL_TEXT,

    /**
     * Text forgery detected
     *
     * <p>Message: “Please retry with original ID”.
     * <p>Sent as <code>text_forgery</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Note: Message and description are identical to artificial_text's.
     */
    STEP1_RETRY_TEXT_FORGERY,

    /**
     * MRZ forgery detected
     *
     * <p>Message: “Please retry with original ID”.
     * <p>Sent as <code>check_digit_failed</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DATA_INTEGRITY_FAILED}.
     *
     * <p>Note: Mapped to DATA_INTEGRITY_FAILED: a failed check digit is often a misread of the MRZ,
     * sometimes an alteration; a person looks either way.
     */
    STEP1_RETRY_CHECK_DIGIT_FAILED,

    /**
     * Failed to scan the ID due to blurry image
     *
     * <p>Message: “Please retake ID image clearly”.
     * <p>Sent as <code>image_too_blurry</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    STEP1_RETRY_IMAGE_TOO_BLURRY,

    /**
     * Black and white ID(copied ID) detected
     *
     * <p>Message: “Please retry with original ID”.
     * <p>Sent as <code>black_white_document</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    STEP1_RETRY_BLACK_WHITE_DOCUMENT,

    /**
     * Failed to scan the ID due to abnormal angle
     *
     * <p>Message: “Please take ID image in the right direction”.
     * <p>Sent as <code>physical_document_missing</code>; step <code>1</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; requiredOption <code>ID
     * CARD:Validation</code>; canonicalReason {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    STEP1_RETRY_PHYSICAL_DOCUMENT_MISSING,

    /**
     * When submitted expired ID.
     *
     * <p>Message: “Expired ID document, please use unexpired ID card.”.
     * <p>Sent as <code>expired_id</code>; step <code>1</code>; kind {@link Kind#RETRY}; httpStatus
     * <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_EXPIRED}.
     *
     * <p>Note: Similar to document_expired (same section), which has its own message and
     * description.
     */
    STEP1_RETRY_EXPIRED_ID,

    /**
     * When using the attack prevention option, the ID Card Liveness Score is less than 50 points in
     * one or more pipelines. #pipeline : Screen replay, Paper printed, Replace portraits
     *
     * <p>Message: “Liveness validation of Id image failed. Failed for: {#pipelines}”.
     * <p>Sent as <code>id_liveness_fail</code>; step <code>1</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; requiredOption <code>ID CARD:Validation</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code pipelines}, string: the pipeline(s) in which the ID Card Liveness Score is under
     * 50 (Screen replay, Paper printed, Replace portraits) </li>
     * </ul>
     *
     * <p>Note: The second description line ("#pipeline : ...") is the document's legend for the
     * pipelines placeholder (written "#pipeline", singular, there); it lists the possible
     * pipelines.
     *
     * <p>Note: Besides the section's 'ID CARD:Validation' condition, the description names the
     * attack prevention option.
     *
     * <p>Note: Mapped to DOCUMENT_FORGERY: one of the pipelines is "Replace portraits", a portrait
     * substitution; the failing pipelines are only in the message text, so the code cannot be split
     * by them, and a person looks instead of coaching a forger through three recaptures.
     */
    STEP1_RETRY_ID_LIVENESS_FAIL,

    /**
     * No image file
     *
     * <p>Message: “Failed to parse the input data.”.
     * <p>Sent as <code>invalid_payload</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    STEP1_ERROR_INVALID_PAYLOAD,

    /**
     * Incorrect image path
     *
     * <p>Message: “Invalid ID image. Please retry with another ID image.”.
     * <p>Sent as <code>invalid_id_image</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    STEP1_ERROR_INVALID_ID_IMAGE,

    /**
     * This KYC does not exist. It's been deleted or the project ID is wrong.
     *
     * <p>Message: “Failed to find the project. Please check the project ID.”.
     * <p>Sent as <code>invalid_request</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#CONFIGURATION_ERROR}.
     */
    STEP1_ERROR_INVALID_REQUEST,

    /**
     * This KYC project is not valid anymore, it has the status of 'Closed'.
     *
     * <p>Message: “This project is not available.”.
     * <p>Sent as <code>invalid_project</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#CONFIGURATION_ERROR}.
     */
    STEP1_ERROR_INVALID_PROJECT,

    /**
     * Missing required parameters.
     *
     * <p>Messages: “Missing required parameters.”; “IdCard Back Image is required in using
     * universal option” (If you used the Universal option and submitted idType as ‘universal’, but
     * did not submit a photo of the back of your ID card. - When using universal mode, you must
     * submit a photo of the back of your ID card.).
     * <p>Sent as <code>missing_parameters</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Note: Printed twice in this section: first with only a message line and no description
     * line; again after the third invalid_idType heading, with the universal-option message and its
     * description (second messages entry).
     */
    STEP1_ERROR_MISSING_PARAMETERS,

    /**
     * Invalid id type: Id type must be passport, government_id or drivers_license.
     *
     * <p>Message: “Invalid id type: Id type must be passport, government_id or drivers_license.”.
     * <p>Sent as <code>invalid_id_type</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Note: Printed with only a message line and no description line.
     *
     * <p>Note: A different wire code from invalid_idType in the same section; both would derive the
     * constant name INVALID_ID_TYPE, so this one is STEP1_ERROR_INVALID_ID_TYPE_SNAKE.
     */
    STEP1_ERROR_INVALID_ID_TYPE_SNAKE,

    /**
     * Input value format incorrect
     *
     * <p>Message: “Invalid input type: {parameters}”.
     * <p>Sent as <code>invalid_input_format</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code parameters}, string: the parameter(s) whose input value format is incorrect </li>
     * </ul>
     */
    STEP1_ERROR_INVALID_INPUT_FORMAT,

    /**
     * Incorrect email address
     *
     * <p>Message: “Invalid email address format.”.
     * <p>Sent as <code>invalid_email</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    STEP1_ERROR_INVALID_EMAIL,

    /**
     * ID image processing error
     *
     * <p>Message: “ID image processing error. Please retry.”.
     * <p>Sent as <code>id_image_error</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    STEP1_ERROR_ID_IMAGE_ERROR,

    /**
     * Data processing error
     *
     * <p>Message: “Data processing error. Please retry.”.
     * <p>Sent as <code>data_processing_error</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    STEP1_ERROR_DATA_PROCESSING_ERROR,

    /**
     * ID image saving error
     *
     * <p>Message: “ID image save error. Please retry.”.
     * <p>Sent as <code>save_image_error</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    STEP1_ERROR_SAVE_IMAGE_ERROR,

    /**
     * This submission is already processed.
     *
     * <p>Messages: “This submission is already processed.” (Step 1 process for the submission ID
     * has been already completed); “{email} has an existing approved submission. Not available to
     * submit due to ‘approved period’ option to prevent duplication.” (Further submission banned
     * due to 'Approved Period' option).
     * <p>Sent as <code>processed_submission</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason
     * {@link CanonicalReason#SUBMISSION_STATE_CONFLICT}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code email}, string: the email address the submission was made with </li>
     * </ul>
     *
     * <p>Note: Two message lines followed by two description lines; paired in order.
     *
     * <p>Note: Kept at SUBMISSION_STATE_CONFLICT (fix-integration): the code covers both a step
     * already completed (our flow called it twice) and the 'Approved Period' option (the user is
     * already verified); its two messages tell them apart, but a code cannot be split by its
     * message, and an integrator should look either way.
     */
    STEP1_ERROR_PROCESSED_SUBMISSION,

    /**
     * Further submission banned due to 'Rejected Period' option
     *
     * <p>Message: “{email} has an existing rejected submission. Not available to submit due to
     * ‘rejected period’ option to prevent duplication.”.
     * <p>Sent as <code>rejected_submission</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#RESUBMISSION_BLOCKED}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code email}, string: the email address the submission was made with </li>
     * </ul>
     *
     * <p>Note: Mapped to RESUBMISSION_BLOCKED: ARGOS's 'Rejected Period' option bans a new
     * submission for a while; a vendor policy, not our bug, so no engineer is paged and the user is
     * not told something went wrong on our side.
     */
    STEP1_ERROR_REJECTED_SUBMISSION,

    /**
     * The email account has a submitted KYC which is in 'Pending' status waiting for the result,
     * thus no further submission accepted.
     *
     * <p>Message: “{email}’s KYC is currently reviewing. Please wait.”.
     * <p>Sent as <code>reviewing</code>; step <code>1</code>; kind {@link Kind#ERROR}; httpStatus
     * <code>400</code>; canonicalReason {@link CanonicalReason#VERIFICATION_PENDING}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code email}, string: the email address the submission was made with </li>
     * </ul>
     *
     * <p>Note: Mapped to VERIFICATION_PENDING: a previous KYC of the user is pending at ARGOS
     * ("Please wait"); a business state, not a bug to page engineers for.
     */
    STEP1_ERROR_REVIEWING,

    /**
     * Submitted ID image is not an ID.
     *
     * <p>Message: “Please take a picture of an ID card.”.
     * <p>Sent as <code>not_an_id</code>; step <code>1</code>; kind {@link Kind#ERROR}; httpStatus
     * <code>400</code>; canonicalReason {@link CanonicalReason#DOCUMENT_NOT_DETECTED}.
     */
    STEP1_ERROR_NOT_AN_ID,

    /**
     * Error occurred while detecting an ID.
     *
     * <p>Message: “ID detection error. Please retry.”.
     * <p>Sent as <code>id_detection_error</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    STEP1_ERROR_ID_DETECTION_ERROR,

    /**
     * Affected by 'AI Supported Option', returned when submitted an ID which the OCR engine does
     * not support.
     *
     * <p>Message: “OCR not supported ID. Please retry with another ID.”.
     * <p>Sent as <code>ocr_fail</code>; step <code>1</code>; kind {@link Kind#ERROR}; httpStatus
     * <code>400</code>; canonicalReason {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    STEP1_ERROR_OCR_FAIL,

    /**
     * This ID is not valid anymore in accordance with local regulation.
     *
     * <p>Message: “Invalid ID. Please resubmit with another ID.”.
     * <p>Sent as <code>invalid_id</code>; step <code>1</code>; kind {@link Kind#ERROR}; httpStatus
     * <code>400</code>; canonicalReason {@link CanonicalReason#DOCUMENT_INVALID}.
     */
    STEP1_ERROR_INVALID_ID,

    /**
     * ID validation server error
     *
     * <p>Message: “ID validation server error. Please, retry.”.
     * <p>Sent as <code>id_validation_error</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    STEP1_ERROR_ID_VALIDATION_ERROR,

    /**
     * This project is not using the Universal option.
     *
     * <p>Messages: “This project is not using the Universal option.” (When the Universal option is
     * Off, but ‘universal’ is submitted as idType. - idType ‘universal’ can be submitted only when
     * using the Universal option. Other than that, entering the correct idType is required.); “ID
     * Card issued from Korea cannot use universal id type.” (If it is a Korean ID card and
     * ‘universal’ is submitted as idType. - If issuingCountry is ‘KOR’, Universal mode cannot be
     * used regardless of whether the Universal option is used.); “Cannot input specific idType in
     * using universal option” (If you are using the Universal option and a specific ID type is
     * submitted in idType).
     * <p>Sent as <code>invalid_idType</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#CONFIGURATION_ERROR}.
     *
     * <p>Note: Printed three times in this section in a row (its 20th to 22nd printed headings),
     * one message and description each.
     *
     * <p>Note: A different wire code from invalid_id_type in the same section.
     */
    STEP1_ERROR_INVALID_ID_TYPE,

    /**
     * When using the attack prevention option, an error occurred while verifying ID Card Liveness.
     *
     * <p>Message: “ID liveness error.”.
     * <p>Sent as <code>id_liveness_error</code>; step <code>1</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    STEP1_ERROR_ID_LIVENESS_ERROR,

    /**
     * ID verification failed: {message}. Please check the ID data.
     *
     * <p>Messages: “ID verification failed: {message}. Please check the ID data.” (Korean ID
     * authentication failed.); “ID verification failed: Barcode information does not match.
     * {message}. Please check the ID data.” (USA, CAN, MEX drivers license, input data and barcode
     * data mismatch.); “ID verification failed: EGN information does not match. {message}. Please
     * check the ID data” (BGR ID data mismatch.).
     * <p>Sent as <code>identity_verification_fail</code>; step <code>2</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; canonicalReason
     * {@link CanonicalReason#USER_INPUT_INVALID}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code message}, string: ARGOS's detail of the ID verification failure </li>
     * </ul>
     *
     * <p>Note: Three message lines followed by three description lines; paired in order (EGN is the
     * Bulgarian personal number, matching "BGR ID data mismatch.").
     *
     * <p>Note: The third message has no final period.
     *
     * <p>Note: Mapped to USER_INPUT_INVALID: ARGOS asks the user to check the ID data they entered
     * (Korean ID authentication, licence barcode, BGR data) and counts the retries.
     */
    STEP2_RETRY_IDENTITY_VERIFICATION_FAIL,

    /**
     * No face detected on submitted selfie image.
     *
     * <p>Message: “Detect face failed: No face detected. At least one face must be detected in both
     * selfie and ID image. Please retry.”.
     * <p>Sent as <code>no_face</code>; step <code>2</code>; kind {@link Kind#RETRY}; httpStatus
     * <code>200</code>; canonicalReason {@link CanonicalReason#FACE_NOT_DETECTED}.
     */
    STEP2_RETRY_NO_FACE,

    /**
     * Face similarity score under 85.
     *
     * <p>Message: “The face doesn’t match. Please retry with another face image.”.
     * <p>Sent as <code>face_compare_underscore</code>; step <code>2</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; canonicalReason
     * {@link CanonicalReason#FACE_MISMATCH}; actionOverride {@link NextAction#RETRY_CAPTURE}.
     *
     * <p>Note: Wire code as printed; the description reads it as "under score" (similarity score
     * under 85).
     *
     * <p>Note: Action retry-capture, not the reason's manual-review: it is a retry code, ARGOS asks
     * for another face image and rejects by itself at its attempt limit; waiting for a person would
     * leave the submission incomplete until it times out.
     */
    STEP2_RETRY_FACE_COMPARE_UNDERSCORE,

    /**
     * Failed to find a similar face to process face compare.
     *
     * <p>Message: “Failed to find a matching face. Please retry with another face image.”.
     * <p>Sent as <code>face_compare_fail</code>; step <code>2</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; canonicalReason {@link CanonicalReason#FACE_MISMATCH};
     * actionOverride {@link NextAction#RETRY_CAPTURE}.
     *
     * <p>Note: Action retry-capture, not the reason's manual-review: it is a retry code, ARGOS asks
     * for another face image and rejects by itself at its attempt limit.
     */
    STEP2_RETRY_FACE_COMPARE_FAIL,

    /**
     * Server error
     *
     * <p>Message: “Failed to detect a face.”.
     * <p>Sent as <code>face_detect_error</code>; step <code>2</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    STEP2_RETRY_FACE_DETECT_ERROR,

    /**
     * Liveness score less than 50.
     *
     * <p>Message: “Liveness fail. Please retry with another face image.”.
     * <p>Sent as <code>liveness_fail</code>; step <code>2</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; canonicalReason {@link CanonicalReason#LIVENESS_FAILED}.
     */
    STEP2_RETRY_LIVENESS_FAIL,

    /**
     * Failed to meet liveness detection condition.
     *
     * <p>Messages: “Liveness fail: Face size is too small to be detected. Please retry”; “Liveness
     * fail: Face is too close to one or more borders. Please retry.”; “Liveness fail:
     * Interpupillary distance is too small. Please retry.”; “Liveness fail: Absolute face size is
     * too small. Please retry.”; “Liveness fail: Face is cropped. Please retry.”; “Liveness fail:
     * Facial out-of-plane rotation angle is extremely large. Please retry”; “Liveness fail:
     * Relative face size is too small. Please retry.”.
     * <p>Sent as <code>liveness_error</code>; step <code>2</code>; kind {@link Kind#RETRY};
     * httpStatus <code>200</code>; canonicalReason {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     *
     * <p>Note: Seven message lines share the one description line.
     *
     * <p>Note: The first and sixth messages have no final period.
     */
    STEP2_RETRY_LIVENESS_ERROR,

    /**
     * Both verification code and holoder name don't match.
     *
     * <p>Message: “The authentication code and account holder doesn't match.”.
     * <p>Sent as <code>bank_authentication_fail</code>; step <code>2</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; canonicalReason
     * {@link CanonicalReason#USER_INPUT_INVALID}.
     *
     * <p>Note: Typo in the description: "holoder" (holder).
     *
     * <p>Note: The same wire code is also a Step 2 error code (own entry in step2-error).
     *
     * <p>Note: Mapped to USER_INPUT_INVALID: the user typed a wrong 1-won code or account holder
     * name, and re-enters it; the document is not involved.
     */
    STEP2_RETRY_BANK_AUTHENTICATION_FAIL,

    /**
     * The verification code for 'Account Occupancy' doesn't match.
     *
     * <p>Message: “1 won authentication fail. The authentication code doesn't match.”.
     * <p>Sent as <code>bank_authentication_code_fail</code>; step <code>2</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; canonicalReason
     * {@link CanonicalReason#USER_INPUT_INVALID}.
     *
     * <p>Note: Mapped to USER_INPUT_INVALID: the user typed a wrong 1-won verification code, and
     * re-enters it.
     */
    STEP2_RETRY_BANK_AUTHENTICATION_CODE_FAIL,

    /**
     * The account holder name for 'Account Occupancy' doesn't match.
     *
     * <p>Message: “1 won authentication fail. The account holder doesn't match.”.
     * <p>Sent as <code>bank_authentication_name_fail</code>; step <code>2</code>; kind
     * {@link Kind#RETRY}; httpStatus <code>200</code>; canonicalReason
     * {@link CanonicalReason#USER_INPUT_INVALID}.
     *
     * <p>Note: Mapped to USER_INPUT_INVALID: the user typed an account holder name that does not
     * match, and re-enters it.
     */
    STEP2_RETRY_BANK_AUTHENTICATION_NAME_FAIL,

    /**
     * No image file
     *
     * <p>Message: “Failed to parse the input data.”.
     * <p>Sent as <code>invalid_payload</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    STEP2_ERROR_INVALID_PAYLOAD,

    /**
     * This KYC does not exist. It's been deleted or the project ID is wrong.
     *
     * <p>Message: “Failed to find the project. Please check the project ID.”.
     * <p>Sent as <code>invalid_request</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#CONFIGURATION_ERROR}.
     */
    STEP2_ERROR_INVALID_REQUEST,

    /**
     * Incorrect path of selfie image
     *
     * <p>Message: “Invalid face image. Please retry with another face image.”.
     * <p>Sent as <code>invalid_face_image</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    STEP2_ERROR_INVALID_FACE_IMAGE,

    /**
     * Missing required parameters.
     *
     * <p>Message: “Missing required parameters.”.
     * <p>Sent as <code>missing_parameters</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Note: Printed with only a message line and no description line.
     */
    STEP2_ERROR_MISSING_PARAMETERS,

    /**
     * Incorrect path of proof of address image
     *
     * <p>Message: “Invalid address image. Please retry with another address image.”.
     * <p>Sent as <code>invalid_address_image</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    STEP2_ERROR_INVALID_ADDRESS_IMAGE,

    /**
     * Incorrect submission ID
     *
     * <p>Message: “Invalid submission ID error. Please check the submission ID.”.
     * <p>Sent as <code>invalid_submission_id</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    STEP2_ERROR_INVALID_SUBMISSION_ID,

    /**
     * Failed to load submission data.
     *
     * <p>Message: “Fail to find the submission data. Please contact CS center.”.
     * <p>Sent as <code>no_submission</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    STEP2_ERROR_NO_SUBMISSION,

    /**
     * This submission is already processed.
     *
     * <p>Messages: “This submission is already processed.” (Step 2 process for the submission ID
     * has been already completed.); “{email} has an existing approved submission. Not available to
     * submit due to ‘approved period’ option to prevent duplication.” (Further submission banned
     * due to 'Approved Period' option).
     * <p>Sent as <code>processed_submission</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason
     * {@link CanonicalReason#SUBMISSION_STATE_CONFLICT}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code email}, string: the email address the submission was made with </li>
     * </ul>
     *
     * <p>Note: Two message lines followed by two description lines; paired in order.
     *
     * <p>Note: Kept at SUBMISSION_STATE_CONFLICT (fix-integration): the code covers both a step
     * already completed (our flow called it twice) and the 'Approved Period' option (the user is
     * already verified); its two messages tell them apart, but a code cannot be split by its
     * message, and an integrator should look either way.
     */
    STEP2_ERROR_PROCESSED_SUBMISSION,

    /**
     * Further submission banned due to 'Rejected Period' option
     *
     * <p>Message: “{email} has an existing approved submission. Not available to submit due to
     * ‘approved period’ option to prevent duplication.”.
     * <p>Sent as <code>rejected_submission</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#RESUBMISSION_BLOCKED}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code email}, string: the email address the submission was made with </li>
     * </ul>
     *
     * <p>Note: Inconsistency: the message is the approved-submission text ("existing approved
     * submission", ‘approved period’) while the description is about the 'Rejected Period' option;
     * the Step 1 rejected_submission message says "rejected".
     *
     * <p>Note: Mapped to RESUBMISSION_BLOCKED: ARGOS's 'Rejected Period' option bans a new
     * submission for a while; a vendor policy, not our bug, so no engineer is paged and the user is
     * not told something went wrong on our side.
     */
    STEP2_ERROR_REJECTED_SUBMISSION,

    /**
     * Incorrect API key
     *
     * <p>Message: “Invalid API key. Please check.”.
     * <p>Sent as <code>unauthorized</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#AUTHENTICATION_FAILED}.
     */
    STEP2_ERROR_UNAUTHORIZED,

    /**
     * No address data(When address collection option on )
     *
     * <p>Message: “Missing address data information.”.
     * <p>Sent as <code>missing_address</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    STEP2_ERROR_MISSING_ADDRESS,

    /**
     * When failed at DB saving, sending webhook or email
     *
     * <p>Message: “Failed to submit KYC.”.
     * <p>Sent as <code>unexpected_error</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    STEP2_ERROR_UNEXPECTED_ERROR,

    /**
     * Korean ID authentication server error
     *
     * <p>Message: “The ID card you submitted is currently unable to proceed due to Korean ID
     * authentication server errorn error in the authenticity verification server. Please proceed
     * with a different ID card or try again later.”.
     * <p>Sent as <code>verify_kor_error</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     *
     * <p>Note: Typo/garble in the message: "server errorn error in the authenticity verification
     * server".
     */
    STEP2_ERROR_VERIFY_KOR_ERROR,

    /**
     * PreStep2 was not properly completed.
     *
     * <p>Message: “Failed to read bank authentication's data.”.
     * <p>Sent as <code>invalid_bank_authentication</code>; step <code>2</code>; kind
     * {@link Kind#ERROR}; httpStatus <code>400</code>; canonicalReason
     * {@link CanonicalReason#SUBMISSION_STATE_CONFLICT}.
     */
    STEP2_ERROR_INVALID_BANK_AUTHENTICATION,

    /**
     * Required parameter for PreStep2 is missing(userOccupancyName, userOccupancyCode)
     *
     * <p>Message: “The account holder's name and the 1 won authentication code are required
     * fields.R”.
     * <p>Sent as <code>missing_required_field</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Note: Typo in the message: stray "R" after the final period ("fields.R").
     */
    STEP2_ERROR_MISSING_REQUIRED_FIELD,

    /**
     * ‘userOccupancyName’ from PreStep2 and name from Step2 parameter don't match.
     *
     * <p>Message: “1 won authentication fail. The account holder's name doesn't match”.
     * <p>Sent as <code>bank_authentication_fail</code>; step <code>2</code>; kind
     * {@link Kind#ERROR}; httpStatus <code>400</code>; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}.
     *
     * <p>Note: The same wire code is also a Step 2 retry code (own entry in step2-retry).
     */
    STEP2_ERROR_BANK_AUTHENTICATION_FAIL,

    /**
     * Submission ID is expired. A submission ID is valid for 72 hours from the createTime.
     *
     * <p>Message: “The submission is invalid because it has been more than 72 hours since step1.”.
     * <p>Sent as <code>exceeded_72hour_limit</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#SESSION_EXPIRED}.
     */
    STEP2_ERROR_EXCEEDED_72HOUR_LIMIT,

    /**
     * When using Universal mode and failing to define idType in Step 1, the idType parameter is
     * missing in Step 2.
     *
     * <p>Message: “The idType is required. This submission id failed to define idType in step1.”.
     * <p>Sent as <code>invalid_idType</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    STEP2_ERROR_INVALID_ID_TYPE,

    /**
     * Fail to search face to validate duplicated user
     *
     * <p>Messages: “Fail to search face to validate duplicated user” (This error occurs when the
     * Face Duplicate Verification option is enabled and the search for a matching face in the
     * database fails.); “Fail to add face image to collection.” (This error occurs when the sFace
     * Duplicate Verification option is enabled and the process of adding a face to the index
     * fails.).
     * <p>Sent as <code>face_validation_error</code>; step <code>2</code>; kind {@link Kind#ERROR};
     * httpStatus <code>400</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     *
     * <p>Note: Printed twice in this section, one message and description each.
     *
     * <p>Note: Typo in the second description: "sFace Duplicate Verification" (Face Duplicate
     * Verification).
     */
    STEP2_ERROR_FACE_VALIDATION_ERROR,

    /**
     * Retry count went up to 3 but KYC not approved
     *
     * <p>Message: “Multiple invalid KYC attempts”.
     * <p>Sent as <code>too_many_retry</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#TOO_MANY_ATTEMPTS}.
     */
    REJECT_TOO_MANY_RETRY,

    /**
     * 'Incomplete' KYC with retry count higher than 1 or more, will turn into 'Rejected' after
     * certain period of time.
     *
     * <p>Message: “KYC rejected due to timeout”.
     * <p>Sent as <code>timeout</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#SESSION_EXPIRED}.
     */
    REJECT_TIMEOUT,

    /**
     * When the option is on, KYC from duplicate user is rejected.
     *
     * <p>Message: “Identity has been determined to be the same duplicate as the previously approved
     * one.”.
     * <p>Sent as <code>duplicate_user</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#DUPLICATE_IDENTITY}.
     */
    REJECT_DUPLICATE_USER,

    /**
     * As the 'Blacklist Country' option applied, KYC submitted with blacklist-country-issued is
     * rejected
     *
     * <p>Message: “According to the policy, we do not accept KYC from {country}.”.
     * <p>Sent as <code>blacklistCountry</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#COUNTRY_NOT_ACCEPTED}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code country}, string: the country whose KYC is not accepted (issuing country on the
     * blacklist) </li>
     * </ul>
     */
    REJECT_BLACKLIST_COUNTRY,

    /**
     * As the 'Age Limit' option applied, KYC submitted from user below the specified age is
     * rejected
     *
     * <p>Message: “We do not accept KYC anyone under {age} years old.”.
     * <p>Sent as <code>under_ageLimit</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#AGE_BELOW_LIMIT}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code age}, integer: the minimum age set by the 'Age Limit' option </li>
     * </ul>
     */
    REJECT_UNDER_AGE_LIMIT,

    /**
     * As the 'ID Type' option applied, KYC submitted with undesignated ID is rejected.
     *
     * <p>Message: “Inacceptable ID type. Please resubmit with another ID, check the valid ID on the
     * submission page.”.
     * <p>Sent as <code>invalid_acceptedID</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     *
     * <p>Note: Typo in the message: "Inacceptable" (Unacceptable).
     */
    REJECT_INVALID_ACCEPTED_ID,

    /**
     * Submitted ID image is not an image of ID.
     *
     * <p>Message: “ID document not detected. Please take a picture of your ID document.”.
     * <p>Sent as <code>id_image_invalidImage</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_DETECTED}.
     */
    REJECT_ID_IMAGE_INVALID_IMAGE,

    /**
     * Submitted ID is not valid. ex)ID with only birth year.
     *
     * <p>Message: “Invalid ID document. Please resubmit with another ID document.”.
     * <p>Sent as <code>id_image_invalidId</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_INVALID}.
     */
    REJECT_ID_IMAGE_INVALID_ID,

    /**
     * Unable to verify ID image due to upload error.
     *
     * <p>Message: “Fail to upload the ID image. Please resubmit the KYC process.”.
     * <p>Sent as <code>id_image_error</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    REJECT_ID_IMAGE_ERROR,

    /**
     * Unable to verify ID image due to poor image quality
     *
     * <p>Message: “Fail to read the ID image. Please take a clear picture of your ID document.”.
     * <p>Sent as <code>id_image_badImage</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    REJECT_ID_IMAGE_BAD_IMAGE,

    /**
     * The ID is written in languages we can't correct(such as Chinese Character, Cyrillic alphabet
     * etc...) and the user input data is not matching with the ID.
     *
     * <p>Message: “The entered information does not match with your ID document.”.
     * <p>Sent as <code>id_info_dataMismatch</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#USER_INPUT_INVALID}.
     *
     * <p>Note: Mapped to USER_INPUT_INVALID: ARGOS already reviewed the submission; the user
     * re-enters the data as printed on the ID.
     */
    REJECT_ID_INFO_DATA_MISMATCH,

    /**
     * The issuing country has been modified while manual review, the modified country is on the
     * blacklist.
     *
     * <p>Message: “According to the policy, we do not accept KYC from {country}.”.
     * <p>Sent as <code>id_info_blacklist</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#COUNTRY_NOT_ACCEPTED}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code country}, string: the country whose KYC is not accepted (issuing country on the
     * blacklist) </li>
     * </ul>
     */
    REJECT_ID_INFO_BLACKLIST,

    /**
     * The date of birth has been modified while manual review, age of the user is under 'Age
     * Limit'.
     *
     * <p>Message: “We do not accept KYC anyone under {age} years old.”.
     * <p>Sent as <code>id_info_notOfAge</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#AGE_BELOW_LIMIT}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code age}, integer: the minimum age set by the 'Age Limit' option </li>
     * </ul>
     */
    REJECT_ID_INFO_NOT_OF_AGE,

    /**
     * The proof of address is not valid since it doesn't contain users name and address.
     *
     * <p>Message: “Invalid proof of address. Proof of address must include your full name and
     * address.”.
     * <p>Sent as <code>address_image_invalidImage</code>; kind {@link Kind#REJECT};
     * canonicalReason {@link CanonicalReason#ADDRESS_NOT_VERIFIED}.
     */
    REJECT_ADDRESS_IMAGE_INVALID_IMAGE,

    /**
     * Unable to verify proof of address image due to upload error.
     *
     * <p>Message: “Fail to upload proof of address image. Please retry.”.
     * <p>Sent as <code>address_image_error</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    REJECT_ADDRESS_IMAGE_ERROR,

    /**
     * Unable to verify proof of address image due to poor image quality
     *
     * <p>Message: “Fail to read the image. Please take a clear picture of your proof of address.”.
     * <p>Sent as <code>address_image_badImage</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    REJECT_ADDRESS_IMAGE_BAD_IMAGE,

    /**
     * The proof of address document is expired.
     *
     * <p>Message: “Expired proof of address. The proof of address should be issued within 6
     * months.”.
     * <p>Sent as <code>address_info_expiredDocument</code>; kind {@link Kind#REJECT};
     * canonicalReason {@link CanonicalReason#ADDRESS_NOT_VERIFIED}.
     *
     * <p>Note: Mapped to ADDRESS_NOT_VERIFIED: an old proof of address is not an expired identity
     * document (its texts say "ID card").
     */
    REJECT_ADDRESS_INFO_EXPIRED_DOCUMENT,

    /**
     * The proof of address is written in languages we can't correct(such as Chinese Character,
     * Cyrillic alphabet etc...) and the user input data is not matching with the document.
     *
     * <p>Message: “Entered information does not match with your proof of address.”.
     * <p>Sent as <code>address_info_dataMismatch</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#USER_INPUT_INVALID}.
     *
     * <p>Note: Mapped to USER_INPUT_INVALID: the user re-enters the data as printed on the proof of
     * address.
     */
    REJECT_ADDRESS_INFO_DATA_MISMATCH,

    /**
     * Guide comment from agent.
     *
     * <p>Message: “other”.
     * <p>Sent as <code>other</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#UNCLASSIFIED}.
     *
     * <p>Note: The message is the literal word "other"; the description says it is a guide comment
     * from the agent.
     *
     * <p>Note: Mapped to UNCLASSIFIED: the code only says that the agent wrote a free-text guide
     * comment (message "other"); the reason for the rejection is in that comment, not in the code,
     * so no canonical reason fits.
     */
    REJECT_OTHER,

    /**
     * This error occurs when the Face Duplicate Verification option is enabled, and the submitted
     * face matches two or more faces in the approved list, resulting in a rejection due to
     * duplication.
     *
     * <p>Message: “Duplicate face image, the user has already approved”.
     * <p>Sent as <code>duplicated_face</code>; kind {@link Kind#REJECT}; canonicalReason
     * {@link CanonicalReason#DUPLICATE_IDENTITY}.
     */
    REJECT_DUPLICATED_FACE;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("argos", "ARGOS Identity",
            "Retry/Error/Reject Codes", "001_4bc8384ac82ce3cf.txt", OptionalInt.of(3));

    /**
     * The code the vendor identifies by these values, each matched exactly (case
     * included). Empty for any combination this catalog does not document; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param step the vendor's <code>step</code>; {@code null}, empty mean none
     * @param kind the vendor's <code>kind</code>
     * @param code the code as sent
     */
    public static Optional<ArgosCode> fromKey(Integer step, String kind, String code) {
        return ArgosCodeTable.lookup("ArgosCode.fromKey", step, kind, code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(Integer step, String kind, String code, Cases<R> cases) {
        Optional<ArgosCode> known = fromKey(step, kind, code);
        return known.isPresent() ? known.get().match(cases)
                : cases.unknown(Arrays.asList(Objects.toString(step, null), kind, code));
    }

    @Override
    public String code() {
        return row().code();
    }

    @Override
    public Group group() {
        return row().group();
    }

    @Override
    public Optional<String> description() {
        return Optional.ofNullable(row().description());
    }

    @Override
    public List<VendorMessage> messages() {
        return row().messages();
    }

    @Override
    public CatalogInfo catalog() {
        return CATALOG;
    }

    /**
     * The KYC step (1 or 2) whose response returns the code; reject comment codes have
     * none.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public OptionalInt step() {
        Integer value = row().step();
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * Whether the code is a retry code, an error code or a reject comment code.
     */
    public Kind kind() {
        return row().kind();
    }

    /**
     * HTTP status the code is returned with (200 for retry codes, 400 for error codes);
     * none for reject comment codes.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public OptionalInt httpStatus() {
        Integer value = row().httpStatus();
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * The dashboard option that must be on for the code to be returned.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public Optional<String> requiredOption() {
        return Optional.ofNullable(row().requiredOption());
    }

    /**
     * The canonical reason this code means, whatever the vendor.
     */
    @Override
    public CanonicalReason canonicalReason() {
        return row().canonicalReason();
    }

    /**
     * Codebook's action for a code whose canonical reason's default does not fit it, each
     * with a note saying why; every other code takes its reason's default.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public Optional<NextAction> actionOverride() {
        return Optional.ofNullable(row().actionOverride());
    }

    @Override
    public NextAction documentedAction() {
        return actionOverride().orElse(canonicalReason().defaultAction());
    }

    /**
     * What to tell the end user about this code, in {@code locale}, else its language,
     * else English (never the JVM's default locale); written for end users in en, ru, kk,
     * ko. Never throws.
     *
     * <p>A code whose own text needs arguments (see {@link Texts}) gives its canonical
     * reason's text here.
     */
    @Override
    public String userText(Locale locale) {
        return row().textNeedsArguments() ? canonicalReason().userText(locale)
                : LocalizedTexts.lookup(ArgosCode.class, ArgosCodeTable.TEXTS, locale, name(),
                        vendorText());
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<ArgosCode> replacement() {
        return Optional.empty();
    }

    /**
     * Calls the method of {@code cases} that handles this code.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public <R> R match(Cases<R> cases) {
        return switch (this) {
            case STEP1_RETRY_MRZ_PROTOCOL_FAIL -> cases.step1RetryMrzProtocolFail();
            case STEP1_RETRY_BARCODE_PROTOCOL_FAIL -> cases.step1RetryBarcodeProtocolFail();
            case STEP1_RETRY_INVALID_BACK_DOCUMENT -> cases.step1RetryInvalidBackDocument();
            case STEP1_RETRY_DOCUMENT_COUNTRY_MISMATCH -> cases.step1RetryDocumentCountryMismatch();
            case STEP1_RETRY_DOCUMENT_EXPIRED -> cases.step1RetryDocumentExpired();
            case STEP1_RETRY_DOCUMENT_NAME_MISMATCH -> cases.step1RetryDocumentNameMismatch();
            case STEP1_RETRY_DOCUMENT_DOB_MISMATCH -> cases.step1RetryDocumentDobMismatch();
            case STEP1_RETRY_MISSING_EXPIRY_DATE -> cases.step1RetryMissingExpiryDate();
            case STEP1_RETRY_MISSING_ISSUE_DATE -> cases.step1RetryMissingIssueDate();
            case STEP1_RETRY_MISSING_BIRTH_DATE -> cases.step1RetryMissingBirthDate();
            case STEP1_RETRY_MISSING_DOCUMENT_NUMBER -> cases.step1RetryMissingDocumentNumber();
            case STEP1_RETRY_MISSING_PERSONAL_NUMBER -> cases.step1RetryMissingPersonalNumber();
            case STEP1_RETRY_MISSING_NAME -> cases.step1RetryMissingName();
            case STEP1_RETRY_GLARE_DETECTED -> cases.step1RetryGlareDetected();
            case STEP1_RETRY_RECAPTURED_DOCUMENT -> cases.step1RetryRecapturedDocument();
            case STEP1_RETRY_SCREEN_DETECTED -> cases.step1RetryScreenDetected();
            case STEP1_RETRY_IMAGE_FORGERY -> cases.step1RetryImageForgery();
            case STEP1_RETRY_FEATURE_VERIFICATION_FAILED ->
                    cases.step1RetryFeatureVerificationFailed();
            case STEP1_RETRY_IMAGE_EDITED -> cases.step1RetryImageEdited();
            case STEP1_RETRY_FAKE_ID -> cases.step1RetryFakeId();
            case STEP1_RETRY_ARTIFICIAL_IMAGE -> cases.step1RetryArtificialImage();
            case STEP1_RETRY_ARTIFICIAL_TEXT -> cases.step1RetryArtificialText();
            case STEP1_RETRY_TEXT_FORGERY -> cases.step1RetryTextForgery();
            case STEP1_RETRY_CHECK_DIGIT_FAILED -> cases.step1RetryCheckDigitFailed();
            case STEP1_RETRY_IMAGE_TOO_BLURRY -> cases.step1RetryImageTooBlurry();
            case STEP1_RETRY_BLACK_WHITE_DOCUMENT -> cases.step1RetryBlackWhiteDocument();
            case STEP1_RETRY_PHYSICAL_DOCUMENT_MISSING -> cases.step1RetryPhysicalDocumentMissing();
            case STEP1_RETRY_EXPIRED_ID -> cases.step1RetryExpiredId();
            case STEP1_RETRY_ID_LIVENESS_FAIL -> cases.step1RetryIdLivenessFail();
            case STEP1_ERROR_INVALID_PAYLOAD -> cases.step1ErrorInvalidPayload();
            case STEP1_ERROR_INVALID_ID_IMAGE -> cases.step1ErrorInvalidIdImage();
            case STEP1_ERROR_INVALID_REQUEST -> cases.step1ErrorInvalidRequest();
            case STEP1_ERROR_INVALID_PROJECT -> cases.step1ErrorInvalidProject();
            case STEP1_ERROR_MISSING_PARAMETERS -> cases.step1ErrorMissingParameters();
            case STEP1_ERROR_INVALID_ID_TYPE_SNAKE -> cases.step1ErrorInvalidIdTypeSnake();
            case STEP1_ERROR_INVALID_INPUT_FORMAT -> cases.step1ErrorInvalidInputFormat();
            case STEP1_ERROR_INVALID_EMAIL -> cases.step1ErrorInvalidEmail();
            case STEP1_ERROR_ID_IMAGE_ERROR -> cases.step1ErrorIdImageError();
            case STEP1_ERROR_DATA_PROCESSING_ERROR -> cases.step1ErrorDataProcessingError();
            case STEP1_ERROR_SAVE_IMAGE_ERROR -> cases.step1ErrorSaveImageError();
            case STEP1_ERROR_PROCESSED_SUBMISSION -> cases.step1ErrorProcessedSubmission();
            case STEP1_ERROR_REJECTED_SUBMISSION -> cases.step1ErrorRejectedSubmission();
            case STEP1_ERROR_REVIEWING -> cases.step1ErrorReviewing();
            case STEP1_ERROR_NOT_AN_ID -> cases.step1ErrorNotAnId();
            case STEP1_ERROR_ID_DETECTION_ERROR -> cases.step1ErrorIdDetectionError();
            case STEP1_ERROR_OCR_FAIL -> cases.step1ErrorOcrFail();
            case STEP1_ERROR_INVALID_ID -> cases.step1ErrorInvalidId();
            case STEP1_ERROR_ID_VALIDATION_ERROR -> cases.step1ErrorIdValidationError();
            case STEP1_ERROR_INVALID_ID_TYPE -> cases.step1ErrorInvalidIdType();
            case STEP1_ERROR_ID_LIVENESS_ERROR -> cases.step1ErrorIdLivenessError();
            case STEP2_RETRY_IDENTITY_VERIFICATION_FAIL ->
                    cases.step2RetryIdentityVerificationFail();
            case STEP2_RETRY_NO_FACE -> cases.step2RetryNoFace();
            case STEP2_RETRY_FACE_COMPARE_UNDERSCORE -> cases.step2RetryFaceCompareUnderscore();
            case STEP2_RETRY_FACE_COMPARE_FAIL -> cases.step2RetryFaceCompareFail();
            case STEP2_RETRY_FACE_DETECT_ERROR -> cases.step2RetryFaceDetectError();
            case STEP2_RETRY_LIVENESS_FAIL -> cases.step2RetryLivenessFail();
            case STEP2_RETRY_LIVENESS_ERROR -> cases.step2RetryLivenessError();
            case STEP2_RETRY_BANK_AUTHENTICATION_FAIL -> cases.step2RetryBankAuthenticationFail();
            case STEP2_RETRY_BANK_AUTHENTICATION_CODE_FAIL ->
                    cases.step2RetryBankAuthenticationCodeFail();
            case STEP2_RETRY_BANK_AUTHENTICATION_NAME_FAIL ->
                    cases.step2RetryBankAuthenticationNameFail();
            case STEP2_ERROR_INVALID_PAYLOAD -> cases.step2ErrorInvalidPayload();
            case STEP2_ERROR_INVALID_REQUEST -> cases.step2ErrorInvalidRequest();
            case STEP2_ERROR_INVALID_FACE_IMAGE -> cases.step2ErrorInvalidFaceImage();
            case STEP2_ERROR_MISSING_PARAMETERS -> cases.step2ErrorMissingParameters();
            case STEP2_ERROR_INVALID_ADDRESS_IMAGE -> cases.step2ErrorInvalidAddressImage();
            case STEP2_ERROR_INVALID_SUBMISSION_ID -> cases.step2ErrorInvalidSubmissionId();
            case STEP2_ERROR_NO_SUBMISSION -> cases.step2ErrorNoSubmission();
            case STEP2_ERROR_PROCESSED_SUBMISSION -> cases.step2ErrorProcessedSubmission();
            case STEP2_ERROR_REJECTED_SUBMISSION -> cases.step2ErrorRejectedSubmission();
            case STEP2_ERROR_UNAUTHORIZED -> cases.step2ErrorUnauthorized();
            case STEP2_ERROR_MISSING_ADDRESS -> cases.step2ErrorMissingAddress();
            case STEP2_ERROR_UNEXPECTED_ERROR -> cases.step2ErrorUnexpectedError();
            case STEP2_ERROR_VERIFY_KOR_ERROR -> cases.step2ErrorVerifyKorError();
            case STEP2_ERROR_INVALID_BANK_AUTHENTICATION ->
                    cases.step2ErrorInvalidBankAuthentication();
            case STEP2_ERROR_MISSING_REQUIRED_FIELD -> cases.step2ErrorMissingRequiredField();
            case STEP2_ERROR_BANK_AUTHENTICATION_FAIL -> cases.step2ErrorBankAuthenticationFail();
            case STEP2_ERROR_EXCEEDED_72HOUR_LIMIT -> cases.step2ErrorExceeded72hourLimit();
            case STEP2_ERROR_INVALID_ID_TYPE -> cases.step2ErrorInvalidIdType();
            case STEP2_ERROR_FACE_VALIDATION_ERROR -> cases.step2ErrorFaceValidationError();
            case REJECT_TOO_MANY_RETRY -> cases.rejectTooManyRetry();
            case REJECT_TIMEOUT -> cases.rejectTimeout();
            case REJECT_DUPLICATE_USER -> cases.rejectDuplicateUser();
            case REJECT_BLACKLIST_COUNTRY -> cases.rejectBlacklistCountry();
            case REJECT_UNDER_AGE_LIMIT -> cases.rejectUnderAgeLimit();
            case REJECT_INVALID_ACCEPTED_ID -> cases.rejectInvalidAcceptedId();
            case REJECT_ID_IMAGE_INVALID_IMAGE -> cases.rejectIdImageInvalidImage();
            case REJECT_ID_IMAGE_INVALID_ID -> cases.rejectIdImageInvalidId();
            case REJECT_ID_IMAGE_ERROR -> cases.rejectIdImageError();
            case REJECT_ID_IMAGE_BAD_IMAGE -> cases.rejectIdImageBadImage();
            case REJECT_ID_INFO_DATA_MISMATCH -> cases.rejectIdInfoDataMismatch();
            case REJECT_ID_INFO_BLACKLIST -> cases.rejectIdInfoBlacklist();
            case REJECT_ID_INFO_NOT_OF_AGE -> cases.rejectIdInfoNotOfAge();
            case REJECT_ADDRESS_IMAGE_INVALID_IMAGE -> cases.rejectAddressImageInvalidImage();
            case REJECT_ADDRESS_IMAGE_ERROR -> cases.rejectAddressImageError();
            case REJECT_ADDRESS_IMAGE_BAD_IMAGE -> cases.rejectAddressImageBadImage();
            case REJECT_ADDRESS_INFO_EXPIRED_DOCUMENT -> cases.rejectAddressInfoExpiredDocument();
            case REJECT_ADDRESS_INFO_DATA_MISMATCH -> cases.rejectAddressInfoDataMismatch();
            case REJECT_OTHER -> cases.rejectOther();
            case REJECT_DUPLICATED_FACE -> cases.rejectDuplicatedFace();
        };
    }

    private ArgosCodeTable.Row row() {
        return ArgosCodeTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link ArgosCode}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link ArgosCode#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("argos")
    public interface Cases<R> {
        R step1RetryMrzProtocolFail();

        R step1RetryBarcodeProtocolFail();

        R step1RetryInvalidBackDocument();

        R step1RetryDocumentCountryMismatch();

        R step1RetryDocumentExpired();

        R step1RetryDocumentNameMismatch();

        R step1RetryDocumentDobMismatch();

        R step1RetryMissingExpiryDate();

        R step1RetryMissingIssueDate();

        R step1RetryMissingBirthDate();

        R step1RetryMissingDocumentNumber();

        R step1RetryMissingPersonalNumber();

        R step1RetryMissingName();

        R step1RetryGlareDetected();

        R step1RetryRecapturedDocument();

        R step1RetryScreenDetected();

        R step1RetryImageForgery();

        R step1RetryFeatureVerificationFailed();

        R step1RetryImageEdited();

        R step1RetryFakeId();

        R step1RetryArtificialImage();

        R step1RetryArtificialText();

        R step1RetryTextForgery();

        R step1RetryCheckDigitFailed();

        R step1RetryImageTooBlurry();

        R step1RetryBlackWhiteDocument();

        R step1RetryPhysicalDocumentMissing();

        R step1RetryExpiredId();

        R step1RetryIdLivenessFail();

        R step1ErrorInvalidPayload();

        R step1ErrorInvalidIdImage();

        R step1ErrorInvalidRequest();

        R step1ErrorInvalidProject();

        R step1ErrorMissingParameters();

        R step1ErrorInvalidIdTypeSnake();

        R step1ErrorInvalidInputFormat();

        R step1ErrorInvalidEmail();

        R step1ErrorIdImageError();

        R step1ErrorDataProcessingError();

        R step1ErrorSaveImageError();

        R step1ErrorProcessedSubmission();

        R step1ErrorRejectedSubmission();

        R step1ErrorReviewing();

        R step1ErrorNotAnId();

        R step1ErrorIdDetectionError();

        R step1ErrorOcrFail();

        R step1ErrorInvalidId();

        R step1ErrorIdValidationError();

        R step1ErrorInvalidIdType();

        R step1ErrorIdLivenessError();

        R step2RetryIdentityVerificationFail();

        R step2RetryNoFace();

        R step2RetryFaceCompareUnderscore();

        R step2RetryFaceCompareFail();

        R step2RetryFaceDetectError();

        R step2RetryLivenessFail();

        R step2RetryLivenessError();

        R step2RetryBankAuthenticationFail();

        R step2RetryBankAuthenticationCodeFail();

        R step2RetryBankAuthenticationNameFail();

        R step2ErrorInvalidPayload();

        R step2ErrorInvalidRequest();

        R step2ErrorInvalidFaceImage();

        R step2ErrorMissingParameters();

        R step2ErrorInvalidAddressImage();

        R step2ErrorInvalidSubmissionId();

        R step2ErrorNoSubmission();

        R step2ErrorProcessedSubmission();

        R step2ErrorRejectedSubmission();

        R step2ErrorUnauthorized();

        R step2ErrorMissingAddress();

        R step2ErrorUnexpectedError();

        R step2ErrorVerifyKorError();

        R step2ErrorInvalidBankAuthentication();

        R step2ErrorMissingRequiredField();

        R step2ErrorBankAuthenticationFail();

        R step2ErrorExceeded72hourLimit();

        R step2ErrorInvalidIdType();

        R step2ErrorFaceValidationError();

        R rejectTooManyRetry();

        R rejectTimeout();

        R rejectDuplicateUser();

        R rejectBlacklistCountry();

        R rejectUnderAgeLimit();

        R rejectInvalidAcceptedId();

        R rejectIdImageInvalidImage();

        R rejectIdImageInvalidId();

        R rejectIdImageError();

        R rejectIdImageBadImage();

        R rejectIdInfoDataMismatch();

        R rejectIdInfoBlacklist();

        R rejectIdInfoNotOfAge();

        R rejectAddressImageInvalidImage();

        R rejectAddressImageError();

        R rejectAddressImageBadImage();

        R rejectAddressInfoExpiredDocument();

        R rejectAddressInfoDataMismatch();

        R rejectOther();

        R rejectDuplicatedFace();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(List<String> raw);
    }

    /**
     * The sections of ARGOS Identity's document, in the document's order. A {@code switch}
     * over them that misses one does not compile.
     */
    @CodebookGenerated("argos")
    public enum Group implements CatalogGroup {
        /**
         * Step 1 - Retry Codes (200 ok)
         *
         * <p>Note: Retry codes other than 'mrz_protocol_fail', 'barcode_protocol_fail' can be
         * returned only when the option on dashboard - 'ID CARD:Validation' is on.
         *
         * <p>Note: Printed under the document heading "STEP 1".
         */
        STEP1_RETRY("step1-retry", "Step 1 - Retry Codes (200 ok)"),

        /**
         * Step 1 -Error Codes(400 Error)
         *
         * <p>Note: missing_parameters and invalid_idType headings are printed more than once;
         * each is one code with one messages entry per printing.
         */
        STEP1_ERROR("step1-error", "Step 1 -Error Codes(400 Error)"),

        /**
         * Step 2 - Retry Codes (200 ok)
         *
         * <p>Note: Printed under the document heading "STEP 2".
         */
        STEP2_RETRY("step2-retry", "Step 2 - Retry Codes (200 ok)"),

        /**
         * Step 2 - Error Codes (400 errors)
         *
         * <p>Note: face_validation_error is printed twice; it is one code with one messages
         * entry per printing.
         */
        STEP2_ERROR("step2-error", "Step 2 - Error Codes (400 errors)"),

        /**
         * Reject Comment Code
         *
         * <p>Note: The document gives no step and no HTTP status for reject comment codes.
         */
        REJECT_COMMENT("reject-comment", "Reject Comment Code");

        private final String id;

        private final String title;

        Group(String id, String title) {
            this.id = id;
            this.title = title;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return title;
        }
    }

    /**
     * Whether the code is a retry code, an error code or a reject comment code.
     */
    @CodebookGenerated("argos")
    public enum Kind implements AttributeValue {
        /**
         * Retry code, returned with HTTP 200
         *
         * <p>Written by the vendor as <code>retry</code>.
         */
        RETRY("retry"),

        /**
         * Error code, returned with HTTP 400
         *
         * <p>Written by the vendor as <code>error</code>.
         */
        ERROR("error"),

        /**
         * Reject comment code
         *
         * <p>Written by the vendor as <code>reject</code>.
         */
        REJECT("reject");

        private static final Map<String, Kind> BY_VALUE = Map.ofEntries(
            Map.entry("retry", RETRY),
            Map.entry("error", ERROR),
            Map.entry("reject", REJECT));

        private final String value;

        Kind(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }

        /**
         * The value the vendor writes as {@code value}, exactly (case included), or one of its
         * other spellings; empty for anything else, {@code null} included. Never throws.
         */
        public static Optional<Kind> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }

    /**
     * End-user texts with placeholders, filled with typed arguments: one method per code
     * whose text has placeholders, in {@code locale}, else its language, else English.
     */
    @CodebookGenerated("argos")
    public static final class Texts {
        private Texts() {
        }

        /**
         * The end-user text of {@link ArgosCode#REJECT_BLACKLIST_COUNTRY} in {@code locale},
         * else its language, else English.
         *
         * @param locale the end user's locale
         * @param country the country whose KYC is not accepted (issuing country on the
         * blacklist)
         */
        public static String rejectBlacklistCountry(Locale locale, String country) {
            return switch (LocalizedTexts.pick(locale, List.of("en", "ru", "kk", "ko"))) {
                case "ru" -> "К сожалению, мы не можем завершить проверку: документы, выданные в стране "
                        + LocalizedTexts.text(country) + ", не принимаются.";
                case "kk" -> "Өкінішке қарай, тексеруді аяқтай алмаймыз: "
                        + LocalizedTexts.text(country) + " елінде берілген құжаттар қабылданбайды.";
                case "ko" -> "죄송합니다. " + LocalizedTexts.text(country)
                        + "에서 발급된 신분증은 지원되지 않아 인증을 완료할 수 없습니다.";
                default -> "Sorry, we can't complete the verification because documents issued in "
                        + LocalizedTexts.text(country) + " aren't accepted.";
            };
        }

        /**
         * The end-user text of {@link ArgosCode#REJECT_UNDER_AGE_LIMIT} in {@code locale},
         * else its language, else English.
         *
         * @param locale the end user's locale
         * @param age the minimum age set by the 'Age Limit' option
         */
        public static String rejectUnderAgeLimit(Locale locale, int age) {
            return switch (LocalizedTexts.pick(locale, List.of("en", "ru", "kk", "ko"))) {
                case "ru" -> "К сожалению, мы не можем завершить проверку: "
                        + "минимальный возраст для использования сервиса — " + String.valueOf(age)
                        + ".";
                case "kk" -> "Өкінішке қарай, тексеруді аяқтай алмаймыз: "
                        + "бұл қызметті пайдалану үшін жасыңыз кемінде " + String.valueOf(age)
                        + " болуы керек.";
                case "ko" -> "죄송합니다. 이 서비스는 " + String.valueOf(age)
                        + "세 이상만 이용할 수 있어 인증을 완료할 수 없습니다.";
                default -> "Sorry, we can't complete the verification: you must be at least "
                        + String.valueOf(age) + " years old to use this service.";
            };
        }

        /**
         * The end-user text of {@link ArgosCode#REJECT_ID_INFO_BLACKLIST} in {@code locale},
         * else its language, else English.
         *
         * @param locale the end user's locale
         * @param country the country whose KYC is not accepted (issuing country on the
         * blacklist)
         */
        public static String rejectIdInfoBlacklist(Locale locale, String country) {
            return switch (LocalizedTexts.pick(locale, List.of("en", "ru", "kk", "ko"))) {
                case "ru" -> "К сожалению, мы не можем завершить проверку: документы, выданные в стране "
                        + LocalizedTexts.text(country) + ", не принимаются.";
                case "kk" -> "Өкінішке қарай, тексеруді аяқтай алмаймыз: "
                        + LocalizedTexts.text(country) + " елінде берілген құжаттар қабылданбайды.";
                case "ko" -> "죄송합니다. " + LocalizedTexts.text(country)
                        + "에서 발급된 신분증은 지원되지 않아 인증을 완료할 수 없습니다.";
                default -> "Sorry, we can't complete the verification because documents issued in "
                        + LocalizedTexts.text(country) + " aren't accepted.";
            };
        }

        /**
         * The end-user text of {@link ArgosCode#REJECT_ID_INFO_NOT_OF_AGE} in {@code locale},
         * else its language, else English.
         *
         * @param locale the end user's locale
         * @param age the minimum age set by the 'Age Limit' option
         */
        public static String rejectIdInfoNotOfAge(Locale locale, int age) {
            return switch (LocalizedTexts.pick(locale, List.of("en", "ru", "kk", "ko"))) {
                case "ru" -> "К сожалению, мы не можем завершить проверку: "
                        + "минимальный возраст для использования сервиса — " + String.valueOf(age)
                        + ".";
                case "kk" -> "Өкінішке қарай, тексеруді аяқтай алмаймыз: "
                        + "бұл қызметті пайдалану үшін жасыңыз кемінде " + String.valueOf(age)
                        + " болуы керек.";
                case "ko" -> "죄송합니다. 이 서비스는 " + String.valueOf(age)
                        + "세 이상만 이용할 수 있어 인증을 완료할 수 없습니다.";
                default -> "Sorry, we can't complete the verification: you must be at least "
                        + String.valueOf(age) + " years old to use this service.";
            };
        }
    }
}
