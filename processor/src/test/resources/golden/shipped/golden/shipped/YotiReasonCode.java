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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Yoti: Error responses - reason codes, one constant per documented code.
 *
 * <p>The identity verification process will attempt to exhaust all available options with a user
 * before eventually terminating the verification process. This will happen as early as possible, if
 * there's a strong evidence suggesting that the user will not achieve the relevant identity
 * checking requirements for the requested scheme. In the event that a combination scheme is
 * requested (DBS &amp; RTW), the identity verification flow will continue as long as one scheme
 * could still be met. Failures may include: - 'Aborted' identity checks: Aborted identity checks
 * are the result of a complete 'dead end' in the journey, meaning an identity profile will not be
 * returned - Requirements not met: Occurs when an identity profile _can_ be returned, however
 * scheme compliance couldn't be met - Requirements not met details: Additional information around
 * the failure, explaining which checks were involved, and why they may have failed When a journey
 * is aborted, either entirely or due to not reaching scheme compliance, a reason code will be
 * returned to explain the failure. These tables list the reason codes, a description of why they
 * may occur, and the integration type in which they may be returned. Since some failures can be
 * triggered for multiple reasons, there is a priority for which overall reason code will be used.
 * Details of all failed checks would be available in the failure details.
 *
 * <p>Transcribed from <code>003_12adf195554519ad.txt</code> by the catalog spec
 * <code>yoti-reason</code>.
 *
 * <p>Note: The codes are the values of identity_profile.failure_reason.reason_code (see the page's
 * example JSON).
 *
 * <p>Note: The page's title is "Error responses"; this catalog transcribes its sections "Overview",
 * "Reason Codes", "Requirements not met info" and "Aborted". The "Requirements not met details"
 * table is the catalog yoti-failure-type, the "ID Check" and "ID Doc Extraction" tables are the
 * catalog yoti-failure-detail.
 *
 * <p>Note: Texts keep the page's Markdown markup as printed (backticks, _emphasis_).
 *
 * <p>Note: When Right to Work is solely requested for a check. The result will only be
 * `requirements_met`: `true`, or `ABORTED`.
 *
 * <p>Note: The previous note is printed after an "Info" badge in the Overview section.
 *
 * <p>Note: A DBS only scheme may return `requirements_met`: `false`, in the event the candidate
 * identity was verified, but the current address could not be verified. In this scenario scheme
 * compliance has not been reached, as DBS scheme compliance is made up of Identity &amp; Verified
 * Current Address.
 *
 * <p>Note: For combination scenarios (DBS &amp; RTW), an individual result is returned for each
 * scheme. However it's important to note that: - `ABORTED` will be returned when the identity
 * verification fails for both DBS &amp; RTW. In this case a reason code is shared for the failure -
 * Passing one scheme does not guarantee a pass in both. For example a user may complete the DBS
 * scheme but not meet the RTW requirements if a UK or Irish Passport/Passport Card was not used in
 * the journey. For such reason, RTW can return requirements not met and a reason code in the combo
 * journey, even if the identity was verified, as opposed to fully aborting the check. - It is
 * entirely possible to receive an identity profile report but have a `requirements_met`: `false`
 * for each scheme.
 *
 * <p>Note: Both tables have the columns "Reason", "Description", "Digital ID" and "Embedded IDV";
 * the ✅/❌ marks of the last two are transcribed as the attribute integrationTypes.
 *
 * <p>Note: returnedAs is read from the table a code is printed in and from its footnote: "*This may
 * be returned as an aborted reason, or a requirements not met reason." gives both values, "*This
 * will only be returned as a requirements not met reason." gives requirements not met only, and a
 * row of the Aborted table without a footnote gives aborted.
 *
 * <p>Note: MANDATORY_DOCUMENT_NOT_PROVIDED is printed in both tables with the same description,
 * footnote and integration types; it is one code, kept in the group where it is printed first
 * (Requirements not met info).
 *
 * <p>Note: The page writes one reason code two ways:
 * FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED (Aborted table and priority list) and
 * FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED (Requirements not met details table). The first
 * is the code, the second an alias.
 *
 * <p>Note: Rows as printed: 17 (Requirements not met info 3, Aborted 14); distinct codes: 16.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog yoti-reason"
)
@CodebookGenerated("yoti-reason")
public enum YotiReasonCode implements MappedCode, LocalizedCode {
    /**
     * The user does not have sufficient documents to reach the target level of identity
     * verification.
     * <p>returnedAs {@link ReturnedAs#ABORTED}, {@link ReturnedAs#REQUIREMENTS_NOT_MET};
     * integrationTypes {@link IntegrationTypes#DIGITAL_ID}, {@link IntegrationTypes#EMBEDDED_IDV};
     * canonicalReason {@link CanonicalReason#DOCUMENTS_NOT_PROVIDED}.
     *
     * <p>Note: *This may be returned as an aborted reason, or a requirements not met reason.
     *
     * <p>Note: The Aborted table prints this code again (first row), with the same description,
     * footnote and integration types (✅ Digital ID, ✅ Embedded IDV).
     *
     * <p>Note: Fifth (last) in the priority list.
     */
    MANDATORY_DOCUMENT_NOT_PROVIDED,

