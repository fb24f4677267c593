package golden.shipped;

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
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Yoti: Error responses - failure types, one constant per documented code.
 *
 * <p>The requirements not met details structure is a list of objects which contains information to
 * supplement the overall returned reason code. This surfaces information around the specific check,
 * or multiple checks, which may have led to the failure.
 *
 * <p>Transcribed from <code>003_12adf195554519ad.txt</code> by the catalog spec
 * <code>yoti-failure-type</code>.
 *
 * <p>Note: The codes are the values of failure_type in each object of
 * identity_profile.failure_reason.requirements_not_met_details (see the page's example JSON).
 *
 * <p>Note: The following fields are returned per each object in the structure: - `failure_type` -
 * `document_type` - `document_country_iso_code` - `audit_id` - `details`
 *
 * <p>Note: Documents where an end user has select that they are unable to provide it, or do not
 * have it, will not appear in the failure details, therefore it is possible to have an aborted
 * session with no failure details (for example mandatory document not provide without any attempt
 * by the user).
 *
 * <p>Note: The previous note is printed after an "Info" badge. Kept verbatim: "has select" (for
 * "has selected"), "unable to provide it" (for plural "Documents"), "mandatory document not
 * provide" (for "not provided").
 *
 * <p>Note: The table has the columns "Failure Type" and "Associated Reason Code(s)"; the reason
 * codes of the second column are transcribed as the attribute reasonCodes, the other text of that
 * cell as notes. The table has no description column.
 *
 * <p>Note: The values of the details field that come with a failure type are the catalog
 * yoti-failure-detail (tables "ID Check" for IDENTITY_CHECK and "ID Doc Extraction" for
 * ID_DOCUMENT_EXTRACTION).
 *
 * <p>Note: Rows as printed: 8; distinct codes: 8.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog yoti-failure-type"
)
@CodebookGenerated("yoti-failure-type")
public enum YotiFailureType implements MappedCode, LocalizedCode {
    /**
     * The vendor documents no description for this code.
     * <p>reasonCodes {@link YotiReasonCode#MANDATORY_DOCUMENT_NOT_PROVIDED}; canonicalReason
     * {@link CanonicalReason#DATA_NOT_READABLE}.
     */
    ID_DOCUMENT_EXTRACTION,

    /**
     * The vendor documents no description for this code.
     * <p>reasonCodes {@link YotiReasonCode#UNABLE_TO_VALIDATE_DOCUMENT},
     * {@link YotiReasonCode#MISSING_FRAUD_LIST_CHECK}, {@link YotiReasonCode#FRAUD_DETECTED};
     * canonicalReason {@link CanonicalReason#DOCUMENT_FORGERY}.
     *
     * <p>Note: The failure reason details will be populated with the check report recommendation.
     * The list can be found [here](/identity-verification/document-report)
     *
     * <p>Note: In the page's first example this failure type comes with details OBJECT_OBSTRUCTION
     * (document_type PASSPORT, document_country_iso_code GBR) under reason_code
     * UNABLE_TO_VALIDATE_DOCUMENT and result ABORTED.
     *
     * <p>Note: Kept at DOCUMENT_FORGERY, knowing it also comes with capture errors and technical
     * failures: failure types are informational in a response (the reason code and the failure
     * details decide), so the mapping only counts in analytics, where the details say which it was.
     */
    ID_DOCUMENT_AUTHENTICITY,

    /**
     * The vendor documents no description for this code.
     * <p>reasonCodes {@link YotiReasonCode#MANDATORY_DOCUMENT_NOT_PROVIDED}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    ID_DOCUMENT_COUNTRY,

    /**
     * The vendor documents no description for this code.
     * <p>reasonCodes {@link YotiReasonCode#FACE_MATCH_VERIFICATION_FAILED},
     * {@link YotiReasonCode#FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED},
     * {@link YotiReasonCode#FRAUD_DETECTED}; canonicalReason
     * {@link CanonicalReason#FACE_MISMATCH}.
     *
     * <p>Note: The failure reason details will be populated with the check report recommendation.
     * The list can be found [here](/identity-verification/face-match-report)
     *
     * <p>Note: The cell spells the second reason code
     * FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED; the Aborted table and the priority list
     * spell it FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED. Kept as printed; it resolves as an
     * alias of that code in yoti-reason.
     *
     * <p>Note: In the page's first example this failure type comes with details PARTIAL_PHOTO
     * (document_type PASSPORT, document_country_iso_code GBR) under reason_code
     * UNABLE_TO_VALIDATE_DOCUMENT and result ABORTED; UNABLE_TO_VALIDATE_DOCUMENT is not among the
     * reason codes this row associates with ID_DOCUMENT_FACE_MATCH.
     */
    ID_DOCUMENT_FACE_MATCH,

