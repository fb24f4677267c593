package golden.shipped;

import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CatalogGroup;
import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.UnknownValues;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.internal.LocalizedTexts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * ID Analyzer: Validations &amp; Warnings, one constant per documented code.
 *
 * <p>For every transaction, a series of validations will be performed against the document and/or
 * face image based on your KYC profile settings. One or more warnings may be generated if the
 * validation failed to pass. Each validation component can be enbaled or disabled through your
 * profile, how each validation componenet interact with the final decision can also be configured.
 *
 * <p>Transcribed from <code>004_329b11bad5d5c0c4.txt</code> by the catalog spec
 * <code>id-analyzer</code>.
 *
 * <p>Note: Page subtitle, printed under the title: "List of validations and warnings generated
 * within the API". Vendor: ID Analyzer, Core API v2.
 *
 * <p>Note: Typos in the intro paragraph (the description), kept verbatim: "enbaled" (for
 * "enabled"), "componenet" (for "component"), and "how each validation componenet interact" (for
 * "interacts").
 *
 * <p>Note: The page ends with a "Threshold Levels" section that has no table, only this paragraph
 * (verbatim; "Thresholds" is a reference to another page, not captured here): "Please refer
 * Thresholds for more details on what threshold values ranges are available and their relevant
 * triggering Code in case the threshold barrier is broken."
 *
 * <p>Note: Typos in the Threshold Levels paragraph, kept verbatim: "Please refer Thresholds" (for
 * "refer to") and "threshold values ranges".
 *
 * <p>Note: The page footer reads "Updated 10 months ago"; no absolute date is given, so
 * source.retrieved is not set.
 *
 * <p>Note: Rows as printed: 73 (Document and OCR 41, Biomertic 13, Anti-Forgery 16, AML/PEP 3);
 * distinct codes: 70, because three Biometric rows are printed twice (see that group's notes).
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog id-analyzer"
)
@CodebookGenerated("id-analyzer")
public enum IdAnalyzerWarning implements MappedCode, LocalizedCode {
    /**
     * Document not recognized.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_RECOGNIZED}.
     */
    UNRECOGNIZED_DOCUMENT,

    /**
     * Back document not recognized.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_RECOGNIZED}.
     */
    UNRECOGNIZED_BACK_DOCUMENT,

    /**
     * Cannot read barcode from back document, barcode reading requires high resolution focused
     * image.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    UNRECOGNIZED_BACK_BARCODE,

    /**
     * Document back is invalid.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_SIDE_MISSING}.
     *
     * <p>Note: Mapped to DOCUMENT_SIDE_MISSING: an invalid back is first of all a wrong or
     * mismatched back image, which a new photo of the back fixes.
     */
    INVALID_BACK_DOCUMENT,

    /**
     * Document has already expired.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#OCR_CONFIDENCE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_EXPIRED}.
     */
    DOCUMENT_EXPIRED,

    /**
     * Issuing country discrepancy between front and back document. Front: %s, Back: %s
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_MISMATCH_BETWEEN_SIDES}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code frontCountry}, string: Issuing country read from the front of the document. </li>
     * <li>{@code backCountry}, string: Issuing country read from the back of the document. </li>
     * </ul>
     *
     * <p>Note: The description has no trailing period, unlike DOCUMENT_STATE_MISMATCH,
     * DOCUMENT_NAME_MISMATCH and DOCUMENT_DOB_MISMATCH which end with "%s."; kept as printed.
     */
    DOCUMENT_COUNTRY_MISMATCH,

    /**
     * Issuing state discrepancy between front and back document. Front: %s, Back: %s.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_MISMATCH_BETWEEN_SIDES}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code frontState}, string: Issuing state read from the front of the document. </li>
     * <li>{@code backState}, string: Issuing state read from the back of the document. </li>
     * </ul>
     */
    DOCUMENT_STATE_MISMATCH,

    /**
     * Name discrepancy between front and back document. Front: %s, Back: %s.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_MISMATCH_BETWEEN_SIDES}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code frontName}, string: Name read from the front of the document. </li>
     * <li>{@code backName}, string: Name read from the back of the document. </li>
     * </ul>
     */
    DOCUMENT_NAME_MISMATCH,

