package golden.shipped;

import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.WireCode;
import io.codebook.runtime.internal.SentValues;
import io.codebook.runtime.internal.UnknownValueReports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * What a response of Yoti can carry: one record per kind of outcome the catalog spec
 * declares.
 *
 * <p>Build one with the factory of its kind ({@link #aborted}, {@link
 * #requirementsNotMet}), which never throws. A code the catalog does not document is
 * kept as {@link WireCode.Unrecognized}, beside the documented ones; a field value it
 * does not document reads as empty, and every value stays in the record's {@code
 * sent}. Handle every kind with {@link #match(Cases)}, or, on Java 21+, with a {@code
 * switch} over the records; both fail to compile when a kind is added to the spec and
 * not handled.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog yoti-reason"
)
@CodebookGenerated("yoti-reason")
public sealed interface YotiOutcome permits YotiOutcome.Aborted, YotiOutcome.RequirementsNotMet {
    /**
     * An {@link Aborted} from the values the vendor sent. Never throws: a code this kind
     * does not document is kept unrecognized, a field value its type does not document
     * reads as empty, and every value stays in {@code sent}.
     *
     * @param code as sent; {@code null} where the response has none
     * @param failureTypes as sent; {@code null} where the response has none
     * @param details as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static Aborted aborted(String code, List<String> failureTypes, List<String> details) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        if (failureTypes != null) {
            sent.put("failureTypes", failureTypes);
        }
        if (details != null) {
            sent.put("details", details);
        }
        List<WireCode<YotiFailureType>> failureTypesValue = new ArrayList<>();
        if (failureTypes != null) {
            for (String item : failureTypes) {
                if (item != null) {
                    failureTypesValue.add(WireCode.lookup(item, YotiFailureType::fromCode));
                }
            }
        }
        List<WireCode<YotiFailureDetail>> detailsValue = new ArrayList<>();
        if (details != null) {
            for (String item : details) {
                if (item != null) {
                    detailsValue.add(WireCode.lookup(item, YotiFailureDetail::fromCode));
                }
            }
        }
        return new Aborted(wireAborted(code), failureTypesValue, detailsValue, sent);
    }

    /**
     * A {@link RequirementsNotMet} from the values the vendor sent. Never throws: a code
     * this kind does not document is kept unrecognized, a field value its type does not
     * document reads as empty, and every value stays in {@code sent}.
     *
     * @param code as sent; {@code null} where the response has none
     * @param failureTypes as sent; {@code null} where the response has none
     * @param details as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static RequirementsNotMet requirementsNotMet(String code, List<String> failureTypes,
            List<String> details) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        if (failureTypes != null) {
            sent.put("failureTypes", failureTypes);
        }
        if (details != null) {
            sent.put("details", details);
        }
        List<WireCode<YotiFailureType>> failureTypesValue = new ArrayList<>();
        if (failureTypes != null) {
            for (String item : failureTypes) {
                if (item != null) {
                    failureTypesValue.add(WireCode.lookup(item, YotiFailureType::fromCode));
                }
            }
        }
        List<WireCode<YotiFailureDetail>> detailsValue = new ArrayList<>();
        if (details != null) {
            for (String item : details) {
                if (item != null) {
                    detailsValue.add(WireCode.lookup(item, YotiFailureDetail::fromCode));
                }
            }
        }
        return new RequirementsNotMet(wireRequirementsNotMet(code), failureTypesValue, detailsValue,
                sent);
    }

    private static WireCode<AbortedCode> wireAborted(String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        Optional<AbortedCode> known = YotiReasonCodeTable.lookup(null, code)
                .flatMap(AbortedCode::from);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("yoti-reason", "YotiOutcome.aborted", sent);
        }
        return known.isPresent() ? WireCode.known(known.get(), sent) : WireCode.unrecognized(sent);
    }

    private static WireCode<RequirementsNotMetCode> wireRequirementsNotMet(String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        Optional<RequirementsNotMetCode> known = YotiReasonCodeTable.lookup(null, code)
                .flatMap(RequirementsNotMetCode::from);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("yoti-reason", "YotiOutcome.requirementsNotMet", sent);
        }
        return known.isPresent() ? WireCode.known(known.get(), sent) : WireCode.unrecognized(sent);
    }

    /**
     * Calls the method of {@code cases} that handles this kind of outcome.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    <R> R match(Cases<R> cases);

    /**
     * identity_profile.result is ABORTED: the journey reached a dead end and no identity
     * profile is returned.
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param failureTypes The failure_type of each requirements_not_met_details entry, in
     * the response's order.
     * @param details The details of each requirements_not_met_details entry that has one,
     * in the response's order.
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("yoti-reason")
    record Aborted(WireCode<AbortedCode> code, List<WireCode<YotiFailureType>> failureTypes,
            List<WireCode<YotiFailureDetail>> details,
            Map<String, Object> sent) implements YotiOutcome {
        public Aborted {
            Objects.requireNonNull(code, "code");
            failureTypes = List.copyOf(failureTypes);
            details = List.copyOf(details);
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.aborted(this);
        }
    }

    /**
     * An identity profile was returned but scheme compliance was not reached
     * (requirements_met false).
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param failureTypes The failure_type of each requirements_not_met_details entry, in
     * the response's order.
     * @param details The details of each requirements_not_met_details entry that has one,
     * in the response's order.
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("yoti-reason")
    record RequirementsNotMet(WireCode<RequirementsNotMetCode> code,
            List<WireCode<YotiFailureType>> failureTypes, List<WireCode<YotiFailureDetail>> details,
            Map<String, Object> sent) implements YotiOutcome {
        public RequirementsNotMet {
            Objects.requireNonNull(code, "code");
            failureTypes = List.copyOf(failureTypes);
            details = List.copyOf(details);
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.requirementsNotMet(this);
        }
    }

    /**
     * The codes an {@link Aborted} may hold: each stands for the {@link YotiReasonCode}
     * constant of the same name, with everything the vendor documents about it.
     */
    @CodebookGenerated("yoti-reason")
    enum AbortedCode implements MappedCode, LocalizedCode {
        /**
         * {@link YotiReasonCode#MANDATORY_DOCUMENT_NOT_PROVIDED}
         */
        MANDATORY_DOCUMENT_NOT_PROVIDED(YotiReasonCode.MANDATORY_DOCUMENT_NOT_PROVIDED),

