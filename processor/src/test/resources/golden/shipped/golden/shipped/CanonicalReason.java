package golden.shipped;

import io.codebook.runtime.CanonicalReasonCode;
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
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Codebook: Canonical reasons, one constant per documented code.
 *
 * <p>What a vendor found about a verification (mostly why it did not pass; a few signals it records
 * and lets pass), in one vocabulary for every vendor: each vendor code maps to exactly one of these
 * reasons, and each reason carries the next action an application takes by default.
 *
 * <p>Transcribed from <code>catalog-specs/README.md (Canonical reasons)</code> by the catalog spec
 * <code>canonical-reasons</code>.
 *
 * <p>Note: This catalog is Codebook's, not a vendor's: its texts are written for it, and change
 * only with care, because analytics group rejections by these codes.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog canonical-reasons"
)
@CodebookGenerated("canonical-reasons")
public enum CanonicalReason implements CanonicalReasonCode, LocalizedCode {
    /**
     * The document has expired; the user needs a valid one.
     * <p>defaultAction {@link NextAction#USER_ACTION}.
     */
    DOCUMENT_EXPIRED,

    /**
     * A document is in the images, but it is not one the check can recognise (an unknown or
     * unsupported kind, or not an identity document); the user retakes it whole, or uses another.
     * No document at all is DOCUMENT_NOT_DETECTED; a poor image of a known one is
     * IMAGE_QUALITY_POOR.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    DOCUMENT_NOT_RECOGNIZED,

    /**
     * The document's type or issuer is not on the list the verification's settings accept (an
     * allow-list); the user brings another document. A country the policy refuses outright (a
     * block-list) is COUNTRY_NOT_ACCEPTED.
     * <p>defaultAction {@link NextAction#USER_ACTION}.
     */
    DOCUMENT_NOT_ACCEPTED,

    /**
     * A side of the document is missing, or the wrong side was captured.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    DOCUMENT_SIDE_MISSING,

    /**
     * The document is damaged, no longer valid under local rules, or otherwise not a valid identity
     * document.
     * <p>defaultAction {@link NextAction#USER_ACTION}.
     */
    DOCUMENT_INVALID,

    /**
     * No identity document is in the captured image at all; the user places it inside the frame and
     * retakes it.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    DOCUMENT_NOT_DETECTED,

    /**
     * The image of a recognised document is too blurry, too dark or bright, has glare, is too small
     * or is cropped; the user retakes it in better conditions.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    IMAGE_QUALITY_POOR,

    /**
     * An essential field (name, date of birth, document number, expiry) is missing or could not be
     * read; the user retakes the document. A field most documents do not carry is
     * OPTIONAL_FIELD_MISSING.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    DATA_NOT_READABLE,

    /**
     * The data read from the document fail the document's own checks (a check digit, an impossible
     * date or number format): often a misread, sometimes an altered document, so a person looks.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    DATA_INTEGRITY_FAILED,

    /**
     * The front and back of one document disagree, as if they belonged to different documents. Two
     * different documents disagreeing is CROSS_DOCUMENT_MISMATCH.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    DATA_MISMATCH_BETWEEN_SIDES,

    /**
     * Data the user or the application supplied disagree with the data read or looked up.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    DATA_MISMATCH_WITH_INPUT,

    /**
     * Data the user typed (an ID number, a name, a bank verification code) are malformed or do not
     * match, and the user can correct them; a mismatch that needs a person is
     * DATA_MISMATCH_WITH_INPUT.
     * <p>defaultAction {@link NextAction#USER_ACTION}.
     */
    USER_INPUT_INVALID,

    /**
     * Two different documents of the same person disagree (name, date of birth); a name change is
     * the common honest case, so a person looks. Two sides of one document disagreeing is
     * DATA_MISMATCH_BETWEEN_SIDES.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    CROSS_DOCUMENT_MISMATCH,

    /**
     * A genuine document was altered or tampered with (edited images, a replaced portrait, forged
     * text); the automated scores that detect this have false positives, so a person looks. A
     * document that is not genuine at all is DOCUMENT_COUNTERFEIT.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    DOCUMENT_FORGERY,

    /**
     * The document is not genuine at all: a known sample, an image found online, or one generated
     * by software. A genuine document that was altered is DOCUMENT_FORGERY.
     * <p>defaultAction {@link NextAction#REJECT}.
     */
    DOCUMENT_COUNTERFEIT,