    /**
     * Birthday discrepancy between front and back document. Front: %s, Back: %s.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_MISMATCH_BETWEEN_SIDES}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code frontBirthday}, string: Birthday read from the front of the document. </li>
     * <li>{@code backBirthday}, string: Birthday read from the back of the document. </li>
     * </ul>
     */
    DOCUMENT_DOB_MISMATCH,

    /**
     * Document expiry date is missing or cannot be read.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_EXPIRY_DATE,

    /**
     * Document issue date is missing or cannot be read.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_ISSUE_DATE,

    /**
     * Birthday information is missing or cannot be read.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_BIRTH_DATE,

    /**
     * Document number is missing or cannot be read.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_DOCUMENT_NUMBER,

    /**
     * Personal number or national ID number is missing or cannot be read.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_PERSONAL_NUMBER,

    /**
     * Address is missing or cannot be read.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_ADDRESS,

    /**
     * Postcode is missing or cannot be read.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_POSTCODE,

    /**
     * Given name or family name is missing or cannot be read.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_NAME,

    /**
     * Localized name is missing or cannot be read.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: a low-severity field most documents do not carry;
     * recapturing cannot make it appear.
     */
    MISSING_LOCAL_NAME,

    /**
     * Gender is missing or cannot be read.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_GENDER,

    /**
     * Height is missing or cannot be read.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: a low-severity field most documents do not carry;
     * recapturing cannot make it appear.
     */
    MISSING_HEIGHT,

    /**
     * Weight is missing or cannot be read.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: a low-severity field most documents do not carry;
     * recapturing cannot make it appear.
     */
    MISSING_WEIGHT,

    /**
     * Hair color is missing or cannot be read.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: a low-severity field most documents do not carry;
     * recapturing cannot make it appear.
     */
    MISSING_HAIR_COLOR,

    /**
     * Eye color is missing or cannot be read.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: a low-severity field most documents do not carry;
     * recapturing cannot make it appear.
     */
    MISSING_EYE_COLOR,

    /**
     * Driving license restriction is missing or cannot be read.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: a low-severity field most documents do not carry;
     * recapturing cannot make it appear.
     */
    MISSING_RESTRICTIONS,

    /**
     * Driving license vehicle class is missing or cannot be read.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: a low-severity field most documents do not carry;
     * recapturing cannot make it appear.
     */
    MISSING_VEHICLE_CLASS,

    /**
     * Endorsement is missing or cannot be read.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: a low-severity field most documents do not carry;
     * recapturing cannot make it appear.
     */
    MISSING_ENDORSEMENT,

    /**
     * Document holder is under 18.
     * <p>severity {@link Severity#NONE}; confidence {@link Confidence#OCR_CONFIDENCE};
     * canonicalReason {@link CanonicalReason#AGE_INFO}.
     *
     * <p>Note: Mapped to AGE_INFO: severity None, an age band for information; whether it blocks
     * depends on the product's own age limit, which the application applies.
     */
    UNDER_18,

    /**
     * Document holder is under 19.
     * <p>severity {@link Severity#NONE}; confidence {@link Confidence#OCR_CONFIDENCE};
     * canonicalReason {@link CanonicalReason#AGE_INFO}.
     *
     * <p>Note: Mapped to AGE_INFO: severity None, an age band for information; whether it blocks
     * depends on the product's own age limit, which the application applies.
     */
    UNDER_19,

    /**
     * Document holder is under 20.
     * <p>severity {@link Severity#NONE}; confidence {@link Confidence#OCR_CONFIDENCE};
     * canonicalReason {@link CanonicalReason#AGE_INFO}.
     *
     * <p>Note: Mapped to AGE_INFO: severity None, an age band for information; whether it blocks
     * depends on the product's own age limit, which the application applies.
     */
    UNDER_20,

    /**
     * Document holder is under 21.
     * <p>severity {@link Severity#NONE}; confidence {@link Confidence#OCR_CONFIDENCE};
     * canonicalReason {@link CanonicalReason#AGE_INFO}.
     *
     * <p>Note: Mapped to AGE_INFO: severity None, an age band for information; whether it blocks
     * depends on the product's own age limit, which the application applies.
     */
    UNDER_21,

    /**
     * Failed to verify document holder's name against supplied name.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}.
     */
    NAME_VERIFICATION_FAILED,

