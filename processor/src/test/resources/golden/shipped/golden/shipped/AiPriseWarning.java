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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * AiPrise: Warning Codes, one constant per documented code.
 *
 * <p>For every user verification, we run a series of validations. One or more warnings may be
 * generated if the validation fails to pass.
 *
 * <p>Transcribed from <code>002_ab2c098be60fe61d.txt</code> by the catalog spec
 * <code>aiprise</code>.
 *
 * <p>Note: Every table has the columns "Warning Code", "Description" and "Decision"; the Decision
 * column is transcribed as the attribute defaultDecision.
 *
 * <p>Note: The document heads the column only "Decision"; it does not itself say that these
 * decisions are defaults or whether a customer can reconfigure them.
 *
 * <p>Note: Codebook models the column as a default (defaultDecision): AiPrise customers configure
 * per template what a warning decides, so the decision a response carries can differ from this
 * column; it is the documented default, and the decision sent at run time wins.
 *
 * <p>Note: The column is not this catalog's action: taken as the action it rejected for good
 * user-fixable capture problems (FACE_BLUR, DOCUMENT_NOT_FOUND, DOCUMENT_EXPIRED), outages
 * (LOOKUP_SOURCE_DOWN) and integration errors, and let identity reuse (ID_PREVIOUSLY_SEEN) and name
 * or birth-date mismatches pass silently. Each warning takes its canonical reason's action, as
 * every other vendor's code does; the decision a response carries still wins.
 *
 * <p>Note: The sections have no text under their headings; each heading is followed directly by its
 * table.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog aiprise"
)
@CodebookGenerated("aiprise")
public enum AiPriseWarning implements MappedCode, LocalizedCode {
    /**
     * Document not recognized.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_RECOGNIZED}.
     */
    UNRECOGNIZED_DOCUMENT,

    /**
     * Document not readable.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     *
     * <p>Note: Mapped to DATA_NOT_READABLE: "not readable" is a reading problem, not a document of
     * an unsupported kind.
     */
    UNREADABLE_DOCUMENT,

    /**
     * Document is not found in the uploaded image.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_DETECTED}.
     */
    DOCUMENT_NOT_FOUND,

    /**
     * Document is expired.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_EXPIRED}.
     */
    DOCUMENT_EXPIRED,

    /**
     * Document front and back does not belong to same person.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_BETWEEN_SIDES}.
     *
     * <p>Note: Kept verbatim: "does not belong to same person" (verb agreement with "front and
     * back", missing article).
     */
    DOCUMENT_FRONT_BACK_MISMATCH,

    /**
     * The document is damaged.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_INVALID}.
     */
    DOCUMENT_DAMAGED,

    /**
     * Document front not detected in the document image.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_SIDE_MISSING}.
     */
    DOCUMENT_FRONT_MISSING,

    /**
     * Document back not detected in the document image.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_SIDE_MISSING}.
     */
    DOCUMENT_BACK_MISSING,

    /**
     * Document not fully in frame / cropped.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    DOCUMENT_CROPPED,

    /**
     * Could not detect face in document image.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#FACE_REFERENCE_UNAVAILABLE}.
     *
     * <p>Note: Mapped to FACE_REFERENCE_UNAVAILABLE: the face is missing from the document's
     * portrait, which a new selfie cannot fix.
     */
    DOCUMENT_FACE_NOT_FOUND,

    /**
     * User is under 18 years old.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#AGE_BELOW_LIMIT}.
     */
    AGE_UNDER_18,

    /**
     * Document data is invalid or not as per the standards.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DATA_INTEGRITY_FAILED}.
     *
     * <p>Note: Mapped to DATA_INTEGRITY_FAILED: data "not as per the standards" fail a validation
     * (formats, check digits); the document is not damaged.
     */
    INVALID_DOCUMENT_DETAILS,

    /**
     * The given identity document/number has been previously verified.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#DUPLICATE_IDENTITY}.
     */
    ID_PREVIOUSLY_SEEN,