    /**
     * Level of assurance for the scheme has not been reached. This is specific to combination
     * routes and would occur if the identity has reached a Medium LoC, but not a High if requesting
     * a Standard or Enhanced identity check.
     * <p>returnedAs {@link ReturnedAs#REQUIREMENTS_NOT_MET}; integrationTypes
     * {@link IntegrationTypes#DIGITAL_ID}, {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#IDENTITY_CHECK_INCOMPLETE}.
     *
     * <p>Note: *This will only be returned as a requirements not met reason.
     */
    LEVEL_OF_ASSURANCE_NOT_SUFFICIENT,

    /**
     * Identity profile has been generated but candidates address was not verified.
     * <p>returnedAs {@link ReturnedAs#REQUIREMENTS_NOT_MET}; integrationTypes
     * {@link IntegrationTypes#DIGITAL_ID}, {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#ADDRESS_NOT_VERIFIED}.
     *
     * <p>Note: *This will only be returned as a requirements not met reason.
     *
     * <p>Note: Kept verbatim: "candidates address" (missing apostrophe).
     *
     * <p>Note: The same string is also a failure detail code of the ID Check table (catalog
     * yoti-failure-detail).
     */
    UNABLE_TO_VERIFY_ADDRESS,

    /**
     * Suspected fraud for the given identity therefore unable to reach the required identity
     * profile. This should be reviewed.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#DIGITAL_ID}, {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#FRAUD_SUSPECTED}.
     *
     * <p>Note: First in the priority list.
     */
    FRAUD_DETECTED,

    /**
     * We have not been able to successfully validate a required document (for reasons other than
     * suspected fraud, e.g. capture error)
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#DIGITAL_ID}, {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_RECOGNIZED}.
     *
     * <p>Note: Second in the priority list.
     */
    UNABLE_TO_VALIDATE_DOCUMENT,

    /**
     * Returned if the session does not have a passed liveness check.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#LIVENESS_NOT_PERFORMED}.
     */
    MISSING_LIVENESS,

    /**
     * Additional checks on a user’s identity, required to meet the level of confidence, have not
     * been successful.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#DIGITAL_ID}, {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#REGISTRY_NO_MATCH}.
     *
     * <p>Note: Mapped to REGISTRY_NO_MATCH: the additional checks were done and did not succeed;
     * nothing is still pending.
     */
    IDENTITY_CHECK_FAILED,

    /**
     * Required checks could not be completed.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#DIGITAL_ID}, {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     *
     * <p>Note: Mapped to REGISTRY_SERVICE_UNAVAILABLE: its only documented detail is an error of
     * the third-party check's server.
     */
    UNABLE_TO_COMPLETE_CHECKS,

    /**
     * Could occur if the address was not verified for any reason _after_ the applicant leaves the
     * session.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#ADDRESS_NOT_VERIFIED}.
     */
    COULD_NOT_VERIFY_ADDRESS,

    /**
     * The face match check could not be performed.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#DIGITAL_ID}, {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#FACE_MISMATCH}.
     *
     * <p>Note: Fourth in the priority list.
     */
    FACE_MATCH_VERIFICATION_FAILED,

    /**
     * In some circumstances, a higher level of confidence in the face match is required, such as if
     * the presented identity is at higher risk of identity fraud. This reason code is returned if
     * such a higher threshold could not be met.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#DIGITAL_ID}, {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#FACE_MISMATCH}; also as
     * <code>FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED</code>.
     *
     * <p>Note: Spelled FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED in the Aborted table
     * (printed across a line break after "FACE_MATCH_HIGHER_THRESHOLD_") and in the priority list,
     * but FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED in the Requirements not met details table
     * (associated with failure type ID_DOCUMENT_FACE_MATCH). The page does not say which spelling
     * is sent; the second is kept as an alias.
     *
     * <p>Note: Third in the priority list.
     */
    FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED,