    /**
     * Failed to verify document holder's birthday against supplied name.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}.
     *
     * <p>Note: The description says "against supplied name" although the row is about the birthday;
     * likely a copy error from NAME_VERIFICATION_FAILED (presumably "supplied birthday"). Kept
     * verbatim.
     */
    DOB_VERIFICATION_FAILED,

    /**
     * Failed to verify document holder's age against supplied age range.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#AGE_BELOW_LIMIT}.
     */
    AGE_VERIFICATION_FAILED,

    /**
     * Failed to verify ID number against supplied ID number.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}.
     */
    ID_NUMBER_VERIFICATION_FAILED,

    /**
     * Failed to verify document holder's address against supplied address.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}.
     */
    ADDRESS_VERIFICATION_FAILED,

    /**
     * Failed to verify document holder's postcode against supplied postcode.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}.
     */
    POSTCODE_VERIFICATION_FAILED,

    /**
     * This type of document is not on the accepted document type list.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    TYPE_NOT_ACCEPTED,

    /**
     * This document is issued by a country outside of the accepted country list.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    COUNTRY_NOT_ACCEPTED,

    /**
     * This document is issued by a state outside of the accepted state list.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    STATE_NOT_ACCEPTED,

    /**
     * Low text confidence score detected for field %s.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#INVERSE_OCR_CONFIDENCE};
     * canonicalReason {@link CanonicalReason#DATA_NOT_READABLE}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code fieldName}, string: The field whose text was read with low confidence. </li>
     * </ul>
     */
    LOW_TEXT_CONFIDENCE,

    /**
     * The document image contains possible glare.
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    GLARE_DETECTED,

    /**
     * Could not detect face in selfie image.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#FACE_NOT_DETECTED}.
     */
    SELFIE_FACE_NOT_FOUND,

    /**
     * Multiple faces detected in selfie image.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#FACE_MULTIPLE}.
     */
    SELFIE_MULTIPLE_FACES,

    /**
     * Could not detect face in document image.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#FACE_REFERENCE_UNAVAILABLE}.
     *
     * <p>Note: Mapped to FACE_REFERENCE_UNAVAILABLE: the face is missing from the document's
     * portrait, which a new selfie cannot fix.
     */
    DOCUMENT_FACE_NOT_FOUND,

    /**
     * Could not calculate facial landmarks for document photo, the face is too blurry.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     *
     * <p>Note: Mapped to IMAGE_QUALITY_POOR: the document's photo is too blurry; the user retakes
     * the document, not the selfie.
     */
    DOCUMENT_FACE_LANDMARK_ERR,

    /**
     * Could not calculate facial landmarks for selfie photo, the face is too blurry.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    SELFIE_FACE_LANDMARK_ERR,

    /**
     * Face mismatch between document photo and selfie photo, similarity score: %.2f.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#FACE_MISMATCH}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code similarityScore}, decimal: Similarity score between the document photo and the
     * selfie photo, printed with two decimals. </li>
     * </ul>
     *
     * <p>Note: The page prints this row twice in the "Biomertic Warnings" table (rows 6-8 and again
     * rows 9-11 of that table, identical in every column); kept once, at its first position.
     */
    FACE_MISMATCH,

    /**
     * Selfie photo appears to be the exact same photo as document photo.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#FRAUD_SUSPECTED}.
     *
     * <p>Note: The page prints this row twice in the "Biomertic Warnings" table (rows 6-8 and again
     * rows 9-11 of that table, identical in every column); kept once, at its first position.
     */
    FACE_IDENTICAL,

    /**
     * Selfie photo liveness verification failed.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#LIVENESS_FAILED}.
     *
     * <p>Note: The page prints this row twice in the "Biomertic Warnings" table (rows 6-8 and again
     * rows 9-11 of that table, identical in every column); kept once, at its first position.
     */
    FACE_LIVENESS_ERR,

    /**
     * Selfie photo appears to be recaptured.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#LIVENESS_ATTACK}.
     *
     * <p>Note: Mapped to LIVENESS_ATTACK: a recaptured selfie (a photo of a screen or a photo) is a
     * replay attack; this vendor has no attempt limit, so a coached retry would let it try until
     * one passes.
     */
    RECAPTURED_FACE,

    /**
     * Internal server error occurred when verifying faces.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    INTERNAL_FACE_VERIFICATION_ERR,

    /**
     * The document is possibly recaptured from a screen.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    RECAPTURED_DOCUMENT,

    /**
     * The document image contains a screen, monitor or mobile device therefore is possibly
     * recaptured.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    SCREEN_DETECTED,

    /**
     * The document image possibly contains forged elements which warrants a manual review or
     * rejection.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     */
    IMAGE_FORGERY,