    /**
     * The data could not be verified with a third-party/government database.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#REGISTRY_NO_MATCH}.
     */
    DATABASE_LOOKUP_ISSUE,

    /**
     * Document expiry date is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_EXPIRY_DATE,

    /**
     * Document issue date is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_ISSUE_DATE,

    /**
     * Birthday information is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_BIRTH_DATE,

    /**
     * Document number is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_DOCUMENT_NUMBER,

    /**
     * Personal number or national ID number is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: many documents carry no personal number; AiPrise's
     * own column approves it.
     */
    MISSING_PERSONAL_NUMBER,

    /**
     * Address is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: most passports and many ID cards carry no address;
     * AiPrise's own column approves it.
     */
    MISSING_ADDRESS,

    /**
     * Postcode is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: most documents carry no postcode; AiPrise's own
     * column approves it.
     */
    MISSING_POSTCODE,

    /**
     * Given name or family name is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    MISSING_NAME,

    /**
     * Gender is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: driving licences of several countries carry no
     * gender; AiPrise's own column approves it.
     */
    MISSING_GENDER,

    /**
     * Nationality is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#OPTIONAL_FIELD_MISSING}.
     *
     * <p>Note: Mapped to OPTIONAL_FIELD_MISSING: driving licences and many ID cards carry no
     * nationality; AiPrise's own column approves it.
     */
    MISSING_NATIONALITY,

    /**
     * Document data is missing or cannot be read.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     *
     * <p>Note: Kept at DATA_NOT_READABLE (retry-capture), not AiPrise's APPROVED: if the document's
     * data were not read, nothing was verified; a new capture is the first remedy.
     */
    MISSING_DOCUMENT_DETAILS,

    /**
     * Mismatch between supplied user name and extracted/looked up name.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}.
     */
    NAME_VERIFICATION_FAILED,

    /**
     * Mismatch between supplied birthday and extracted/looked up birthday.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}; also as
     * <code>DOB_VERIFICATION_FAILED</code>.
     *
     * <p>Note: Also read as DOB_VERIFICATION_FAILED: an earlier version of the Warning Codes page
     * (docs.aiprise.com/docs/warnings-and-error-codes) lists this check under that name, so
     * payloads stored then may carry it.
     */
    BIRTH_DATE_MISMATCH,

    /**
     * Mismatch between supplied user data and data from third-party/government database.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#REGISTRY_NO_MATCH}.
     *
     * <p>Note: Mapped to REGISTRY_NO_MATCH: the data disagree with a government or third-party
     * database, a synthetic or stolen identity signal, so a person looks.
     */
    ID_DATA_MISMATCH,

    /**
     * The ID type does not match with the input identity type.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}; also as
     * <code>DOCUMENT_TYPE_MISMATCH</code>.
     *
     * <p>Note: Mapped to DATA_MISMATCH_WITH_INPUT: the ID type differs from the one supplied with
     * the request; the document itself is not refused.
     *
     * <p>Note: Also read as DOCUMENT_TYPE_MISMATCH: an earlier version of the Warning Codes page
     * (docs.aiprise.com/docs/warnings-and-error-codes) lists this check under that name, so
     * payloads stored then may carry it.
     */
    ID_TYPE_MISMATCH,

    /**
     * The ID issue country does not match with the input country.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}; also as
     * <code>DOCUMENT_COUNTRY_MISMATCH</code>.
     *
     * <p>Note: Mapped to DATA_MISMATCH_WITH_INPUT: the issuing country differs from the country
     * supplied with the request (often a wrong choice by the user), not a refused document.
     *
     * <p>Note: Also read as DOCUMENT_COUNTRY_MISMATCH: an earlier version of the Warning Codes page
     * (docs.aiprise.com/docs/warnings-and-error-codes) lists this check under that name, so
     * payloads stored then may carry it.
     */
    ID_COUNTRY_MISMATCH,

