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
 * The vendor's rows of {@link YotiReasonCode}, one per code in the document's order,
 * and the lookup from wire values to codes. Package-private: its codes' accessors and
 * lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog yoti-reason"
)
@CodebookGenerated("yoti-reason")
final class YotiReasonCodeTable {
    /**
     * Where the end-user text bundles are: {@code golden/shipped/YotiReasonCode_<locale>.properties}.
     */
    static final String TEXTS = "golden/shipped/YotiReasonCode";

    /**
     * Row {@code i} holds the facts of {@code YotiReasonCode.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<YotiReasonCode>> INDEX = index();

    private YotiReasonCodeTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<YotiReasonCode> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<YotiReasonCode> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<YotiReasonCode> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("yoti-reason", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<YotiReasonCode>> index() {
        Map<String, Optional<YotiReasonCode>> index = new HashMap<>();
        YotiReasonCode[] codes = YotiReasonCode.values();
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
            new Row("MANDATORY_DOCUMENT_NOT_PROVIDED", YotiReasonCode.Group.REQUIREMENTS_NOT_MET,
                    "The user does not have sufficient documents to "
                    + "reach the target level of identity verification.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED,
                    YotiReasonCode.ReturnedAs.REQUIREMENTS_NOT_MET),
                    List.of(YotiReasonCode.IntegrationTypes.DIGITAL_ID,
                    YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.DOCUMENTS_NOT_PROVIDED, List.of(), 4),
            new Row("LEVEL_OF_ASSURANCE_NOT_SUFFICIENT", YotiReasonCode.Group.REQUIREMENTS_NOT_MET,
                    "Level of assurance for the scheme has not been reached. "
                    + "This is specific to combination routes and would occur "
                    + "if the identity has reached a Medium LoC, but not a High "
                    + "if requesting a Standard or Enhanced identity check.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.REQUIREMENTS_NOT_MET),
                    List.of(YotiReasonCode.IntegrationTypes.DIGITAL_ID,
                    YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.IDENTITY_CHECK_INCOMPLETE, List.of(), 6),
            new Row("UNABLE_TO_VERIFY_ADDRESS", YotiReasonCode.Group.REQUIREMENTS_NOT_MET,
                    "Identity profile has been generated but candidates address was not verified.",
                    List.of(), List.of(YotiReasonCode.ReturnedAs.REQUIREMENTS_NOT_MET),
                    List.of(YotiReasonCode.IntegrationTypes.DIGITAL_ID,
                    YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.ADDRESS_NOT_VERIFIED, List.of(), 7),
            new Row("FRAUD_DETECTED", YotiReasonCode.Group.ABORTED,
                    "Suspected fraud for the given identity therefore unable to "
                    + "reach the required identity profile. This should be reviewed.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.DIGITAL_ID,
                    YotiReasonCode.IntegrationTypes.EMBEDDED_IDV), CanonicalReason.FRAUD_SUSPECTED,
                    List.of(), 0),
            new Row("UNABLE_TO_VALIDATE_DOCUMENT", YotiReasonCode.Group.ABORTED,
                    "We have not been able to successfully validate a required document "
                    + "(for reasons other than suspected fraud, e.g. capture error)", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.DIGITAL_ID,
                    YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.DOCUMENT_NOT_RECOGNIZED, List.of(), 1),
            new Row("MISSING_LIVENESS", YotiReasonCode.Group.ABORTED,
                    "Returned if the session does not have a passed liveness check.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.LIVENESS_NOT_PERFORMED, List.of(), 10),
            new Row("IDENTITY_CHECK_FAILED", YotiReasonCode.Group.ABORTED,
                    "Additional checks on a user’s identity, required to meet "
                    + "the level of confidence, have not been successful.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.DIGITAL_ID,
                    YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.REGISTRY_NO_MATCH, List.of(), 11),
            new Row("UNABLE_TO_COMPLETE_CHECKS", YotiReasonCode.Group.ABORTED,
                    "Required checks could not be completed.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.DIGITAL_ID,
                    YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, List.of(), 12),
            new Row("COULD_NOT_VERIFY_ADDRESS", YotiReasonCode.Group.ABORTED,
                    "Could occur if the address was not verified for any "
                    + "reason _after_ the applicant leaves the session.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.ADDRESS_NOT_VERIFIED, List.of(), 13),
            new Row("FACE_MATCH_VERIFICATION_FAILED", YotiReasonCode.Group.ABORTED,
                    "The face match check could not be performed.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.DIGITAL_ID,
                    YotiReasonCode.IntegrationTypes.EMBEDDED_IDV), CanonicalReason.FACE_MISMATCH,
                    List.of(), 3),
            new Row("FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED", YotiReasonCode.Group.ABORTED,
                    "In some circumstances, a higher level of confidence in the "
                    + "face match is required, such as if the presented identity "
                    + "is at higher risk of identity fraud. This reason code is "
                    + "returned if such a higher threshold could not be met.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.DIGITAL_ID,
                    YotiReasonCode.IntegrationTypes.EMBEDDED_IDV), CanonicalReason.FACE_MISMATCH,
                    List.of("FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED"), 2),
            new Row("ACTIVITY_HISTORY_SCORE_INSUFFICIENT", YotiReasonCode.Group.ABORTED,
                    "The profile has not reached the required activity "
                    + "history score for the specified scheme.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.IDENTITY_CHECK_INCOMPLETE, List.of(), 16),
            new Row("IDENTITY_FRAUD_SCORE_INSUFFICIENT", YotiReasonCode.Group.ABORTED,
                    "The profile has not reached the identity fraud score for the specified scheme.",
                    List.of(), List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.IDENTITY_CHECK_INCOMPLETE, List.of(), 17),
            new Row("IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT",
                    YotiReasonCode.Group.ABORTED,
                    "The profile has not reached both the identity fraud "
                    + "activity history scores for the specified scheme.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.IDENTITY_CHECK_INCOMPLETE, List.of(), 18),
            new Row("MISSING_FRAUD_LIST_CHECK", YotiReasonCode.Group.ABORTED,
                    "This error can arise if a technical problem occurs "
                    + "while checking the identity against a fraud list.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, List.of(), 19),
            new Row("ABANDONED", YotiReasonCode.Group.ABORTED,
                    "Expired sessions will eventually be set to ABANDONED, "
                    + "there is approximately a two hour delay between "
                    + "this aborted reason appearing from expiry.", List.of(),
                    List.of(YotiReasonCode.ReturnedAs.ABORTED),
                    List.of(YotiReasonCode.IntegrationTypes.EMBEDDED_IDV),
                    CanonicalReason.SESSION_EXPIRED, List.of(), 20),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("yoti-reason")
    record Row(String code, YotiReasonCode.Group group, String description,
            List<VendorMessage> messages, List<YotiReasonCode.ReturnedAs> returnedAs,
            List<YotiReasonCode.IntegrationTypes> integrationTypes, CanonicalReason canonicalReason,
            List<String> aliases, int priorityRank) {
    }

    /**
     * The {@link YotiOutcome.AbortedCode} of each catalog code it stands for.
     */
    @CodebookGenerated("yoti-reason")
    static final class AbortedIndex {
        static final Map<YotiReasonCode, YotiOutcome.AbortedCode> BY_CODE = index();

        private AbortedIndex() {
        }

        private static Map<YotiReasonCode, YotiOutcome.AbortedCode> index() {
            Map<YotiReasonCode, YotiOutcome.AbortedCode> index = new HashMap<>();
            for (YotiOutcome.AbortedCode code : YotiOutcome.AbortedCode.values()) {
                index.put(code.asYotiReasonCode(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }

    /**
     * The {@link YotiOutcome.RequirementsNotMetCode} of each catalog code it stands for.
     */
    @CodebookGenerated("yoti-reason")
    static final class RequirementsNotMetIndex {
        static final Map<YotiReasonCode, YotiOutcome.RequirementsNotMetCode> BY_CODE = index();

        private RequirementsNotMetIndex() {
        }

        private static Map<YotiReasonCode, YotiOutcome.RequirementsNotMetCode> index() {
            Map<YotiReasonCode, YotiOutcome.RequirementsNotMetCode> index = new HashMap<>();
            for (YotiOutcome.RequirementsNotMetCode code :
                    YotiOutcome.RequirementsNotMetCode.values()) {
                index.put(code.asYotiReasonCode(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }
}
