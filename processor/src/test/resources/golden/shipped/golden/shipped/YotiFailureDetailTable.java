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
 * The vendor's rows of {@link YotiFailureDetail}, one per code in the document's
 * order, and the lookup from wire values to codes. Package-private: its codes'
 * accessors and lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog yoti-failure-detail"
)
@CodebookGenerated("yoti-failure-detail")
final class YotiFailureDetailTable {
    /**
     * Where the end-user text bundles are: {@code golden/shipped/YotiFailureDetail_<locale>.properties}.
     */
    static final String TEXTS = "golden/shipped/YotiFailureDetail";

    /**
     * Row {@code i} holds the facts of {@code YotiFailureDetail.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<YotiFailureDetail>> INDEX = index();

    private YotiFailureDetailTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<YotiFailureDetail> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<YotiFailureDetail> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<YotiFailureDetail> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("yoti-failure-detail", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<YotiFailureDetail>> index() {
        Map<String, Optional<YotiFailureDetail>> index = new HashMap<>();
        YotiFailureDetail[] codes = YotiFailureDetail.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(row.code(), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("ERROR_WHEN_PERFORMING_CHECK", YotiFailureDetail.Group.ID_CHECK, null,
                    List.of(), List.of(YotiFailureType.IDENTITY_CHECK), null,
                    List.of(YotiReasonCode.UNABLE_TO_COMPLETE_CHECKS),
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE,
                    List.of(new YotiFailureDetail.Variant(
                    "Something went wrong when calling the third party identity check server", null,
                    YotiFailureDetail.Provider.THIRD_PARTY_IDENTITY, List.of()),
                    new YotiFailureDetail.Variant(
                    "Something when wrong when calling the TransUnion server", null,
                    YotiFailureDetail.Provider.CRA, List.of()))),
            new Row("SUSPECTED_FRAUD", YotiFailureDetail.Group.ID_CHECK,
                    "The third party identity check returns a suspected "
                    + "fraudulent check on the provided identity details", List.of(),
                    List.of(YotiFailureType.IDENTITY_CHECK),
                    YotiFailureDetail.Provider.THIRD_PARTY_IDENTITY,
                    List.of(YotiReasonCode.FRAUD_DETECTED), CanonicalReason.FRAUD_SUSPECTED,
                    List.of()),
            new Row("SYNECTICS_INDICATED_FRAUD", YotiFailureDetail.Group.ID_CHECK,
                    "Synectics scored user 0 in identity fraud", List.of(),
                    List.of(YotiFailureType.IDENTITY_CHECK), YotiFailureDetail.Provider.SYNECTICS,
                    List.of(YotiReasonCode.FRAUD_DETECTED), CanonicalReason.FRAUD_SUSPECTED,
                    List.of()),
            new Row("FAILED_TO_REACH_REQUIRED_IDENTITY_FRAUD_SCORE_2",
                    YotiFailureDetail.Group.ID_CHECK,
                    "When attempting H2A, we failed to obtain an identity fraud score of at least 2",
                    List.of(), List.of(YotiFailureType.IDENTITY_CHECK),
                    YotiFailureDetail.Provider.SYNECTICS,
                    List.of(YotiReasonCode.IDENTITY_FRAUD_SCORE_INSUFFICIENT,
                    YotiReasonCode.IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT),
                    CanonicalReason.IDENTITY_CHECK_INCOMPLETE, List.of()),
            new Row("FAILED_TO_REACH_REQUIRED_ACTIVITY_HISTORY_SCORE_3",
                    YotiFailureDetail.Group.ID_CHECK,
                    "When attempting H2A, we failed to obtain an activity history score of at least 3",
                    List.of(), List.of(YotiFailureType.IDENTITY_CHECK),
                    YotiFailureDetail.Provider.SYNECTICS,
                    List.of(YotiReasonCode.IDENTITY_FRAUD_SCORE_INSUFFICIENT,
                    YotiReasonCode.IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT),
                    CanonicalReason.IDENTITY_CHECK_INCOMPLETE, List.of()),
            new Row("PEP_WARNING", YotiFailureDetail.Group.ID_CHECK,
                    "CRA check flagged the user as PEP or the check was not performed "
                    + "(i.e. the user's current address is claimed to be outside of the "
                    + "UK). If flagged as PEP, additional verification checks failed.", List.of(),
                    List.of(YotiFailureType.IDENTITY_CHECK), YotiFailureDetail.Provider.CRA,
                    List.of(YotiReasonCode.IDENTITY_CHECK_FAILED), CanonicalReason.AML_PEP,
                    List.of()),
            new Row("DECEASED_WARNING", YotiFailureDetail.Group.ID_CHECK,
                    "CRA check flagged the user as deceased  or the check was not performed "
                    + "(i.e. the user's current address is claimed to be outside of the UK)",
                    List.of(), List.of(YotiFailureType.IDENTITY_CHECK),
                    YotiFailureDetail.Provider.CRA, List.of(YotiReasonCode.IDENTITY_CHECK_FAILED),
                    CanonicalReason.FRAUD_SUSPECTED, List.of()),
            new Row("UNABLE_TO_VERIFY_ADDRESS", YotiFailureDetail.Group.ID_CHECK, null, List.of(),
                    List.of(YotiFailureType.IDENTITY_CHECK), YotiFailureDetail.Provider.CRA,
                    List.of(), CanonicalReason.ADDRESS_NOT_VERIFIED,
                    List.of(new YotiFailureDetail.Variant(
                    "For DBS basic: When the address could not be verified", "For DBS basic", null,
                    List.of()), new YotiFailureDetail.Variant(
                    "For DBS standard/enhanced: When the address could not be verified",
                    "For DBS standard/enhanced", null,
                    List.of(YotiReasonCode.IDENTITY_CHECK_FAILED)))),
            new Row("UNABLE_TO_VERIFY_IDENTITY", YotiFailureDetail.Group.ID_CHECK,
                    "When the CRA check failed to find a match for the name or DOB", List.of(),
                    List.of(YotiFailureType.IDENTITY_CHECK), YotiFailureDetail.Provider.CRA,
                    List.of(YotiReasonCode.IDENTITY_CHECK_FAILED),
                    CanonicalReason.REGISTRY_NO_MATCH, List.of()),
            new Row("POOR_FOCUS", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "The image is too blurry to read the document details", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.IMAGE_QUALITY_POOR, List.of()),
            new Row("POOR_LIGHT", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "The provided document image was not taken in adequate light", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.IMAGE_QUALITY_POOR, List.of()),
            new Row("TOO_LIGHT", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "The provided document image has too much light or glare", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.IMAGE_QUALITY_POOR, List.of()),
            new Row("POOR_DOC", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "The image is too blurry to read the document details", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.IMAGE_QUALITY_POOR, List.of()),
            new Row("PARTIAL_SIDE_DOC", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "Parts of the document are missing from the image (i.e. missing side)",
                    List.of(), List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.DOCUMENT_SIDE_MISSING, List.of()),
            new Row("PARTIAL_PHOTO", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "Parts of the document side are missing from the image", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.IMAGE_QUALITY_POOR, List.of()),
            new Row("DOCUMENT_COPY", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "The document has not been presented in its original form", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.DOCUMENT_RECAPTURED, List.of()),
            new Row("BLACK_AND_WHITE_IMAGE", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "The document image provided is not in colour", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.DOCUMENT_RECAPTURED, List.of()),
            new Row("NO_DOCUMENT", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "We could not detect a document in the captured image", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.DOCUMENT_NOT_DETECTED, List.of()),
            new Row("TEMPLATE", YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "All parts of the document template could not be detected", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.DOCUMENT_NOT_RECOGNIZED, List.of()),
            new Row("USER_DOES_NOT_HAVE_REQUESTED_DOCUMENTS",
                    YotiFailureDetail.Group.ID_DOC_EXTRACTION,
                    "If the user did not provide all, or any of the documents "
                    + "required for the scheme, and there is no other failure reason", List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_EXTRACTION), null, List.of(),
                    CanonicalReason.DOCUMENTS_NOT_PROVIDED, List.of()),
            new Row("OBJECT_OBSTRUCTION", YotiFailureDetail.Group.EXAMPLE_ONLY, null, List.of(),
                    List.of(YotiFailureType.ID_DOCUMENT_AUTHENTICITY), null, List.of(),
                    CanonicalReason.IMAGE_QUALITY_POOR, List.of()),
            new Row("USER_FAILED_LIVENESS", YotiFailureDetail.Group.EXAMPLE_ONLY, null, List.of(),
                    List.of(YotiFailureType.LIVENESS), null, List.of(),
                    CanonicalReason.LIVENESS_FAILED, List.of()),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("yoti-failure-detail")
    record Row(String code, YotiFailureDetail.Group group, String description,
            List<VendorMessage> messages, List<YotiFailureType> failureTypes,
            YotiFailureDetail.Provider provider, List<YotiReasonCode> reasonCodes,
            CanonicalReason canonicalReason, List<YotiFailureDetail.Variant> variants) {
    }
}