    /**
     * Mismatch between supplied address and extracted/looked up address.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#DATA_MISMATCH_WITH_INPUT}.
     */
    ADDRESS_MISMATCH,

    /**
     * Identity type is not enabled in the template.
     * <p>defaultDecision {@link DefaultDecision#APPROVED}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    ID_NOT_ALLOWED,

    /**
     * Document appears to be a photo of a photo.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    DOCUMENT_PHOTO_OF_PHOTO,

    /**
     * The document image contains a screen, monitor or mobile device therefore is possibly a photo
     * of a photo.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    SCREEN_DETECTED,

    /**
     * The document image possibly contains forged elements which warrants a manual review or
     * rejection.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     */
    IMAGE_FORGED_EDITED,

    /**
     * Document features does not match with official document, the document could be fake, blurry
     * or low resolution.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Note: Kept verbatim: "Document features does not match" (verb agreement).
     */
    FEATURE_VERIFICATION_FAILED,

    /**
     * The document uploaded is a fake or sample document, not an authentic document.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_COUNTERFEIT}.
     */
    FAKE_ID,

    /**
     * The document image is found on the internet.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_COUNTERFEIT}.
     */
    DOCUMENT_FOUND_ON_INTERNET,

    /**
     * Document appears to be created artificially, not a naturally taken photo.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_COUNTERFEIT}.
     */
    ARTIFICIAL_IMAGE,

    /**
     * Most texts within the image appears to be created artificially.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Note: Kept verbatim: "Most texts ... appears" (verb agreement).
     */
    ARTIFICIAL_TEXT,

    /**
     * Possible artificial text modification detected.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_FORGERY}.
     */
    TEXT_FORGERY,

    /**
     * The image resolution did not meet the standards.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    IMAGE_TOO_SMALL,

    /**
     * The document image contains possible glare.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    GLARE_DETECTED,

    /**
     * The document image is blurry.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    IMAGE_TOO_BLURRY,

    /**
     * The document is not a valid document because it contains invalid check digit.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DATA_INTEGRITY_FAILED}.
     *
     * <p>Note: Mapped to DATA_INTEGRITY_FAILED: a failed check digit is often a misread of the MRZ,
     * sometimes an alteration; a person looks either way.
     */
    CHECK_DIGIT_FAILED,

    /**
     * The document image is a print out / photocopy of the original.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    PRINTOUT_DETECTED,

    /**
     * The document appears to be black &amp; white photocopy.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     *
     * <p>Note: Kept verbatim: "appears to be black &amp; white photocopy" (missing article).
     */
    BLACK_WHITE_DOCUMENT,

    /**
     * Could not detect face in selfie image.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_NOT_DETECTED}.
     */
    FACE_NOT_FOUND,

    /**
     * Multiple faces detected in selfie image.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_MULTIPLE}.
     */
    MULTIPLE_FACES,

    /**
     * Face mismatch between document/government photo and selfie photo.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_MISMATCH}.
     */
    FACE_MISMATCH,

    /**
     * Low face similarity between document/government photo and selfie photo.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#FACE_MISMATCH}.
     */
    LOW_FACE_SIMILARITY,

    /**
     * Selfie photo appears to be the exact same photo as document photo.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#FRAUD_SUSPECTED}.
     */
    FACE_IDENTICAL,

    /**
     * Selfie photo is not live.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#LIVENESS_ATTACK}.
     *
     * <p>Note: Mapped to LIVENESS_ATTACK: a selfie that is not live is a presentation attack, never
     * a capture to coach.
     */
    FACE_NOT_LIVE,

    /**
     * Selfie photo appears to be a photo of a photo.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#LIVENESS_ATTACK}.
     *
     * <p>Note: Mapped to LIVENESS_ATTACK: a photo of a photo is a replayed face, a presentation
     * attack.
     */
    FACE_PHOTO_OF_PHOTO,