    /**
     * Document features does not match with official document, the document could be fake, blurry
     * or low resolution.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Note: Grammar as printed: "Document features does not match" (for "do not match"). Kept
     * verbatim.
     */
    FEATURE_VERIFICATION_FAILED,

    /**
     * The %s document image contains exif header indicating that it was edited in %s
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code documentSide}, string: Which document image (side) carries the exif header, e.g.
     * front or back. </li>
     * <li>{@code editorSoftware}, string: The editing software named in the exif header. </li>
     * </ul>
     *
     * <p>Note: The description has no trailing period; kept as printed. The first %s presumably
     * names the document side or image (e.g. front/back) and the second the editing software; the
     * page does not say.
     */
    IMAGE_EDITED,

    /**
     * The document uploaded is a fake or sample document, not an authentic document.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_COUNTERFEIT}.
     */
    FAKE_ID,

    /**
     * Document appears to be created artificially, not a naturally taken photo.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_COUNTERFEIT}.
     */
    ARTIFICIAL_IMAGE,

    /**
     * Most texts within the image appears to be created artificially.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Note: Grammar as printed: "Most texts within the image appears" (for "appear"). Kept
     * verbatim.
     */
    ARTIFICIAL_TEXT,

    /**
     * Possible artificial text modification detected on the following text fragments: %s.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code textFragments}, string: The text fragments on which artificial modification was
     * detected. </li>
     * </ul>
     */
    TEXT_FORGERY,

    /**
     * Inconsistency between user IP address country (%s) and document country (%s).
     * <p>severity {@link Severity#LOW}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#RISK_SIGNAL}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code ipCountry}, string: Country of the user's IP address. </li>
     * <li>{@code documentCountry}, string: Country of the document. </li>
     * </ul>
     *
     * <p>Note: Mapped to RISK_SIGNAL: low severity, and normal for travellers, expatriates and
     * migrant workers; recorded, not reviewed on its own.
     */
    IP_COUNTRY_MISMATCH,

    /**
     * The document image is too small and unlikely to be a genuine document.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    IMAGE_TOO_SMALL,

    /**
     * The document image is too blurry and should be retaken for improved result accuracy.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    IMAGE_TOO_BLURRY,

    /**
     * The document image is not a naturally taken photo using a camera, it could be scanned or
     * computer generated.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    INVALID_CAMERA_PERSPECTIVE,

    /**
     * The document is not a valid document because %s contains invalid check digit.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DATA_INTEGRITY_FAILED}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code fieldName}, string: The field (e.g. document number) whose check digit is invalid.
     * </li>
     * </ul>
     *
     * <p>Note: The page does not say what the %s holds; presumably the name of the field whose
     * check digit failed.
     *
     * <p>Note: Mapped to DATA_INTEGRITY_FAILED: a failed check digit is often a misread of the MRZ,
     * sometimes an alteration; a person looks either way.
     */
    CHECK_DIGIT_FAILED,

    /**
     * The document appears to be black &amp; white photocopy.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    BLACK_WHITE_DOCUMENT,

    /**
     * Could not detect physical card or passport object.
     * <p>severity {@link Severity#HIGH}; confidence {@link Confidence#EXACTLY_ONE};
     * canonicalReason {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     *
     * <p>Note: Mapped to DOCUMENT_RECAPTURED: no physical card or passport object means a scan or
     * screenshot; the user is asked for the document itself.
     */
    PHYSICAL_DOCUMENT_MISSING,

    /**
     * Potential match from AML sanction database.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#AML_SANCTIONS}.
     */
    AML_SANCTION,

    /**
     * Potential match from AML crime database.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#AML_ADVERSE_MEDIA}.
     */
    AML_CRIME,