    /**
     * The profile has not reached the required activity history score for the specified scheme.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#IDENTITY_CHECK_INCOMPLETE}.
     */
    ACTIVITY_HISTORY_SCORE_INSUFFICIENT,

    /**
     * The profile has not reached the identity fraud score for the specified scheme.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#IDENTITY_CHECK_INCOMPLETE}.
     */
    IDENTITY_FRAUD_SCORE_INSUFFICIENT,

    /**
     * The profile has not reached both the identity fraud activity history scores for the specified
     * scheme.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#IDENTITY_CHECK_INCOMPLETE}.
     *
     * <p>Note: Printed across a line break after "IDENTITY_FRAUD_AND_ACTIVITY_".
     *
     * <p>Note: Kept verbatim: "both the identity fraud activity history scores" (an "and" appears
     * to be missing between "identity fraud" and "activity history").
     */
    IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT,

    /**
     * This error can arise if a technical problem occurs while checking the identity against a
     * fraud list.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     *
     * <p>Note: Mapped to REGISTRY_SERVICE_UNAVAILABLE: Yoti says a technical problem occurred while
     * checking a fraud list.
     */
    MISSING_FRAUD_LIST_CHECK,

    /**
     * Expired sessions will eventually be set to ABANDONED, there is approximately a two hour delay
     * between this aborted reason appearing from expiry.
     * <p>returnedAs {@link ReturnedAs#ABORTED}; integrationTypes
     * {@link IntegrationTypes#EMBEDDED_IDV}; canonicalReason
     * {@link CanonicalReason#SESSION_EXPIRED}.
     */
    ABANDONED;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("yoti-reason", "Yoti",
            "Error responses - reason codes", "003_12adf195554519ad.txt");