    /**
     * Selfie photo appears to have hat or mask or glasses.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    FACE_COVERED,

    /**
     * Selfie photo edited using filters.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FRAUD_SUSPECTED}.
     */
    FACE_EDITED,

    /**
     * Selfie photo is too blurry and should be retaken for improved accuracy.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    FACE_BLUR,

    /**
     * Selfie photo is too close to the camera.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    FACE_TOO_CLOSE,

    /**
     * Selfie photo cropped / not completely visible.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    FACE_CROPPED,

    /**
     * The relative proportion of face size in the image is too low.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    FACE_TOO_SMALL,

    /**
     * Facial out-of-plane rotation angle is extremely large.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    FACE_ANGLE_TOO_LARGE,

    /**
     * Selfie photo liveness manual review required.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#LIVENESS_FAILED}.
     */
    FACE_LIVENESS_REVIEW_REQUIRED,

    /**
     * The given identity number could not be verified against a database.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#REGISTRY_NO_MATCH}.
     */
    ID_NUMBER_NOT_VERIFIED,

    /**
     * The given identity number is not in correct format.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#USER_INPUT_INVALID}.
     *
     * <p>Note: Mapped to USER_INPUT_INVALID: the number the user typed is malformed, which the user
     * corrects; it is no integration error.
     */
    INVALID_ID_NUMBER_SUPPLIED,

    /**
     * The government/third-party lookup source is not available.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     */
    LOOKUP_SOURCE_DOWN,

    /**
     * Could not find face image in government/third-party database.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#FACE_REFERENCE_UNAVAILABLE}.
     *
     * <p>Note: Mapped to FACE_REFERENCE_UNAVAILABLE: the registry has no photo to compare with,
     * which is not the user's fault.
     */
    LOOKUP_FACE_NOT_FOUND,

    /**
     * Potential match from AML database.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#AML_MATCH}.
     */
    AML_MATCH,

    /**
     * Missing required fields to run the API.
     * <p>defaultDecision {@link DefaultDecision#DECLINED}; canonicalReason
     * {@link CanonicalReason#INVALID_REQUEST}.
     */
    API_DATA_REQUIREMENTS_NOT_MET,

    /**
     * Client request originated from a suspicious IP address.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#SUSPICIOUS_BEHAVIOUR}.
     */
    IP_ADDRESS_SUSPICIOUS,

    /**
     * This warning code is used for various kinds of suspicious behaviours: The ID issue country
     * does not match with the geolocation country of user. or User is using TOR or on the TOR
     * network. or User using VPN. or User using BOTs to complete the request. or Can't get
     * geolocation of user, privacy settings blocked the request. or Detected suspicious user
     * behaviour.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#SUSPICIOUS_BEHAVIOUR}.
     *
     * <p>Note: One row covering several behaviours: geolocation country differs from the ID issue
     * country; TOR; VPN; BOTs; geolocation unavailable (privacy settings); other suspicious
     * behaviour. The capture joins them with " or " (likely a list in the original page); kept
     * verbatim as one text. The document gives no separate code per behaviour.
     */
    SUSPICIOUS_USER_BEHAVIOUR,