    /**
     * The document was captured from a screen, a photocopy or a printout instead of the physical
     * document.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    DOCUMENT_RECAPTURED,

    /**
     * The vendor suspects fraud on the identity without a more specific reason.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    FRAUD_SUSPECTED,

    /**
     * The identity, document or face was already verified before, possibly for another user.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    DUPLICATE_IDENTITY,

    /**
     * No face was found in the selfie; the user retakes it. No face on the document's portrait (or
     * in a registry) is FACE_REFERENCE_UNAVAILABLE.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    FACE_NOT_DETECTED,

    /**
     * There is no face to compare the selfie with: none on the document's portrait, or none in the
     * registry the check reads. Not the user's fault; a selfie problem is FACE_NOT_DETECTED.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    FACE_REFERENCE_UNAVAILABLE,

    /**
     * The face in the selfie does not match the face on the document or in the registry.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    FACE_MISMATCH,

    /**
     * More than one face was found.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    FACE_MULTIPLE,

    /**
     * The face could not be assessed as captured (distance, angle, mask, glasses, lighting, closed
     * eyes).
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    FACE_CAPTURE_CONDITIONS,

    /**
     * The liveness check did not pass (a low score, a capture it could not judge); the user may try
     * again. A detected attack is LIVENESS_ATTACK.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    LIVENESS_FAILED,

    /**
     * No passed liveness check exists for the session.
     * <p>defaultAction {@link NextAction#RETRY_CAPTURE}.
     */
    LIVENESS_NOT_PERFORMED,

    /**
     * A presentation or injection attack was detected at the liveness or selfie check (mask, photo
     * of a photo, screen replay, face swap across frames); never a bad capture, so never a coached
     * retry.
     * <p>defaultAction {@link NextAction#REJECT}.
     */
    LIVENESS_ATTACK,

    /**
     * The identity could not be found or verified in the government or third-party database.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    REGISTRY_NO_MATCH,

    /**
     * The person is not enrolled in the registry the check reads and can enrol themselves
     * (Kazakhstan's mobile citizens database for e-documents); no reviewer can fix it. Its text
     * names that registry: a second registry would need a code-level text.
     * <p>defaultAction {@link NextAction#USER_ACTION}.
     */
    REGISTRY_SUBJECT_NOT_ENROLLED,

    /**
     * The checks required for the level of assurance were done and did not reach the required
     * scores; no result will come by waiting, and a person decides. Checks that could not be done
     * for technical reasons are REGISTRY_SERVICE_UNAVAILABLE.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    IDENTITY_CHECK_INCOMPLETE,

    /**
     * The user's address could not be verified; the user needs to provide proof of address.
     * <p>defaultAction {@link NextAction#USER_ACTION}.
     */
    ADDRESS_NOT_VERIFIED,

    /**
     * A possible match on a screening list the vendor does not say which of (sanctions, politically
     * exposed persons, adverse media or crime); a compliance officer looks.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    AML_MATCH,

    /**
     * A possible match on a sanctions list. Compliance holds the relationship and escalates before
     * anything else happens; a confirmed match is frozen and reported, never just declined.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    AML_SANCTIONS,

    /**
     * A possible match with a politically exposed person (or a relative or close associate). Not a
     * refusal; enhanced due diligence by compliance.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    AML_PEP,

    /**
     * A possible match in adverse media or on a crime or watch list; compliance weighs it against
     * the product's risk appetite.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    AML_ADVERSE_MEDIA,

    /**
     * The person is younger than the verification's age limit.
     * <p>defaultAction {@link NextAction#REJECT}.
     */
    AGE_BELOW_LIMIT,

    /**
     * The policy refuses identities from this country (a block-list, often a sanctions rule);
     * another document of the same person does not help. A document type or issuer merely not
     * supported is DOCUMENT_NOT_ACCEPTED.
     * <p>defaultAction {@link NextAction#REJECT}.
     */
    COUNTRY_NOT_ACCEPTED,

    /**
     * The session looked suspicious (VPN or TOR, automation, several signals together); a person
     * looks. One weak signal that is normal for many honest users (an IP country other than the
     * document's) is RISK_SIGNAL.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    SUSPICIOUS_BEHAVIOUR,

    /**
     * An age band the vendor reports for information (under 21, under 18 with severity none); the
     * application compares the age with its own limit. A failed age requirement is AGE_BELOW_LIMIT.
     * <p>defaultAction {@link NextAction#PROCEED}.
     */
    AGE_INFO,

    /**
     * A field most documents do not carry (weight, hair colour, endorsements) is missing;
     * recapturing cannot make it appear. A missing essential field is DATA_NOT_READABLE.
     * <p>defaultAction {@link NextAction#PROCEED}.
     */
    OPTIONAL_FIELD_MISSING,

