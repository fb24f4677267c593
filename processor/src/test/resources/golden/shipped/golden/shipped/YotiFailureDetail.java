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
 * Yoti: Error responses - failure details, one constant per documented code.
 *
 * <p>The failure detail codes Yoti returns in the `details` field of each object of
 * identity_profile.failure_reason.requirements_not_met_details, alongside a failure type: the
 * page's "ID Check" and "ID Doc Extraction" tables, and two details seen only in its examples.
 *
 * <p>Transcribed from <code>003_12adf195554519ad.txt</code> by the catalog spec
 * <code>yoti-failure-detail</code>.
 *
 * <p>Note: The page gives detail tables only for the failure types IDENTITY_CHECK ("ID Check") and
 * ID_DOCUMENT_EXTRACTION ("ID Doc Extraction"). The "Requirements not met details" table says "See
 * ID Check table below" also for ID_DOCUMENT_ADDRESS_VERIFICATION, but the ID Check table's
 * introduction names only `IDENTITY_CHECK`, so failureTypes of its codes is IDENTITY_CHECK only.
 *
 * <p>Note: The "ID Check" table has the columns "Provider", "Details", "Reason code" and
 * "Description"; the "ID Doc Extraction" table only "Details" and "Description" (its codes have no
 * provider and no reason codes).
 *
 * <p>Note: Rows as printed: 22 (ID Check 11, ID Doc Extraction 11) plus 2 details seen only in the
 * examples; distinct codes: 22 (ERROR_WHEN_PERFORMING_CHECK and UNABLE_TO_VERIFY_ADDRESS are each
 * printed in two ID Check rows and are transcribed as one code with two variants).
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog yoti-failure-detail"
)
@CodebookGenerated("yoti-failure-detail")
public enum YotiFailureDetail implements MappedCode, LocalizedCode {
    /**
     * Something went wrong when calling the third party identity check server
     *
     * <p>Printed in 2 rows: (1) Something went wrong when calling the third party identity check
     * server provider <code>Third party identity</code>; (2) Something when wrong when calling the
     * TransUnion server provider <code>CRA</code>.
     * <p>failureTypes {@link YotiFailureType#IDENTITY_CHECK}; reasonCodes
     * {@link YotiReasonCode#UNABLE_TO_COMPLETE_CHECKS}; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     *
     * <p>Note: Printed in two rows (first and sixth), for the providers Third party identity and
     * CRA, with the same reason code and different descriptions.
     *
     * <p>Note: Kept verbatim in the CRA row: "Something when wrong" (for "went wrong").
     */
    ERROR_WHEN_PERFORMING_CHECK,

    /**
     * The third party identity check returns a suspected fraudulent check on the provided identity
     * details
     * <p>failureTypes {@link YotiFailureType#IDENTITY_CHECK}; provider
     * {@link Provider#THIRD_PARTY_IDENTITY}; reasonCodes {@link YotiReasonCode#FRAUD_DETECTED};
     * canonicalReason {@link CanonicalReason#FRAUD_SUSPECTED}.
     */
    SUSPECTED_FRAUD,

    /**
     * Synectics scored user 0 in identity fraud
     * <p>failureTypes {@link YotiFailureType#IDENTITY_CHECK}; provider {@link Provider#SYNECTICS};
     * reasonCodes {@link YotiReasonCode#FRAUD_DETECTED}; canonicalReason
     * {@link CanonicalReason#FRAUD_SUSPECTED}.
     */
    SYNECTICS_INDICATED_FRAUD,

    /**
     * When attempting H2A, we failed to obtain an identity fraud score of at least 2
     * <p>failureTypes {@link YotiFailureType#IDENTITY_CHECK}; provider {@link Provider#SYNECTICS};
     * reasonCodes {@link YotiReasonCode#IDENTITY_FRAUD_SCORE_INSUFFICIENT},
     * {@link YotiReasonCode#IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT};
     * canonicalReason {@link CanonicalReason#IDENTITY_CHECK_INCOMPLETE}.
     *
     * <p>Note: The details value is printed across a line break after "FAILED_TO_REACH_REQUIRED_".
     */
    FAILED_TO_REACH_REQUIRED_IDENTITY_FRAUD_SCORE_2,