    /**
     * In this case, a custom error message is returned explaining more details about the warning.
     * This is used in case a warning happened which is not one of the above.
     * <p>defaultDecision {@link DefaultDecision#REVIEW}; canonicalReason
     * {@link CanonicalReason#UNCLASSIFIED}.
     *
     * <p>Note: The document says a custom error message is returned with this code; it gives no
     * fixed message text, so no messages are recorded.
     *
     * <p>Note: The section heading says "Custom Error Code" while its table column is "Warning
     * Code", like the other sections.
     *
     * <p>Note: Mapped to UNCLASSIFIED: the code stands for any warning not listed above, and what
     * it means is only in its free-text custom message, so no single canonical reason fits.
     */
    CUSTOM_ERROR_CODE;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("aiprise", "AiPrise", "Warning Codes",
            "002_ab2c098be60fe61d.txt");

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<AiPriseWarning> fromCode(String code) {
        return AiPriseWarningTable.lookup("AiPriseWarning.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<AiPriseWarning> known = fromCode(code);
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
     * The decision the document lists for the warning (its "Decision" column). The
     * document does not define the values further. Documented data only: the next action
     * comes from the warning's canonical reason, and at run time from the decision the
     * response carries.
     */
    public DefaultDecision defaultDecision() {
        return row().defaultDecision();
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
        return LocalizedTexts.lookup(AiPriseWarning.class, AiPriseWarningTable.TEXTS, locale,
                name(), vendorText());
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<AiPriseWarning> replacement() {
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
            case UNREADABLE_DOCUMENT -> cases.unreadableDocument();
            case DOCUMENT_NOT_FOUND -> cases.documentNotFound();
            case DOCUMENT_EXPIRED -> cases.documentExpired();
            case DOCUMENT_FRONT_BACK_MISMATCH -> cases.documentFrontBackMismatch();
            case DOCUMENT_DAMAGED -> cases.documentDamaged();
            case DOCUMENT_FRONT_MISSING -> cases.documentFrontMissing();
            case DOCUMENT_BACK_MISSING -> cases.documentBackMissing();
            case DOCUMENT_CROPPED -> cases.documentCropped();
            case DOCUMENT_FACE_NOT_FOUND -> cases.documentFaceNotFound();
            case AGE_UNDER_18 -> cases.ageUnder18();
            case INVALID_DOCUMENT_DETAILS -> cases.invalidDocumentDetails();
            case ID_PREVIOUSLY_SEEN -> cases.idPreviouslySeen();
            case DATABASE_LOOKUP_ISSUE -> cases.databaseLookupIssue();
            case MISSING_EXPIRY_DATE -> cases.missingExpiryDate();
            case MISSING_ISSUE_DATE -> cases.missingIssueDate();
            case MISSING_BIRTH_DATE -> cases.missingBirthDate();
            case MISSING_DOCUMENT_NUMBER -> cases.missingDocumentNumber();
            case MISSING_PERSONAL_NUMBER -> cases.missingPersonalNumber();
            case MISSING_ADDRESS -> cases.missingAddress();
            case MISSING_POSTCODE -> cases.missingPostcode();
            case MISSING_NAME -> cases.missingName();
            case MISSING_GENDER -> cases.missingGender();
            case MISSING_NATIONALITY -> cases.missingNationality();
            case MISSING_DOCUMENT_DETAILS -> cases.missingDocumentDetails();
            case NAME_VERIFICATION_FAILED -> cases.nameVerificationFailed();
            case BIRTH_DATE_MISMATCH -> cases.birthDateMismatch();
            case ID_DATA_MISMATCH -> cases.idDataMismatch();
            case ID_TYPE_MISMATCH -> cases.idTypeMismatch();
            case ID_COUNTRY_MISMATCH -> cases.idCountryMismatch();
            case ADDRESS_MISMATCH -> cases.addressMismatch();
            case ID_NOT_ALLOWED -> cases.idNotAllowed();
            case DOCUMENT_PHOTO_OF_PHOTO -> cases.documentPhotoOfPhoto();
            case SCREEN_DETECTED -> cases.screenDetected();
            case IMAGE_FORGED_EDITED -> cases.imageForgedEdited();
            case FEATURE_VERIFICATION_FAILED -> cases.featureVerificationFailed();
            case FAKE_ID -> cases.fakeId();
            case DOCUMENT_FOUND_ON_INTERNET -> cases.documentFoundOnInternet();
            case ARTIFICIAL_IMAGE -> cases.artificialImage();
            case ARTIFICIAL_TEXT -> cases.artificialText();
            case TEXT_FORGERY -> cases.textForgery();
            case IMAGE_TOO_SMALL -> cases.imageTooSmall();
            case GLARE_DETECTED -> cases.glareDetected();
            case IMAGE_TOO_BLURRY -> cases.imageTooBlurry();
            case CHECK_DIGIT_FAILED -> cases.checkDigitFailed();
            case PRINTOUT_DETECTED -> cases.printoutDetected();
            case BLACK_WHITE_DOCUMENT -> cases.blackWhiteDocument();
            case FACE_NOT_FOUND -> cases.faceNotFound();
            case MULTIPLE_FACES -> cases.multipleFaces();
            case FACE_MISMATCH -> cases.faceMismatch();
            case LOW_FACE_SIMILARITY -> cases.lowFaceSimilarity();
            case FACE_IDENTICAL -> cases.faceIdentical();
            case FACE_NOT_LIVE -> cases.faceNotLive();
            case FACE_PHOTO_OF_PHOTO -> cases.facePhotoOfPhoto();
            case FACE_COVERED -> cases.faceCovered();
            case FACE_EDITED -> cases.faceEdited();
            case FACE_BLUR -> cases.faceBlur();
            case FACE_TOO_CLOSE -> cases.faceTooClose();
            case FACE_CROPPED -> cases.faceCropped();
            case FACE_TOO_SMALL -> cases.faceTooSmall();
            case FACE_ANGLE_TOO_LARGE -> cases.faceAngleTooLarge();
            case FACE_LIVENESS_REVIEW_REQUIRED -> cases.faceLivenessReviewRequired();
            case ID_NUMBER_NOT_VERIFIED -> cases.idNumberNotVerified();
            case INVALID_ID_NUMBER_SUPPLIED -> cases.invalidIdNumberSupplied();
            case LOOKUP_SOURCE_DOWN -> cases.lookupSourceDown();
            case LOOKUP_FACE_NOT_FOUND -> cases.lookupFaceNotFound();
            case AML_MATCH -> cases.amlMatch();
            case API_DATA_REQUIREMENTS_NOT_MET -> cases.apiDataRequirementsNotMet();
            case IP_ADDRESS_SUSPICIOUS -> cases.ipAddressSuspicious();
            case SUSPICIOUS_USER_BEHAVIOUR -> cases.suspiciousUserBehaviour();
            case CUSTOM_ERROR_CODE -> cases.customErrorCode();
        };
    }

    private AiPriseWarningTable.Row row() {
        return AiPriseWarningTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link AiPriseWarning}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link AiPriseWarning#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("aiprise")
    public interface Cases<R> {
        R unrecognizedDocument();

        R unreadableDocument();

        R documentNotFound();

        R documentExpired();

        R documentFrontBackMismatch();

        R documentDamaged();

        R documentFrontMissing();

        R documentBackMissing();

        R documentCropped();

        R documentFaceNotFound();

        R ageUnder18();

        R invalidDocumentDetails();

        R idPreviouslySeen();

        R databaseLookupIssue();

        R missingExpiryDate();

        R missingIssueDate();

        R missingBirthDate();

        R missingDocumentNumber();

        R missingPersonalNumber();

        R missingAddress();

        R missingPostcode();

        R missingName();

        R missingGender();

        R missingNationality();

        R missingDocumentDetails();

        R nameVerificationFailed();

        R birthDateMismatch();

        R idDataMismatch();

        R idTypeMismatch();

        R idCountryMismatch();

        R addressMismatch();

        R idNotAllowed();

        R documentPhotoOfPhoto();

        R screenDetected();

        R imageForgedEdited();

        R featureVerificationFailed();

        R fakeId();

        R documentFoundOnInternet();

        R artificialImage();

        R artificialText();

        R textForgery();

        R imageTooSmall();

        R glareDetected();

        R imageTooBlurry();

        R checkDigitFailed();

        R printoutDetected();

        R blackWhiteDocument();

        R faceNotFound();

        R multipleFaces();

        R faceMismatch();

        R lowFaceSimilarity();

        R faceIdentical();

        R faceNotLive();

        R facePhotoOfPhoto();

        R faceCovered();

        R faceEdited();

        R faceBlur();

        R faceTooClose();

        R faceCropped();

        R faceTooSmall();

        R faceAngleTooLarge();

        R faceLivenessReviewRequired();

        R idNumberNotVerified();

        R invalidIdNumberSupplied();

        R lookupSourceDown();

        R lookupFaceNotFound();

        R amlMatch();

        R apiDataRequirementsNotMet();

        R ipAddressSuspicious();

        R suspiciousUserBehaviour();

        R customErrorCode();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of AiPrise's document, in the document's order. A {@code switch} over
     * them that misses one does not compile.
     */
    @CodebookGenerated("aiprise")
    public enum Group implements CatalogGroup {
        /**
         * Document and OCR Warnings
         */
        DOCUMENT_AND_OCR("document-and-ocr", "Document and OCR Warnings"),

        /**
         * Document - Missing Fields
         */
        DOCUMENT_MISSING_FIELDS("document-missing-fields", "Document - Missing Fields"),

        /**
         * Document - Mismatch between supplied fields and extracted/lookup data.
         */
        DOCUMENT_MISMATCH("document-mismatch",
                "Document - Mismatch between supplied fields and extracted/lookup data."),

        /**
         * Document Anti-forgery Warnings.
         */
        DOCUMENT_ANTI_FORGERY("document-anti-forgery", "Document Anti-forgery Warnings."),

        /**
         * Biometric Warnings
         */
        BIOMETRIC("biometric", "Biometric Warnings"),

        /**
         * ID Number Warnings
         */
        ID_NUMBER("id-number", "ID Number Warnings"),

        /**
         * AML/PEP Warnings
         */
        AML_PEP("aml-pep", "AML/PEP Warnings"),

        /**
         * IP Warnings
         */
        IP("ip", "IP Warnings"),

        /**
         * User Behaviour
         */
        USER_BEHAVIOUR("user-behaviour", "User Behaviour"),

        /**
         * Custom Error Code
         *
         * <p>Note: Heading printed in the singular and without "Warnings", unlike most other
         * sections.
         */
        CUSTOM_ERROR_CODE("custom-error-code", "Custom Error Code");

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
     * The decision the document lists for the warning (its "Decision" column). The
     * document does not define the values further. Documented data only: the next action
     * comes from the warning's canonical reason, and at run time from the decision the
     * response carries.
     */
    @CodebookGenerated("aiprise")
    public enum DefaultDecision implements AttributeValue {
        /**
         * The verification is approved despite the warning.
         *
         * <p>Written by the vendor as <code>APPROVED</code>.
         */
        APPROVED("APPROVED", NextAction.PROCEED),

        /**
         * The verification is sent for manual review.
         *
         * <p>Written by the vendor as <code>REVIEW</code>.
         */
        REVIEW("REVIEW", NextAction.MANUAL_REVIEW),

        /**
         * The verification is declined.
         *
         * <p>Written by the vendor as <code>DECLINED</code>.
         */
        DECLINED("DECLINED", NextAction.REJECT);

        private static final Map<String, DefaultDecision> BY_VALUE = Map.ofEntries(
            Map.entry("APPROVED", APPROVED),
            Map.entry("REVIEW", REVIEW),
            Map.entry("DECLINED", DECLINED));

        private final String value;

        private final NextAction action;

        DefaultDecision(String value, NextAction action) {
            this.value = value;
            this.action = action;
        }

        @Override
        public String value() {
            return value;
        }

        /**
         * The next action this value stands for.
         */
        public NextAction action() {
            return action;
        }

        /**
         * The value the vendor writes as {@code value}, exactly (case included), or one of its
         * other spellings; empty for anything else, {@code null} included. Never throws.
         */
        public static Optional<DefaultDecision> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }
}