    /**
     * A weak risk signal that is normal for many honest users on its own (an IP country other than
     * the document's); recorded, and reviewed only with other signals. A strong signal is
     * SUSPICIOUS_BEHAVIOUR.
     * <p>defaultAction {@link NextAction#PROCEED}.
     */
    RISK_SIGNAL,

    /**
     * The user stopped the verification; the session is over, and they start a new one when ready.
     * <p>defaultAction {@link NextAction#RESTART}.
     */
    USER_ABORTED,

    /**
     * The session or submission expired or was abandoned before it was completed; a new one must be
     * started.
     * <p>defaultAction {@link NextAction#RESTART}.
     */
    SESSION_EXPIRED,

    /**
     * A verification of this person is already under review at the vendor; nothing to do on our
     * side but wait for its result.
     * <p>defaultAction {@link NextAction#WAIT}.
     */
    VERIFICATION_PENDING,

    /**
     * The vendor refuses a new submission for this person for now (a rejected or approved period it
     * enforces); not an error, and retrying at once fails again.
     * <p>defaultAction {@link NextAction#REJECT}.
     */
    RESUBMISSION_BLOCKED,

    /**
     * The user used up the attempts the verification allows.
     * <p>defaultAction {@link NextAction#REJECT}.
     */
    TOO_MANY_ATTEMPTS,

    /**
     * The user's device could not capture (no camera, camera disabled).
     * <p>defaultAction {@link NextAction#USER_ACTION}.
     */
    DEVICE_PROBLEM,

    /**
     * The user did not provide the documents the verification requires.
     * <p>defaultAction {@link NextAction#USER_ACTION}.
     */
    DOCUMENTS_NOT_PROVIDED,

    /**
     * The request sent to the vendor was malformed, incomplete or of the wrong format.
     * <p>defaultAction {@link NextAction#FIX_INTEGRATION}.
     */
    INVALID_REQUEST,

    /**
     * The vendor refused our credentials.
     * <p>defaultAction {@link NextAction#FIX_INTEGRATION}.
     */
    AUTHENTICATION_FAILED,

    /**
     * The vendor project, subscription or option our request relies on is missing, closed or not
     * enabled.
     * <p>defaultAction {@link NextAction#FIX_INTEGRATION}.
     */
    CONFIGURATION_ERROR,

    /**
     * Our request does not fit the state of the submission at the vendor (a step called twice,
     * results that already exist); an integration error. A verification still under the vendor's
     * review is VERIFICATION_PENDING; a period the vendor enforces is RESUBMISSION_BLOCKED.
     * <p>defaultAction {@link NextAction#FIX_INTEGRATION}.
     */
    SUBMISSION_STATE_CONFLICT,

    /**
     * The vendor failed while processing the request (an internal error, an unexpected one).
     * Unreachable, timed out or rate-limited is VENDOR_SERVICE_UNAVAILABLE; both try again later.
     * <p>defaultAction {@link NextAction#RETRY_LATER}.
     */
    VENDOR_SERVICE_ERROR,

    /**
     * The vendor, or a service it calls, could not be reached, timed out or limited our requests;
     * try again later. A failure while processing is VENDOR_SERVICE_ERROR.
     * <p>defaultAction {@link NextAction#RETRY_LATER}.
     */
    VENDOR_SERVICE_UNAVAILABLE,

    /**
     * A government or third-party registry the vendor relies on was unavailable.
     * <p>defaultAction {@link NextAction#RETRY_LATER}.
     */
    REGISTRY_SERVICE_UNAVAILABLE,