        /**
         * {@link YotiReasonCode#FRAUD_DETECTED}
         */
        FRAUD_DETECTED(YotiReasonCode.FRAUD_DETECTED),

        /**
         * {@link YotiReasonCode#UNABLE_TO_VALIDATE_DOCUMENT}
         */
        UNABLE_TO_VALIDATE_DOCUMENT(YotiReasonCode.UNABLE_TO_VALIDATE_DOCUMENT),

        /**
         * {@link YotiReasonCode#MISSING_LIVENESS}
         */
        MISSING_LIVENESS(YotiReasonCode.MISSING_LIVENESS),

        /**
         * {@link YotiReasonCode#IDENTITY_CHECK_FAILED}
         */
        IDENTITY_CHECK_FAILED(YotiReasonCode.IDENTITY_CHECK_FAILED),

        /**
         * {@link YotiReasonCode#UNABLE_TO_COMPLETE_CHECKS}
         */
        UNABLE_TO_COMPLETE_CHECKS(YotiReasonCode.UNABLE_TO_COMPLETE_CHECKS),

        /**
         * {@link YotiReasonCode#COULD_NOT_VERIFY_ADDRESS}
         */
        COULD_NOT_VERIFY_ADDRESS(YotiReasonCode.COULD_NOT_VERIFY_ADDRESS),

        /**
         * {@link YotiReasonCode#FACE_MATCH_VERIFICATION_FAILED}
         */
        FACE_MATCH_VERIFICATION_FAILED(YotiReasonCode.FACE_MATCH_VERIFICATION_FAILED),

        /**
         * {@link YotiReasonCode#FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED}
         */
        FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED(
                YotiReasonCode.FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED),

        /**
         * {@link YotiReasonCode#ACTIVITY_HISTORY_SCORE_INSUFFICIENT}
         */
        ACTIVITY_HISTORY_SCORE_INSUFFICIENT(YotiReasonCode.ACTIVITY_HISTORY_SCORE_INSUFFICIENT),

        /**
         * {@link YotiReasonCode#IDENTITY_FRAUD_SCORE_INSUFFICIENT}
         */
        IDENTITY_FRAUD_SCORE_INSUFFICIENT(YotiReasonCode.IDENTITY_FRAUD_SCORE_INSUFFICIENT),

        /**
         * {@link YotiReasonCode#IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT}
         */
        IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT(
                YotiReasonCode.IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT),

        /**
         * {@link YotiReasonCode#MISSING_FRAUD_LIST_CHECK}
         */
        MISSING_FRAUD_LIST_CHECK(YotiReasonCode.MISSING_FRAUD_LIST_CHECK),

        /**
         * {@link YotiReasonCode#ABANDONED}
         */
        ABANDONED(YotiReasonCode.ABANDONED);

        private final YotiReasonCode code;