    /**
     * Orders codes by the vendor's priority, the winner first.
     */
    public static final Comparator<YotiReasonCode> BY_PRIORITY = Comparator.comparingInt(
            YotiReasonCode::priorityRank);

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<YotiReasonCode> fromCode(String code) {
        return YotiReasonCodeTable.lookup("YotiReasonCode.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<YotiReasonCode> known = fromCode(code);
        return known.isPresent() ? known.get().match(cases) : cases.unknown(code);
    }

    /**
     * The code that wins among {@code codes} by the vendor's priority; empty when there is
     * none ({@code null} and null elements are ignored).
     */
    public static Optional<YotiReasonCode> highestPriority(
            Collection<? extends YotiReasonCode> codes) {
        return codes == null ? Optional.empty()
                : codes.stream().filter(Objects::nonNull).min(BY_PRIORITY)
                .map(YotiReasonCode.class::cast);
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
     * Whether the code may be returned as an aborted reason, as a requirements not met
     * reason, or as either (from the table the code is printed in and its footnote).
     */
    public List<ReturnedAs> returnedAs() {
        return row().returnedAs();
    }

    /**
     * The integration types in which the reason code may be returned: the columns "Digital
     * ID" and "Embedded IDV" of the tables (✅ = may be returned, ❌ = not returned).
     */
    public List<IntegrationTypes> integrationTypes() {
        return row().integrationTypes();
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
        return LocalizedTexts.lookup(YotiReasonCode.class, YotiReasonCodeTable.TEXTS, locale,
                name(), vendorText());
    }

    /**
     * This code's place in the vendor's priority, 0 winning: the codes the vendor orders
     * come first, in its order; every other code after them, in the document's order.
     *
     * <p>Since some failures can be triggered for multiple reasons, there is a priority
     * for which overall reason code will be used. Details of all failed checks would be
     * available in the failure details.
     */
    public int priorityRank() {
        return row().priorityRank();
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<YotiReasonCode> replacement() {
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
            case MANDATORY_DOCUMENT_NOT_PROVIDED -> cases.mandatoryDocumentNotProvided();
            case LEVEL_OF_ASSURANCE_NOT_SUFFICIENT -> cases.levelOfAssuranceNotSufficient();
            case UNABLE_TO_VERIFY_ADDRESS -> cases.unableToVerifyAddress();
            case FRAUD_DETECTED -> cases.fraudDetected();
            case UNABLE_TO_VALIDATE_DOCUMENT -> cases.unableToValidateDocument();
            case MISSING_LIVENESS -> cases.missingLiveness();
            case IDENTITY_CHECK_FAILED -> cases.identityCheckFailed();
            case UNABLE_TO_COMPLETE_CHECKS -> cases.unableToCompleteChecks();
            case COULD_NOT_VERIFY_ADDRESS -> cases.couldNotVerifyAddress();
            case FACE_MATCH_VERIFICATION_FAILED -> cases.faceMatchVerificationFailed();
            case FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED ->
                    cases.faceMatchHigherThresholdVerificationFailed();
            case ACTIVITY_HISTORY_SCORE_INSUFFICIENT -> cases.activityHistoryScoreInsufficient();
            case IDENTITY_FRAUD_SCORE_INSUFFICIENT -> cases.identityFraudScoreInsufficient();
            case IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT ->
                    cases.identityFraudAndActivityHistoryScoresInsufficient();
            case MISSING_FRAUD_LIST_CHECK -> cases.missingFraudListCheck();
            case ABANDONED -> cases.abandoned();
        };
    }

    private YotiReasonCodeTable.Row row() {
        return YotiReasonCodeTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link YotiReasonCode}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link YotiReasonCode#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("yoti-reason")
    public interface Cases<R> {
        R mandatoryDocumentNotProvided();

        R levelOfAssuranceNotSufficient();

        R unableToVerifyAddress();

        R fraudDetected();

        R unableToValidateDocument();

        R missingLiveness();

        R identityCheckFailed();

        R unableToCompleteChecks();

        R couldNotVerifyAddress();

        R faceMatchVerificationFailed();

        R faceMatchHigherThresholdVerificationFailed();

        R activityHistoryScoreInsufficient();

        R identityFraudScoreInsufficient();

        R identityFraudAndActivityHistoryScoresInsufficient();

        R missingFraudListCheck();

        R abandoned();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of Yoti's document, in the document's order. A {@code switch} over them
     * that misses one does not compile.
     */
    @CodebookGenerated("yoti-reason")
    public enum Group implements CatalogGroup {
        /**
         * Requirements not met info
         */
        REQUIREMENTS_NOT_MET("requirements-not-met", "Requirements not met info"),

        /**
         * Aborted
         *
         * <p>Note: The table's first row is MANDATORY_DOCUMENT_NOT_PROVIDED, already printed
         * in the Requirements not met info table; it is transcribed once, in that group.
         */
        ABORTED("aborted", "Aborted");

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
     * Whether the code may be returned as an aborted reason, as a requirements not met
     * reason, or as either (from the table the code is printed in and its footnote).
     */
    @CodebookGenerated("yoti-reason")
    public enum ReturnedAs implements AttributeValue {
        /**
         * Returned as an aborted reason: the journey reached a complete 'dead end' and no
         * identity profile is returned (the identity_profile result is ABORTED).
         *
         * <p>Written by the vendor as <code>aborted</code>.
         */
        ABORTED("aborted"),

        /**
         * Returned as a requirements not met reason: an identity profile can be returned, but
         * scheme compliance couldn't be met (requirements_met is false).
         *
         * <p>Written by the vendor as <code>requirements not met</code>.
         */
        REQUIREMENTS_NOT_MET("requirements not met");

        private static final Map<String, ReturnedAs> BY_VALUE = Map.ofEntries(
            Map.entry("aborted", ABORTED),
            Map.entry("requirements not met", REQUIREMENTS_NOT_MET));

        private final String value;

        ReturnedAs(String value) {
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
        public static Optional<ReturnedAs> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }

    /**
     * The integration types in which the reason code may be returned: the columns "Digital
     * ID" and "Embedded IDV" of the tables (✅ = may be returned, ❌ = not returned).
     */
    @CodebookGenerated("yoti-reason")
    public enum IntegrationTypes implements AttributeValue {
        /**
         * The Digital ID integration (column "Digital ID").
         *
         * <p>Written by the vendor as <code>Digital ID</code>.
         */
        DIGITAL_ID("Digital ID"),

        /**
         * The Embedded IDV integration (column "Embedded IDV").
         *
         * <p>Written by the vendor as <code>Embedded IDV</code>.
         */
        EMBEDDED_IDV("Embedded IDV");

        private static final Map<String, IntegrationTypes> BY_VALUE = Map.ofEntries(
            Map.entry("Digital ID", DIGITAL_ID),
            Map.entry("Embedded IDV", EMBEDDED_IDV));

        private final String value;

        IntegrationTypes(String value) {
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
        public static Optional<IntegrationTypes> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }
}