    /**
     * The vendor code says too little to classify it; a person looks at the case.
     * <p>defaultAction {@link NextAction#MANUAL_REVIEW}.
     */
    UNCLASSIFIED;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("canonical-reasons", "Codebook",
            "Canonical reasons", "catalog-specs/README.md (Canonical reasons)");

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<CanonicalReason> fromCode(String code) {
        return CanonicalReasonTable.lookup("CanonicalReason.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<CanonicalReason> known = fromCode(code);
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
     * What an application does next when this is the reason, unless the vendor sent its
     * own decision.
     */
    @Override
    public NextAction defaultAction() {
        return row().defaultAction();
    }

    /**
     * What to tell the end user about this code, in {@code locale}, else its language,
     * else English (never the JVM's default locale); written for end users in en, ru, kk,
     * ko. Never throws.
     */
    @Override
    public String userText(Locale locale) {
        return LocalizedTexts.lookup(CanonicalReason.class, CanonicalReasonTable.TEXTS, locale,
                name(), vendorText());
    }

    /**
     * Every vendor code that maps to this reason, catalog by catalog in the document's
     * order. It covers the vendor catalogs generated in the same compilation:
     * {@link IdAnalyzerWarning}, {@link BiometricVisionFailure}, {@link AiPriseWarning},
     * {@link ArgosCode}, {@link YotiReasonCode}, {@link YotiFailureType},
     * {@link YotiFailureDetail}.
     */
    public List<MappedCode> mappedCodes() {
        return CanonicalReasonTable.MappedCodes.BY_REASON.getOrDefault(this, List.of());
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<CanonicalReason> replacement() {
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
            case DOCUMENT_EXPIRED -> cases.documentExpired();
            case DOCUMENT_NOT_RECOGNIZED -> cases.documentNotRecognized();
            case DOCUMENT_NOT_ACCEPTED -> cases.documentNotAccepted();
            case DOCUMENT_SIDE_MISSING -> cases.documentSideMissing();
            case DOCUMENT_INVALID -> cases.documentInvalid();
            case DOCUMENT_NOT_DETECTED -> cases.documentNotDetected();
            case IMAGE_QUALITY_POOR -> cases.imageQualityPoor();
            case DATA_NOT_READABLE -> cases.dataNotReadable();
            case DATA_INTEGRITY_FAILED -> cases.dataIntegrityFailed();
            case DATA_MISMATCH_BETWEEN_SIDES -> cases.dataMismatchBetweenSides();
            case DATA_MISMATCH_WITH_INPUT -> cases.dataMismatchWithInput();
            case USER_INPUT_INVALID -> cases.userInputInvalid();
            case CROSS_DOCUMENT_MISMATCH -> cases.crossDocumentMismatch();
            case DOCUMENT_FORGERY -> cases.documentForgery();
            case DOCUMENT_COUNTERFEIT -> cases.documentCounterfeit();
            case DOCUMENT_RECAPTURED -> cases.documentRecaptured();
            case FRAUD_SUSPECTED -> cases.fraudSuspected();
            case DUPLICATE_IDENTITY -> cases.duplicateIdentity();
            case FACE_NOT_DETECTED -> cases.faceNotDetected();
            case FACE_REFERENCE_UNAVAILABLE -> cases.faceReferenceUnavailable();
            case FACE_MISMATCH -> cases.faceMismatch();
            case FACE_MULTIPLE -> cases.faceMultiple();
            case FACE_CAPTURE_CONDITIONS -> cases.faceCaptureConditions();
            case LIVENESS_FAILED -> cases.livenessFailed();
            case LIVENESS_NOT_PERFORMED -> cases.livenessNotPerformed();
            case LIVENESS_ATTACK -> cases.livenessAttack();
            case REGISTRY_NO_MATCH -> cases.registryNoMatch();
            case REGISTRY_SUBJECT_NOT_ENROLLED -> cases.registrySubjectNotEnrolled();
            case IDENTITY_CHECK_INCOMPLETE -> cases.identityCheckIncomplete();
            case ADDRESS_NOT_VERIFIED -> cases.addressNotVerified();
            case AML_MATCH -> cases.amlMatch();
            case AML_SANCTIONS -> cases.amlSanctions();
            case AML_PEP -> cases.amlPep();
            case AML_ADVERSE_MEDIA -> cases.amlAdverseMedia();
            case AGE_BELOW_LIMIT -> cases.ageBelowLimit();
            case COUNTRY_NOT_ACCEPTED -> cases.countryNotAccepted();
            case SUSPICIOUS_BEHAVIOUR -> cases.suspiciousBehaviour();
            case AGE_INFO -> cases.ageInfo();
            case OPTIONAL_FIELD_MISSING -> cases.optionalFieldMissing();
            case RISK_SIGNAL -> cases.riskSignal();
            case USER_ABORTED -> cases.userAborted();
            case SESSION_EXPIRED -> cases.sessionExpired();
            case VERIFICATION_PENDING -> cases.verificationPending();
            case RESUBMISSION_BLOCKED -> cases.resubmissionBlocked();
            case TOO_MANY_ATTEMPTS -> cases.tooManyAttempts();
            case DEVICE_PROBLEM -> cases.deviceProblem();
            case DOCUMENTS_NOT_PROVIDED -> cases.documentsNotProvided();
            case INVALID_REQUEST -> cases.invalidRequest();
            case AUTHENTICATION_FAILED -> cases.authenticationFailed();
            case CONFIGURATION_ERROR -> cases.configurationError();
            case SUBMISSION_STATE_CONFLICT -> cases.submissionStateConflict();
            case VENDOR_SERVICE_ERROR -> cases.vendorServiceError();
            case VENDOR_SERVICE_UNAVAILABLE -> cases.vendorServiceUnavailable();
            case REGISTRY_SERVICE_UNAVAILABLE -> cases.registryServiceUnavailable();
            case UNCLASSIFIED -> cases.unclassified();
        };
    }

    private CanonicalReasonTable.Row row() {
        return CanonicalReasonTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link CanonicalReason}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link CanonicalReason#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("canonical-reasons")
    public interface Cases<R> {
        R documentExpired();

        R documentNotRecognized();

        R documentNotAccepted();

        R documentSideMissing();

        R documentInvalid();

        R documentNotDetected();

        R imageQualityPoor();

        R dataNotReadable();

        R dataIntegrityFailed();

        R dataMismatchBetweenSides();

        R dataMismatchWithInput();

        R userInputInvalid();

        R crossDocumentMismatch();

        R documentForgery();

        R documentCounterfeit();

        R documentRecaptured();

        R fraudSuspected();

        R duplicateIdentity();

        R faceNotDetected();

        R faceReferenceUnavailable();

        R faceMismatch();

        R faceMultiple();

        R faceCaptureConditions();

        R livenessFailed();

        R livenessNotPerformed();

        R livenessAttack();

        R registryNoMatch();

        R registrySubjectNotEnrolled();

        R identityCheckIncomplete();

        R addressNotVerified();

        R amlMatch();

        R amlSanctions();

        R amlPep();

        R amlAdverseMedia();

        R ageBelowLimit();

        R countryNotAccepted();

        R suspiciousBehaviour();

        R ageInfo();

        R optionalFieldMissing();

        R riskSignal();

        R userAborted();

        R sessionExpired();

        R verificationPending();

        R resubmissionBlocked();

        R tooManyAttempts();

        R deviceProblem();

        R documentsNotProvided();

        R invalidRequest();

        R authenticationFailed();

        R configurationError();

        R submissionStateConflict();

        R vendorServiceError();

        R vendorServiceUnavailable();

        R registryServiceUnavailable();

        R unclassified();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of Codebook's document, in the document's order. A {@code switch} over
     * them that misses one does not compile.
     */
    @CodebookGenerated("canonical-reasons")
    public enum Group implements CatalogGroup {
        /**
         * Document
         *
         * <p>The identity document itself is not acceptable.
         */
        DOCUMENT("document", "Document"),

        /**
         * Data extraction
         *
         * <p>Data could not be read from the document.
         */
        DATA_EXTRACTION("data-extraction", "Data extraction"),

        /**
         * Data mismatch
         *
         * <p>Data disagree with each other.
         */
        DATA_MISMATCH("data-mismatch", "Data mismatch"),

        /**
         * Forgery and fraud
         *
         * <p>Signs that the document or the person is not genuine.
         */
        FORGERY_AND_FRAUD("forgery-and-fraud", "Forgery and fraud"),

        /**
         * Face
         *
         * <p>The selfie and the face comparison.
         */
        FACE("face", "Face"),

        /**
         * Liveness
         *
         * <p>Whether a live person was in front of the camera.
         */
        LIVENESS("liveness", "Liveness"),

        /**
         * Presentation attack
         *
         * <p>Someone tried to pass the check with something other than the live person in
         * front of the camera: a mask, a replayed photo or video, an injected or swapped face.
         */
        PRESENTATION_ATTACK("presentation-attack", "Presentation attack"),

        /**
         * Registry and database lookups
         *
         * <p>Checks of the identity against government or third-party databases.
         */
        REGISTRY("registry", "Registry and database lookups"),

        /**
         * AML and policy
         *
         * <p>Screening results and the verification's own policy.
         */
        AML_AND_POLICY("aml-and-policy", "AML and policy"),

        /**
         * Informational
         *
         * <p>Signals recorded with the verification that do not stop it; the application
         * applies its own rules to them.
         */
        INFORMATIONAL("informational", "Informational"),

        /**
         * User and session
         *
         * <p>The person or the session stopped the verification.
         */
        USER_AND_SESSION("user-and-session", "User and session"),

        /**
         * Integration errors on our side
         *
         * <p>Our request or configuration was wrong. Never shown to the end user.
         */
        INTEGRATION("integration", "Integration errors on our side"),

        /**
         * Vendor service errors
         *
         * <p>The vendor or a service behind it failed; trying again later may work.
         */
        VENDOR_SERVICE("vendor-service", "Vendor service errors"),

        /**
         * Fallback
         *
         * <p>Codes that fit no other reason; each mapping here carries a note saying why.
         */
        FALLBACK("fallback", "Fallback");

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
}