    /**
     * Potential match from AML politically exposed person database.
     * <p>severity {@link Severity#MEDIUM}; confidence {@link Confidence#SCORE}; canonicalReason
     * {@link CanonicalReason#AML_PEP}.
     */
    AML_PEP;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("id-analyzer", "ID Analyzer",
            "Validations & Warnings", "004_329b11bad5d5c0c4.txt");

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<IdAnalyzerWarning> fromCode(String code) {
        return IdAnalyzerWarningTable.lookup("IdAnalyzerWarning.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<IdAnalyzerWarning> known = fromCode(code);
        return known.isPresent() ? known.get().match(cases) : cases.unknown(code);
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
     * Severity of the warning, as printed in the Severity column. "None" is a printed
     * severity value (used by the UNDER_18..UNDER_21 rows), not an absent value.
     */
    public Severity severity() {
        return row().severity();
    }

    /**
     * The Confidence column: the confidence value reported with the warning, as printed.
     */
    public Confidence confidence() {
        return row().confidence();
    }

    /**
     * The canonical reason this code means, whatever the vendor.
     */
    @Override
    public CanonicalReason canonicalReason() {
        return row().canonicalReason();
    }

    /**
     * What to tell the end user about this code, in {@code locale}, else its language,
     * else English (never the JVM's default locale); written for end users in en, ru, kk,
     * ko. Never throws.
     */
    @Override
    public String userText(Locale locale) {
        return LocalizedTexts.lookup(IdAnalyzerWarning.class, IdAnalyzerWarningTable.TEXTS, locale,
                name(), vendorText());
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<IdAnalyzerWarning> replacement() {
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
            case UNRECOGNIZED_DOCUMENT -> cases.unrecognizedDocument();
            case UNRECOGNIZED_BACK_DOCUMENT -> cases.unrecognizedBackDocument();
            case UNRECOGNIZED_BACK_BARCODE -> cases.unrecognizedBackBarcode();
            case INVALID_BACK_DOCUMENT -> cases.invalidBackDocument();
            case DOCUMENT_EXPIRED -> cases.documentExpired();
            case DOCUMENT_COUNTRY_MISMATCH -> cases.documentCountryMismatch();
            case DOCUMENT_STATE_MISMATCH -> cases.documentStateMismatch();
            case DOCUMENT_NAME_MISMATCH -> cases.documentNameMismatch();
            case DOCUMENT_DOB_MISMATCH -> cases.documentDobMismatch();
            case MISSING_EXPIRY_DATE -> cases.missingExpiryDate();
            case MISSING_ISSUE_DATE -> cases.missingIssueDate();
            case MISSING_BIRTH_DATE -> cases.missingBirthDate();
            case MISSING_DOCUMENT_NUMBER -> cases.missingDocumentNumber();
            case MISSING_PERSONAL_NUMBER -> cases.missingPersonalNumber();
            case MISSING_ADDRESS -> cases.missingAddress();
            case MISSING_POSTCODE -> cases.missingPostcode();
            case MISSING_NAME -> cases.missingName();
            case MISSING_LOCAL_NAME -> cases.missingLocalName();
            case MISSING_GENDER -> cases.missingGender();
            case MISSING_HEIGHT -> cases.missingHeight();
            case MISSING_WEIGHT -> cases.missingWeight();
            case MISSING_HAIR_COLOR -> cases.missingHairColor();
            case MISSING_EYE_COLOR -> cases.missingEyeColor();
            case MISSING_RESTRICTIONS -> cases.missingRestrictions();
            case MISSING_VEHICLE_CLASS -> cases.missingVehicleClass();
            case MISSING_ENDORSEMENT -> cases.missingEndorsement();
            case UNDER_18 -> cases.under18();
            case UNDER_19 -> cases.under19();
            case UNDER_20 -> cases.under20();
            case UNDER_21 -> cases.under21();
            case NAME_VERIFICATION_FAILED -> cases.nameVerificationFailed();
            case DOB_VERIFICATION_FAILED -> cases.dobVerificationFailed();
            case AGE_VERIFICATION_FAILED -> cases.ageVerificationFailed();
            case ID_NUMBER_VERIFICATION_FAILED -> cases.idNumberVerificationFailed();
            case ADDRESS_VERIFICATION_FAILED -> cases.addressVerificationFailed();
            case POSTCODE_VERIFICATION_FAILED -> cases.postcodeVerificationFailed();
            case TYPE_NOT_ACCEPTED -> cases.typeNotAccepted();
            case COUNTRY_NOT_ACCEPTED -> cases.countryNotAccepted();
            case STATE_NOT_ACCEPTED -> cases.stateNotAccepted();
            case LOW_TEXT_CONFIDENCE -> cases.lowTextConfidence();
            case GLARE_DETECTED -> cases.glareDetected();
            case SELFIE_FACE_NOT_FOUND -> cases.selfieFaceNotFound();
            case SELFIE_MULTIPLE_FACES -> cases.selfieMultipleFaces();
            case DOCUMENT_FACE_NOT_FOUND -> cases.documentFaceNotFound();
            case DOCUMENT_FACE_LANDMARK_ERR -> cases.documentFaceLandmarkErr();
            case SELFIE_FACE_LANDMARK_ERR -> cases.selfieFaceLandmarkErr();
            case FACE_MISMATCH -> cases.faceMismatch();
            case FACE_IDENTICAL -> cases.faceIdentical();
            case FACE_LIVENESS_ERR -> cases.faceLivenessErr();
            case RECAPTURED_FACE -> cases.recapturedFace();
            case INTERNAL_FACE_VERIFICATION_ERR -> cases.internalFaceVerificationErr();
            case RECAPTURED_DOCUMENT -> cases.recapturedDocument();
            case SCREEN_DETECTED -> cases.screenDetected();
            case IMAGE_FORGERY -> cases.imageForgery();
            case FEATURE_VERIFICATION_FAILED -> cases.featureVerificationFailed();
            case IMAGE_EDITED -> cases.imageEdited();
            case FAKE_ID -> cases.fakeId();
            case ARTIFICIAL_IMAGE -> cases.artificialImage();
            case ARTIFICIAL_TEXT -> cases.artificialText();
            case TEXT_FORGERY -> cases.textForgery();
            case IP_COUNTRY_MISMATCH -> cases.ipCountryMismatch();
            case IMAGE_TOO_SMALL -> cases.imageTooSmall();
            case IMAGE_TOO_BLURRY -> cases.imageTooBlurry();
            case INVALID_CAMERA_PERSPECTIVE -> cases.invalidCameraPerspective();
            case CHECK_DIGIT_FAILED -> cases.checkDigitFailed();
            case BLACK_WHITE_DOCUMENT -> cases.blackWhiteDocument();
            case PHYSICAL_DOCUMENT_MISSING -> cases.physicalDocumentMissing();
            case AML_SANCTION -> cases.amlSanction();
            case AML_CRIME -> cases.amlCrime();
            case AML_PEP -> cases.amlPep();
        };
    }

    private IdAnalyzerWarningTable.Row row() {
        return IdAnalyzerWarningTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link IdAnalyzerWarning}, one method per code named after
     * its constant, and wire values the catalog does not document. A handler that leaves
     * one out does not compile, so a code added to the spec shows up as a compile error
     * naming the method to write. Pass one to {@link IdAnalyzerWarning#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("id-analyzer")
    public interface Cases<R> {
        R unrecognizedDocument();

        R unrecognizedBackDocument();

        R unrecognizedBackBarcode();

        R invalidBackDocument();

        R documentExpired();

        R documentCountryMismatch();

        R documentStateMismatch();

        R documentNameMismatch();

        R documentDobMismatch();

        R missingExpiryDate();

        R missingIssueDate();

        R missingBirthDate();

        R missingDocumentNumber();

        R missingPersonalNumber();

        R missingAddress();

        R missingPostcode();

        R missingName();

        R missingLocalName();

        R missingGender();

        R missingHeight();

        R missingWeight();

        R missingHairColor();

        R missingEyeColor();

        R missingRestrictions();

        R missingVehicleClass();

        R missingEndorsement();

        R under18();

        R under19();

        R under20();

        R under21();

        R nameVerificationFailed();

        R dobVerificationFailed();

        R ageVerificationFailed();

        R idNumberVerificationFailed();

        R addressVerificationFailed();

        R postcodeVerificationFailed();

        R typeNotAccepted();

        R countryNotAccepted();

        R stateNotAccepted();

        R lowTextConfidence();

        R glareDetected();

        R selfieFaceNotFound();

        R selfieMultipleFaces();

        R documentFaceNotFound();

        R documentFaceLandmarkErr();

        R selfieFaceLandmarkErr();

        R faceMismatch();

        R faceIdentical();

        R faceLivenessErr();

        R recapturedFace();

        R internalFaceVerificationErr();

        R recapturedDocument();

        R screenDetected();

        R imageForgery();

        R featureVerificationFailed();

        R imageEdited();

        R fakeId();

        R artificialImage();

        R artificialText();

        R textForgery();

        R ipCountryMismatch();

        R imageTooSmall();

        R imageTooBlurry();

        R invalidCameraPerspective();

        R checkDigitFailed();

        R blackWhiteDocument();

        R physicalDocumentMissing();

        R amlSanction();

        R amlCrime();

        R amlPep();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of ID Analyzer's document, in the document's order. A {@code switch}
     * over them that misses one does not compile.
     */
    @CodebookGenerated("id-analyzer")
    public enum Group implements CatalogGroup {
        /**
         * Document and OCR Warnings
         */
        DOCUMENT_AND_OCR("document-and-ocr", "Document and OCR Warnings"),

        /**
         * Biomertic Warnings
         *
         * <p>Note: The section heading is printed "Biomertic Warnings", a typo for "Biometric
         * Warnings"; the heading is kept as printed.
         *
         * <p>Note: The page prints the rows FACE_MISMATCH, FACE_IDENTICAL and
         * FACE_LIVENESS_ERR twice (the sequence FACE_MISMATCH, FACE_IDENTICAL,
         * FACE_LIVENESS_ERR appears two times in a row, identical in every column); each is
         * kept once, at its first position. The section has 13 printed rows and 10 distinct
         * codes.
         */
        BIOMETRIC("biometric", "Biomertic Warnings"),

        /**
         * Anti-Forgery Warnings
         */
        ANTI_FORGERY("anti-forgery", "Anti-Forgery Warnings"),

        /**
         * AML/PEP Warnings
         */
        AML_PEP("aml-pep", "AML/PEP Warnings");

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
     * Severity of the warning, as printed in the Severity column. "None" is a printed
     * severity value (used by the UNDER_18..UNDER_21 rows), not an absent value.
     */
    @CodebookGenerated("id-analyzer")
    public enum Severity implements AttributeValue {
        /**
         * Written by the vendor as <code>High</code>.
         */
        HIGH("High"),

        /**
         * Written by the vendor as <code>Medium</code>.
         */
        MEDIUM("Medium"),

        /**
         * Written by the vendor as <code>Low</code>.
         */
        LOW("Low"),

        /**
         * Written by the vendor as <code>None</code>.
         */
        NONE("None");

        private static final Map<String, Severity> BY_VALUE = Map.ofEntries(
            Map.entry("High", HIGH),
            Map.entry("Medium", MEDIUM),
            Map.entry("Low", LOW),
            Map.entry("None", NONE));

        private final String value;

        Severity(String value) {
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
        public static Optional<Severity> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }

    /**
     * The Confidence column: the confidence value reported with the warning, as printed.
     */
    @CodebookGenerated("id-analyzer")
    public enum Confidence implements AttributeValue {
        /**
         * Confidence is always exactly 1 (printed "=1"): the check is a yes/no check, not a
         * scored one.
         *
         * <p>Written by the vendor as <code>=1</code>.
         */
        EXACTLY_ONE("=1"),

        /**
         * Confidence is a score between 0 and 1 given by the check that raised the warning.
         *
         * <p>Written by the vendor as <code>0 ~ 1</code>.
         */
        SCORE("0 ~ 1"),

        /**
         * Confidence is between 0 and 1 and equals the OCR confidence of the text the check
         * was based on.
         *
         * <p>Written by the vendor as <code>0 ~ 1 (OCR Confidence)</code>.
         */
        OCR_CONFIDENCE("0 ~ 1 (OCR Confidence)"),

        /**
         * Confidence is between 0 and 1 and equals 1.0 minus the OCR confidence, so a lower
         * OCR confidence gives a higher warning confidence.
         *
         * <p>Written by the vendor as <code>0 ~ 1 (1.0 - OCR Confidence)</code>.
         */
        INVERSE_OCR_CONFIDENCE("0 ~ 1 (1.0 - OCR Confidence)");

        private static final Map<String, Confidence> BY_VALUE = Map.ofEntries(
            Map.entry("=1", EXACTLY_ONE),
            Map.entry("0 ~ 1", SCORE),
            Map.entry("0 ~ 1 (OCR Confidence)", OCR_CONFIDENCE),
            Map.entry("0 ~ 1 (1.0 - OCR Confidence)", INVERSE_OCR_CONFIDENCE));

        private final String value;

        Confidence(String value) {
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
        public static Optional<Confidence> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }
}