        AbortedCode(YotiReasonCode code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<AbortedCode> from(YotiReasonCode code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    YotiReasonCodeTable.AbortedIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public YotiReasonCode asYotiReasonCode() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public YotiReasonCode.Group group() {
            return code.group();
        }

        @Override
        public Optional<String> description() {
            return code.description();
        }

        @Override
        public List<VendorMessage> messages() {
            return code.messages();
        }

        @Override
        public CatalogInfo catalog() {
            return code.catalog();
        }

        @Override
        public Optional<YotiReasonCode> replacement() {
            return code.replacement();
        }

        @Override
        public CanonicalReason canonicalReason() {
            return code.canonicalReason();
        }

        @Override
        public NextAction documentedAction() {
            return code.documentedAction();
        }

        @Override
        public String userText(Locale locale) {
            return code.userText(locale);
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
                case FRAUD_DETECTED -> cases.fraudDetected();
                case UNABLE_TO_VALIDATE_DOCUMENT -> cases.unableToValidateDocument();
                case MISSING_LIVENESS -> cases.missingLiveness();
                case IDENTITY_CHECK_FAILED -> cases.identityCheckFailed();
                case UNABLE_TO_COMPLETE_CHECKS -> cases.unableToCompleteChecks();
                case COULD_NOT_VERIFY_ADDRESS -> cases.couldNotVerifyAddress();
                case FACE_MATCH_VERIFICATION_FAILED -> cases.faceMatchVerificationFailed();
                case FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED ->
                        cases.faceMatchHigherThresholdVerificationFailed();
                case ACTIVITY_HISTORY_SCORE_INSUFFICIENT ->
                        cases.activityHistoryScoreInsufficient();
                case IDENTITY_FRAUD_SCORE_INSUFFICIENT -> cases.identityFraudScoreInsufficient();
                case IDENTITY_FRAUD_AND_ACTIVITY_HISTORY_SCORES_INSUFFICIENT ->
                        cases.identityFraudAndActivityHistoryScoresInsufficient();
                case MISSING_FRAUD_LIST_CHECK -> cases.missingFraudListCheck();
                case ABANDONED -> cases.abandoned();
            };
        }

        /**
         * Handles every code of {@link AbortedCode}, one method per code named after its
         * constant. A handler that leaves one out does not compile, so a code added to the
         * spec shows up as a compile error naming the method to write. Pass one to
         * {@link AbortedCode#match}.
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
        }
    }

    /**
     * The codes a {@link RequirementsNotMet} may hold: each stands for the
     * {@link YotiReasonCode} constant of the same name, with everything the vendor
     * documents about it.
     */
    @CodebookGenerated("yoti-reason")
    enum RequirementsNotMetCode implements MappedCode, LocalizedCode {
        /**
         * {@link YotiReasonCode#MANDATORY_DOCUMENT_NOT_PROVIDED}
         */
        MANDATORY_DOCUMENT_NOT_PROVIDED(YotiReasonCode.MANDATORY_DOCUMENT_NOT_PROVIDED),

        /**
         * {@link YotiReasonCode#LEVEL_OF_ASSURANCE_NOT_SUFFICIENT}
         */
        LEVEL_OF_ASSURANCE_NOT_SUFFICIENT(YotiReasonCode.LEVEL_OF_ASSURANCE_NOT_SUFFICIENT),

        /**
         * {@link YotiReasonCode#UNABLE_TO_VERIFY_ADDRESS}
         */
        UNABLE_TO_VERIFY_ADDRESS(YotiReasonCode.UNABLE_TO_VERIFY_ADDRESS);

        private final YotiReasonCode code;

        RequirementsNotMetCode(YotiReasonCode code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<RequirementsNotMetCode> from(YotiReasonCode code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    YotiReasonCodeTable.RequirementsNotMetIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public YotiReasonCode asYotiReasonCode() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public YotiReasonCode.Group group() {
            return code.group();
        }

        @Override
        public Optional<String> description() {
            return code.description();
        }

        @Override
        public List<VendorMessage> messages() {
            return code.messages();
        }

        @Override
        public CatalogInfo catalog() {
            return code.catalog();
        }

        @Override
        public Optional<YotiReasonCode> replacement() {
            return code.replacement();
        }

        @Override
        public CanonicalReason canonicalReason() {
            return code.canonicalReason();
        }

        @Override
        public NextAction documentedAction() {
            return code.documentedAction();
        }

        @Override
        public String userText(Locale locale) {
            return code.userText(locale);
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
            };
        }

        /**
         * Handles every code of {@link RequirementsNotMetCode}, one method per code named
         * after its constant. A handler that leaves one out does not compile, so a code added
         * to the spec shows up as a compile error naming the method to write. Pass one to
         * {@link RequirementsNotMetCode#match}.
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
        }
    }

    /**
     * Handles every kind of outcome. A handler that leaves one out does not compile, so a
     * kind added to the spec shows up as a compile error naming the method to write.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("yoti-reason")
    interface Cases<R> {
        /**
         * An {@link Aborted}: identity_profile.result is ABORTED: the journey reached a dead
         * end and no identity profile is returned.
         */
        R aborted(Aborted value);

        /**
         * A {@link RequirementsNotMet}: An identity profile was returned but scheme
         * compliance was not reached (requirements_met false).
         */
        R requirementsNotMet(RequirementsNotMet value);
    }

    /**
     * Handles the kinds of outcome it overrides and gives every other kind to {@link
     * #otherwise()}, which must be written.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("yoti-reason")
    interface PartialCases<R> extends Cases<R> {
        /**
         * What every kind this handler does not override gives.
         */
        R otherwise();

        @Override
        default R aborted(Aborted value) {
            return otherwise();
        }

        @Override
        default R requirementsNotMet(RequirementsNotMet value) {
            return otherwise();
        }
    }
}