    /**
     * The vendor documents no description for this code.
     * <p>canonicalReason {@link CanonicalReason#ADDRESS_NOT_VERIFIED}.
     *
     * <p>Note: See ID Check table below
     *
     * <p>Note: The ID Check table's introduction names only the failure type `IDENTITY_CHECK`; the
     * page does not say which of its rows come with ID_DOCUMENT_ADDRESS_VERIFICATION.
     */
    ID_DOCUMENT_ADDRESS_VERIFICATION,

    /**
     * The vendor documents no description for this code.
     * <p>canonicalReason {@link CanonicalReason#IDENTITY_CHECK_INCOMPLETE}.
     *
     * <p>Note: See ID Check table below
     */
    IDENTITY_CHECK,

    /**
     * The vendor documents no description for this code.
     * <p>reasonCodes {@link YotiReasonCode#MISSING_LIVENESS}; canonicalReason
     * {@link CanonicalReason#LIVENESS_NOT_PERFORMED}.
     *
     * <p>Note: In the page's second example this failure type comes with details
     * USER_FAILED_LIVENESS (empty document_type and document_country_iso_code) under reason_code
     * MISSING_LIVENESS and result ABORTED.
     */
    LIVENESS,

    /**
     * The vendor documents no description for this code.
     * <p>reasonCodes {@link YotiReasonCode#MANDATORY_DOCUMENT_NOT_PROVIDED}; canonicalReason
     * {@link CanonicalReason#CROSS_DOCUMENT_MISMATCH}.
     *
     * <p>Note: Documentary evidence may be 'unlinked' if either the name, dob, or both do not match
     * to additional document evidence in the requested scheme.
     *
     * <p>Note: Mapped to CROSS_DOCUMENT_MISMATCH: two different documents disagree on name or date
     * of birth (a name change is the common honest case); retaking one document cannot fix it.
     */
    UNLINKED_DOCUMENT_EVIDENCE;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("yoti-failure-type", "Yoti",
            "Error responses - failure types", "003_12adf195554519ad.txt");

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<YotiFailureType> fromCode(String code) {
        return YotiFailureTypeTable.lookup("YotiFailureType.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<YotiFailureType> known = fromCode(code);
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
     * The reason codes the table associates with the failure type (column "Associated
     * Reason Code(s)").
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
     * What to tell the end user about this code, in {@code locale}, else its language,
     * else English (never the JVM's default locale); written for end users in en, ru, kk,
     * ko. Never throws.
     */
    @Override
    public String userText(Locale locale) {
        return LocalizedTexts.lookup(YotiFailureType.class, YotiFailureTypeTable.TEXTS, locale,
                name(), vendorText());
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<YotiFailureType> replacement() {
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
            case ID_DOCUMENT_EXTRACTION -> cases.idDocumentExtraction();
            case ID_DOCUMENT_AUTHENTICITY -> cases.idDocumentAuthenticity();
            case ID_DOCUMENT_COUNTRY -> cases.idDocumentCountry();
            case ID_DOCUMENT_FACE_MATCH -> cases.idDocumentFaceMatch();
            case ID_DOCUMENT_ADDRESS_VERIFICATION -> cases.idDocumentAddressVerification();
            case IDENTITY_CHECK -> cases.identityCheck();
            case LIVENESS -> cases.liveness();
            case UNLINKED_DOCUMENT_EVIDENCE -> cases.unlinkedDocumentEvidence();
        };
    }

    private YotiFailureTypeTable.Row row() {
        return YotiFailureTypeTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link YotiFailureType}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link YotiFailureType#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("yoti-failure-type")
    public interface Cases<R> {
        R idDocumentExtraction();

        R idDocumentAuthenticity();

        R idDocumentCountry();

        R idDocumentFaceMatch();

        R idDocumentAddressVerification();

        R identityCheck();

        R liveness();

        R unlinkedDocumentEvidence();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of Yoti's document, in the document's order. A {@code switch} over them
     * that misses one does not compile.
     */
    @CodebookGenerated("yoti-failure-type")
    public enum Group implements CatalogGroup {
        /**
         * Requirements not met details
         */
        REQUIREMENTS_NOT_MET_DETAILS("requirements-not-met-details",
                "Requirements not met details");

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
