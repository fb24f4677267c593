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
 * The vendor's rows of {@link YotiFailureType}, one per code in the document's order,
 * and the lookup from wire values to codes. Package-private: its codes' accessors and
 * lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog yoti-failure-type"
)
@CodebookGenerated("yoti-failure-type")
final class YotiFailureTypeTable {
    /**
     * Where the end-user text bundles are: {@code golden/shipped/YotiFailureType_<locale>.properties}.
     */
    static final String TEXTS = "golden/shipped/YotiFailureType";

    /**
     * Row {@code i} holds the facts of {@code YotiFailureType.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<YotiFailureType>> INDEX = index();

    private YotiFailureTypeTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<YotiFailureType> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<YotiFailureType> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<YotiFailureType> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("yoti-failure-type", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<YotiFailureType>> index() {
        Map<String, Optional<YotiFailureType>> index = new HashMap<>();
        YotiFailureType[] codes = YotiFailureType.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(row.code(), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("ID_DOCUMENT_EXTRACTION", YotiFailureType.Group.REQUIREMENTS_NOT_MET_DETAILS,
                    null, List.of(), List.of(YotiReasonCode.MANDATORY_DOCUMENT_NOT_PROVIDED),
                    CanonicalReason.DATA_NOT_READABLE),
            new Row("ID_DOCUMENT_AUTHENTICITY", YotiFailureType.Group.REQUIREMENTS_NOT_MET_DETAILS,
                    null, List.of(), List.of(YotiReasonCode.UNABLE_TO_VALIDATE_DOCUMENT,
                    YotiReasonCode.MISSING_FRAUD_LIST_CHECK, YotiReasonCode.FRAUD_DETECTED),
                    CanonicalReason.DOCUMENT_FORGERY),
            new Row("ID_DOCUMENT_COUNTRY", YotiFailureType.Group.REQUIREMENTS_NOT_MET_DETAILS, null,
                    List.of(), List.of(YotiReasonCode.MANDATORY_DOCUMENT_NOT_PROVIDED),
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED),
            new Row("ID_DOCUMENT_FACE_MATCH", YotiFailureType.Group.REQUIREMENTS_NOT_MET_DETAILS,
                    null, List.of(), List.of(YotiReasonCode.FACE_MATCH_VERIFICATION_FAILED,
                    YotiReasonCode.FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED,
                    YotiReasonCode.FRAUD_DETECTED), CanonicalReason.FACE_MISMATCH),
            new Row("ID_DOCUMENT_ADDRESS_VERIFICATION",
                    YotiFailureType.Group.REQUIREMENTS_NOT_MET_DETAILS, null, List.of(), List.of(),
                    CanonicalReason.ADDRESS_NOT_VERIFIED),
            new Row("IDENTITY_CHECK", YotiFailureType.Group.REQUIREMENTS_NOT_MET_DETAILS, null,
                    List.of(), List.of(), CanonicalReason.IDENTITY_CHECK_INCOMPLETE),
            new Row("LIVENESS", YotiFailureType.Group.REQUIREMENTS_NOT_MET_DETAILS, null, List.of(),
                    List.of(YotiReasonCode.MISSING_LIVENESS),
                    CanonicalReason.LIVENESS_NOT_PERFORMED),
            new Row("UNLINKED_DOCUMENT_EVIDENCE",
                    YotiFailureType.Group.REQUIREMENTS_NOT_MET_DETAILS, null, List.of(),
                    List.of(YotiReasonCode.MANDATORY_DOCUMENT_NOT_PROVIDED),
                    CanonicalReason.CROSS_DOCUMENT_MISMATCH),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("yoti-failure-type")
    record Row(String code, YotiFailureType.Group group, String description,
            List<VendorMessage> messages, List<YotiReasonCode> reasonCodes,
            CanonicalReason canonicalReason) {
    }
}