    /**
     * When attempting H2A, we failed to obtain an activity history score of at least 3
     * <p>failureTypes {@link YotiFailureType#IDENTITY_CHECK}; provider {@link Provider#SYNECTICS};
     * reasonCodes {@link YotiReasonCode#IDENTITY_FRAUD_SCORE_INSUFFICIENT},
     * {@link YotiReasonCode#IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT};
     * canonicalReason {@link CanonicalReason#IDENTITY_CHECK_INCOMPLETE}.
     *
     * <p>Note: The details value is printed across a line break after "FAILED_TO_REACH_REQUIRED_".
     *
     * <p>Note: The reason code cell is printed exactly as for
     * FAILED_TO_REACH_REQUIRED_IDENTITY_FRAUD_SCORE_2 (IDENTITY_FRAUD_SCORE_INSUFFICIENT and
     * IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT); it does not name
     * ACTIVITY_HISTORY_SCORE_INSUFFICIENT, although this detail is about the activity history
     * score. Kept as printed.
     */
    FAILED_TO_REACH_REQUIRED_ACTIVITY_HISTORY_SCORE_3,

    /**
     * CRA check flagged the user as PEP or the check was not performed (i.e. the user's current
     * address is claimed to be outside of the UK). If flagged as PEP, additional verification
     * checks failed.
     * <p>failureTypes {@link YotiFailureType#IDENTITY_CHECK}; provider {@link Provider#CRA};
     * reasonCodes {@link YotiReasonCode#IDENTITY_CHECK_FAILED}; canonicalReason
     * {@link CanonicalReason#AML_PEP}.
     */
    PEP_WARNING,

    /**
     * CRA check flagged the user as deceased or the check was not performed (i.e. the user's
     * current address is claimed to be outside of the UK)
     * <p>failureTypes {@link YotiFailureType#IDENTITY_CHECK}; provider {@link Provider#CRA};
     * reasonCodes {@link YotiReasonCode#IDENTITY_CHECK_FAILED}; canonicalReason
     * {@link CanonicalReason#FRAUD_SUSPECTED}.
     *
     * <p>Note: Kept verbatim: double space in "deceased or".
     *
     * <p>Note: Mapped to FRAUD_SUSPECTED: a deceased flag on a live applicant is a classic
     * identity-theft signal (the row also covers a check not performed; a person looks either way).
     */
    DECEASED_WARNING,

    /**
     * For DBS basic: When the address could not be verified
     *
     * <p>Printed in 2 rows: (1) For DBS basic: When the address could not be verified when For DBS
     * basic; (2) For DBS standard/enhanced: When the address could not be verified when For DBS
     * standard/enhanced reasonCodes <code>IDENTITY_CHECK_FAILED</code>.
     * <p>failureTypes {@link YotiFailureType#IDENTITY_CHECK}; provider {@link Provider#CRA};
     * canonicalReason {@link CanonicalReason#ADDRESS_NOT_VERIFIED}.
     *
     * <p>Note: Printed in two CRA rows: the DBS basic row has an empty reason code cell, the DBS
     * standard/enhanced row gives IDENTITY_CHECK_FAILED.
     *
     * <p>Note: The same string is also a reason code (catalog yoti-reason, Requirements not met
     * info).
     */
    UNABLE_TO_VERIFY_ADDRESS,

    /**
     * When the CRA check failed to find a match for the name or DOB
     * <p>failureTypes {@link YotiFailureType#IDENTITY_CHECK}; provider {@link Provider#CRA};
     * reasonCodes {@link YotiReasonCode#IDENTITY_CHECK_FAILED}; canonicalReason
     * {@link CanonicalReason#REGISTRY_NO_MATCH}.
     */
    UNABLE_TO_VERIFY_IDENTITY,

    /**
     * The image is too blurry to read the document details
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     *
     * <p>Note: Same description as POOR_DOC.
     */
    POOR_FOCUS,

    /**
     * The provided document image was not taken in adequate light
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    POOR_LIGHT,

    /**
     * The provided document image has too much light or glare
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     */
    TOO_LIGHT,

    /**
     * The image is too blurry to read the document details
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     *
     * <p>Note: Same description as POOR_FOCUS; the page does not say how the two differ.
     */
    POOR_DOC,

    /**
     * Parts of the document are missing from the image (i.e. missing side)
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_SIDE_MISSING}.
     */
    PARTIAL_SIDE_DOC,

    /**
     * Parts of the document side are missing from the image
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     *
     * <p>Note: The page's first example returns PARTIAL_PHOTO with failure_type
     * ID_DOCUMENT_FACE_MATCH (document_type PASSPORT, document_country_iso_code GBR, reason_code
     * UNABLE_TO_VALIDATE_DOCUMENT), although the page lists it under ID Doc Extraction (failure
     * type ID_DOCUMENT_EXTRACTION). failureTypes keeps the table's ID_DOCUMENT_EXTRACTION only.
     */
    PARTIAL_PHOTO,

    /**
     * The document has not been presented in its original form
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    DOCUMENT_COPY,

    /**
     * The document image provided is not in colour
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_RECAPTURED}.
     */
    BLACK_AND_WHITE_IMAGE,

    /**
     * We could not detect a document in the captured image
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_DETECTED}.
     */
    NO_DOCUMENT,

    /**
     * All parts of the document template could not be detected
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_RECOGNIZED}.
     */
    TEMPLATE,

    /**
     * If the user did not provide all, or any of the documents required for the scheme, and there
     * is no other failure reason
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_EXTRACTION}; canonicalReason
     * {@link CanonicalReason#DOCUMENTS_NOT_PROVIDED}.
     */
    USER_DOES_NOT_HAVE_REQUESTED_DOCUMENTS,

    /**
     * The vendor documents no description for this code.
     * <p>failureTypes {@link YotiFailureType#ID_DOCUMENT_AUTHENTICITY}; canonicalReason
     * {@link CanonicalReason#IMAGE_QUALITY_POOR}.
     *
     * <p>Note: Appears in the first example, in the second object of requirements_not_met_details:
     * failure_type ID_DOCUMENT_AUTHENTICITY, document_type PASSPORT, document_country_iso_code GBR,
     * audit_id empty; the example's result is ABORTED and its reason_code
     * UNABLE_TO_VALIDATE_DOCUMENT.
     */
    OBJECT_OBSTRUCTION,

    /**
     * The vendor documents no description for this code.
     * <p>failureTypes {@link YotiFailureType#LIVENESS}; canonicalReason
     * {@link CanonicalReason#LIVENESS_FAILED}.
     *
     * <p>Note: Appears in the second example, in the only object of requirements_not_met_details:
     * failure_type LIVENESS, document_type, document_country_iso_code and audit_id empty; the
     * example's result is ABORTED and its reason_code MISSING_LIVENESS.
     */
    USER_FAILED_LIVENESS;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("yoti-failure-detail", "Yoti",
            "Error responses - failure details", "003_12adf195554519ad.txt");

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<YotiFailureDetail> fromCode(String code) {
        return YotiFailureDetailTable.lookup("YotiFailureDetail.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<YotiFailureDetail> known = fromCode(code);
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
     * The failure type(s) the detail is returned with (failure_type of the same
     * requirements_not_met_details object).
     */
    public List<YotiFailureType> failureTypes() {
        return row().failureTypes();
    }

    /**
     * The provider of the check (column "Provider" of the ID Check table).
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public Optional<Provider> provider() {
        return Optional.ofNullable(row().provider());
    }

    /**
     * The reason code(s) the ID Check table gives for the detail (column "Reason code").
     */
    public List<YotiReasonCode> reasonCodes() {
        return row().reasonCodes();
    }

    /**
     * The canonical reason this code means, whatever the vendor.
     */
    @Override
    public CanonicalReason canonicalReason() {
        return row().canonicalReason();
    }

    /**
     * The rows the vendor's document prints for this code when it prints several with
     * different facts; empty when it prints one. What all rows share is on the code
     * itself.
     */
    public List<Variant> variants() {
        return row().variants();
    }

    /**
     * What to tell the end user about this code, in {@code locale}, else its language,
     * else English (never the JVM's default locale); written for end users in en, ru, kk,
     * ko. Never throws.
     */
    @Override
    public String userText(Locale locale) {
        return LocalizedTexts.lookup(YotiFailureDetail.class, YotiFailureDetailTable.TEXTS, locale,
                name(), vendorText());
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<YotiFailureDetail> replacement() {
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
            case ERROR_WHEN_PERFORMING_CHECK -> cases.errorWhenPerformingCheck();
            case SUSPECTED_FRAUD -> cases.suspectedFraud();
            case SYNECTICS_INDICATED_FRAUD -> cases.synecticsIndicatedFraud();
            case FAILED_TO_REACH_REQUIRED_IDENTITY_FRAUD_SCORE_2 ->
                    cases.failedToReachRequiredIdentityFraudScore2();
            case FAILED_TO_REACH_REQUIRED_ACTIVITY_HISTORY_SCORE_3 ->
                    cases.failedToReachRequiredActivityHistoryScore3();
            case PEP_WARNING -> cases.pepWarning();
            case DECEASED_WARNING -> cases.deceasedWarning();
            case UNABLE_TO_VERIFY_ADDRESS -> cases.unableToVerifyAddress();
            case UNABLE_TO_VERIFY_IDENTITY -> cases.unableToVerifyIdentity();
            case POOR_FOCUS -> cases.poorFocus();
            case POOR_LIGHT -> cases.poorLight();
            case TOO_LIGHT -> cases.tooLight();
            case POOR_DOC -> cases.poorDoc();
            case PARTIAL_SIDE_DOC -> cases.partialSideDoc();
            case PARTIAL_PHOTO -> cases.partialPhoto();
            case DOCUMENT_COPY -> cases.documentCopy();
            case BLACK_AND_WHITE_IMAGE -> cases.blackAndWhiteImage();
            case NO_DOCUMENT -> cases.noDocument();
            case TEMPLATE -> cases.template();
            case USER_DOES_NOT_HAVE_REQUESTED_DOCUMENTS ->
                    cases.userDoesNotHaveRequestedDocuments();
            case OBJECT_OBSTRUCTION -> cases.objectObstruction();
            case USER_FAILED_LIVENESS -> cases.userFailedLiveness();
        };
    }

    private YotiFailureDetailTable.Row row() {
        return YotiFailureDetailTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link YotiFailureDetail}, one method per code named after
     * its constant, and wire values the catalog does not document. A handler that leaves
     * one out does not compile, so a code added to the spec shows up as a compile error
     * naming the method to write. Pass one to {@link YotiFailureDetail#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("yoti-failure-detail")
    public interface Cases<R> {
        R errorWhenPerformingCheck();

        R suspectedFraud();

        R synecticsIndicatedFraud();

        R failedToReachRequiredIdentityFraudScore2();

        R failedToReachRequiredActivityHistoryScore3();

        R pepWarning();

        R deceasedWarning();

        R unableToVerifyAddress();

        R unableToVerifyIdentity();

        R poorFocus();

        R poorLight();

        R tooLight();

        R poorDoc();

        R partialSideDoc();

        R partialPhoto();

        R documentCopy();

        R blackAndWhiteImage();

        R noDocument();

        R template();

        R userDoesNotHaveRequestedDocuments();

        R objectObstruction();

        R userFailedLiveness();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of Yoti's document, in the document's order. A {@code switch} over them
     * that misses one does not compile.
     */
    @CodebookGenerated("yoti-failure-detail")
    public enum Group implements CatalogGroup {
        /**
         * ID Check
         *
         * <p>This table lists the failure details codes that can be returned alongside the
         * failure type of `IDENTITY_CHECK`.
         *
         * <p>Note: 11 rows are printed; ERROR_WHEN_PERFORMING_CHECK (Third party identity and
         * CRA) and UNABLE_TO_VERIFY_ADDRESS (two CRA rows) are printed twice each and kept as
         * one code with one variant per row.
         */
        ID_CHECK("id-check", "ID Check"),

        /**
         * ID Doc Extraction
         *
         * <p>This table lists the failure details codes that can be returned alongside the
         * failure type of `ID_DOCUMENT_EXTRACTION`.
         *
         * <p>Note: The table has no reason code column (the Requirements not met details table
         * associates ID_DOCUMENT_EXTRACTION with MANDATORY_DOCUMENT_NOT_PROVIDED), so these
         * codes have no reasonCodes.
         */
        ID_DOC_EXTRACTION("id-doc-extraction", "ID Doc Extraction"),

        /**
         * Details seen only in the examples
         *
         * <p>Note: Not a section of the page: these details appear only in the example JSON of
         * its "Examples" section ("The below shows an example structure for the whole error
         * object."), with no description. failureTypes is the failure_type of the same example
         * object; the example's reason_code is recorded in notes, not as reasonCodes, since
         * the page does not associate it with the detail.
         */
        EXAMPLE_ONLY("example-only", "Details seen only in the examples");

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
     * The provider of the check (column "Provider" of the ID Check table).
     */
    @CodebookGenerated("yoti-failure-detail")
    public enum Provider implements AttributeValue {
        /**
         * The third party identity check.
         *
         * <p>Written by the vendor as <code>Third party identity</code>.
         */
        THIRD_PARTY_IDENTITY("Third party identity"),

        /**
         * Synectics.
         *
         * <p>Written by the vendor as <code>Synectics</code>.
         */
        SYNECTICS("Synectics"),

        /**
         * The CRA check (the CRA row of ERROR_WHEN_PERFORMING_CHECK names the TransUnion
         * server).
         *
         * <p>Written by the vendor as <code>CRA</code>.
         */
        CRA("CRA");

        private static final Map<String, Provider> BY_VALUE = Map.ofEntries(
            Map.entry("Third party identity", THIRD_PARTY_IDENTITY),
            Map.entry("Synectics", SYNECTICS),
            Map.entry("CRA", CRA));

        private final String value;

        Provider(String value) {
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
        public static Optional<Provider> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }

    /**
     * One of the rows the vendor's document prints for a code it lists more than once with
     * different facts.
     */
    @CodebookGenerated("yoti-failure-detail")
    public static final class Variant {
        private final String description;

        private final String when;

        private final Provider provider;

        private final List<YotiReasonCode> reasonCodes;

        Variant(String description, String when, Provider provider,
                List<YotiReasonCode> reasonCodes) {
            this.description = description;
            this.when = when;
            this.provider = provider;
            this.reasonCodes = reasonCodes;
        }

        /**
         * This row's description, verbatim.
         */
        public Optional<String> description() {
            return Optional.ofNullable(description);
        }

        /**
         * The condition the vendor states for this row, verbatim.
         */
        public Optional<String> when() {
            return Optional.ofNullable(when);
        }

        /**
         * The provider of the check (column "Provider" of the ID Check table).
         *
         * <p>Empty where the vendor documents no value for the code.
         */
        public Optional<Provider> provider() {
            return Optional.ofNullable(provider);
        }

        /**
         * The reason code(s) the ID Check table gives for the detail (column "Reason code").
         */
        public List<YotiReasonCode> reasonCodes() {
            return reasonCodes;
        }
    }
}
