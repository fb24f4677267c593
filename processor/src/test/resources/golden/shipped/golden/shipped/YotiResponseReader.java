package golden.shipped;

import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.Finding;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.Verdict;
import io.codebook.runtime.WireCode;
import io.codebook.runtime.internal.StatusReading;
import io.codebook.runtime.internal.UnknownValueReports;
import io.codebook.runtime.internal.WirePointer;
import io.codebook.runtime.internal.WireValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * Reads Yoti's bodies into {@link YotiResponse} as the catalog spec describes them.
 * Package-private: use {@link YotiResponse#read} or {@link YotiResponse#READER}.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog yoti-reason"
)
@CodebookGenerated("yoti-reason")
final class YotiResponseReader implements ResponseReader<YotiResponse> {
    /**
     * The vendor sends {@code ""} for a value it does not have, so {@code ""} counts as
     * not sent.
     */
    private static final boolean EMPTY_IS_ABSENT = true;

    private static final WirePointer IDENTITY_PROFILE_RESULT = 
            WirePointer.parse("/identity_profile/result");

    private static final WirePointer STATE = WirePointer.parse("/state");

    private static final WirePointer IDENTITY_PROFILE_FAILURE_REASON_REASON_CODE = 
            WirePointer.parse("/identity_profile/failure_reason/reason_code");

    private static final WirePointer IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_FAILURE_TYPE = 
            WirePointer.parse("/identity_profile/failure_reason/requirements_not_met_details/*/failure_type");

    private static final WirePointer IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_DETAILS = 
            WirePointer.parse("/identity_profile/failure_reason/requirements_not_met_details/*/details");

    private static final WirePointer IDENTITY_PROFILE = WirePointer.parse("/identity_profile");

    private static final WirePointer IDENTITY_PROFILE_IDENTITY_PROFILE_REPORT_SCHEMES_COMPLIANCE_EACH_REQUIREMENTS_MET = 
            WirePointer.parse("/identity_profile/identity_profile_report/schemes_compliance/*/requirements_met");

    private static final WirePointer ADVANCED_IDENTITY_PROFILE_RESULT = 
            WirePointer.parse("/advanced_identity_profile/result");

    private static final WirePointer ADVANCED_IDENTITY_PROFILE_FAILURE_REASON_REASON_CODE = 
            WirePointer.parse("/advanced_identity_profile/failure_reason/reason_code");

    private static final WirePointer ADVANCED_IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_FAILURE_TYPE = 
            WirePointer.parse("/advanced_identity_profile/failure_reason/r"
            + "equirements_not_met_details/*/failure_type");

    private static final WirePointer ADVANCED_IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_DETAILS = 
            WirePointer.parse("/advanced_identity_profile/failure_reason/requirements_not_met_details/*/details");

    private static final WirePointer ADVANCED_IDENTITY_PROFILE = 
            WirePointer.parse("/advanced_identity_profile");

    private static final WirePointer ADVANCED_IDENTITY_PROFILE_IDENTITY_PROFILE_REPORT_COMPLIANCE_EACH_SCHEMES_COMPLIANCE_EACH_REQUIREMENTS_MET = 
            WirePointer.parse("/advanced_identity_profile/identity_profile_report/"
            + "compliance/*/schemes_compliance/*/requirements_met");

    private static final WirePointer SESSION_ID = WirePointer.parse("/sessionId");

    private static final WirePointer ERROR = WirePointer.parse("/error");

    private static final WirePointer ERROR_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_FAILURE_TYPE = 
            WirePointer.parse("/errorReason/requirements_not_met_details/*/failure_type");

    private static final WirePointer ERROR_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_DETAILS = 
            WirePointer.parse("/errorReason/requirements_not_met_details/*/details");

    private static final WirePointer RECEIPT_SHARING_OUTCOME = 
            WirePointer.parse("/receipt/sharing_outcome");

    private static final WirePointer ERROR_DETAILS_ERROR_CODE = 
            WirePointer.parse("/error_details/error_code");

    private static final WirePointer ERROR_DETAILS_DESCRIPTION = 
            WirePointer.parse("/error_details/description");

    private static final WirePointer CODE = WirePointer.parse("/code");

    private static final WirePointer MESSAGE = WirePointer.parse("/message");

    @Override
    public CatalogInfo catalog() {
        return YotiReasonCode.CATALOG;
    }

    @Override
    public List<String> context() {
        return List.of();
    }

    @Override
    public boolean recognises(Object tree) {
        return matches(tree);
    }

    @Override
    public YotiResponse read(Object tree, Map<String, ?> context) {
        return read(tree);
    }

    /**
     * Whether the body has one of the documented shapes.
     */
    static boolean matches(Object tree) {
        return isIdentityProfileAborted(tree) || isIdentityProfile(tree)
                || isAdvancedIdentityProfileAborted(tree) || isAdvancedIdentityProfile(tree)
                || isShareError(tree) || isShare(tree) || isShareV1(tree) || isSession(tree)
                || isErrorBody(tree);
    }

    /**
     * The record of the first shape the body has, in the spec's order.
     */
    static YotiResponse read(Object tree) {
        UnknownValueReports.startReading();
        try {
            if (isIdentityProfileAborted(tree)) {
                return identityProfileAborted(tree);
            }
            if (isIdentityProfile(tree)) {
                return identityProfile(tree);
            }
            if (isAdvancedIdentityProfileAborted(tree)) {
                return advancedIdentityProfileAborted(tree);
            }
            if (isAdvancedIdentityProfile(tree)) {
                return advancedIdentityProfile(tree);
            }
            if (isShareError(tree)) {
                return shareError_(tree);
            }
            if (isShare(tree)) {
                return share(tree);
            }
            if (isShareV1(tree)) {
                return shareV1(tree);
            }
            if (isSession(tree)) {
                return session(tree);
            }
            if (isErrorBody(tree)) {
                return errorBody(tree);
            }
            return new YotiResponse.Unrecognized(tree);
        } finally {
            UnknownValueReports.endReading();
        }
    }

    /**
     * Whether the body is of shape <code>identity-profile-aborted</code>.
     */
    private static boolean isIdentityProfileAborted(Object tree) {
        return "ABORTED".equals( WireValues.text(IDENTITY_PROFILE_RESULT.first(tree, false),
                EMPTY_IS_ABSENT));
    }

    /**
     * Whether the body is of shape <code>identity-profile</code>.
     */
    private static boolean isIdentityProfile(Object tree) {
        return WireValues.present(IDENTITY_PROFILE.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>advanced-identity-profile-aborted</code>.
     */
    private static boolean isAdvancedIdentityProfileAborted(Object tree) {
        return "ABORTED".equals( WireValues.text(
                ADVANCED_IDENTITY_PROFILE_RESULT.first(tree, false), EMPTY_IS_ABSENT));
    }

    /**
     * Whether the body is of shape <code>advanced-identity-profile</code>.
     */
    private static boolean isAdvancedIdentityProfile(Object tree) {
        return WireValues.present(ADVANCED_IDENTITY_PROFILE.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>share-error</code>.
     */
    private static boolean isShareError(Object tree) {
        return WireValues.present(SESSION_ID.first(tree, false), EMPTY_IS_ABSENT)
                && WireValues.present(ERROR.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>share</code>.
     */
    private static boolean isShare(Object tree) {
        return WireValues.present(SESSION_ID.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>share-v1</code>.
     */
    private static boolean isShareV1(Object tree) {
        return WireValues.present(RECEIPT_SHARING_OUTCOME.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>session</code>.
     */
    private static boolean isSession(Object tree) {
        return WireValues.present(STATE.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>error</code>.
     */
    private static boolean isErrorBody(Object tree) {
        return WireValues.present(CODE.first(tree, false), EMPTY_IS_ABSENT)
                && WireValues.present(MESSAGE.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Reads a body of shape <code>identity-profile-aborted</code>.
     */
    private static YotiResponse.IdentityProfileAborted identityProfileAborted(Object tree) {
        StatusReading statuses = new StatusReading("yoti-reason");
        statuses.read("/state", WireValues.text(STATE.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::sessionState);
        statuses.read("/identity_profile/result", WireValues.text(
                IDENTITY_PROFILE_RESULT.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::profileResult);
        List<Finding> findings = new ArrayList<>();
        String codeSent = WireValues.text(
                IDENTITY_PROFILE_FAILURE_REASON_REASON_CODE.first(tree, false), EMPTY_IS_ABSENT);
        List<String> failureTypesSent = WireValues.texts(
                IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_FAILURE_TYPE.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        List<String> detailsSent = WireValues.texts(
                IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_DETAILS.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        YotiOutcome.Aborted aborted = YotiOutcome.aborted(codeSent, failureTypesSent, detailsSent);
        if (codeSent != null) {
            findings.add(UnknownValueReports.checked( new Finding("aborted", aborted.code(),
                    Optional.empty(), false, Map.of()), "yoti-reason",
                    "/identity_profile/failure_reason/reason_code"));
        }
        for (WireCode<?> code : aborted.failureTypes()) {
            findings.add(UnknownValueReports.checked( new Finding("failureTypes", code,
                    Optional.empty(), true, Map.of()), "yoti-failure-type",
                    "/identity_profile/failure_reason/requirements_not_met_details/*/failure_type"));
        }
        for (WireCode<?> code : aborted.details()) {
            findings.add(UnknownValueReports.checked( new Finding("details", code,
                    Optional.empty(), false, Map.of()), "yoti-failure-detail",
                    "/identity_profile/failure_reason/requirements_not_met_details/*/details"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new YotiResponse.IdentityProfileAborted(statuses.verdict(), aborted, findings,
                statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>identity-profile</code>.
     */
    private static YotiResponse.IdentityProfile identityProfile(Object tree) {
        StatusReading statuses = new StatusReading("yoti-reason");
        statuses.read("/state", WireValues.text(STATE.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::sessionState);
        statuses.read("/identity_profile/result", WireValues.text(
                IDENTITY_PROFILE_RESULT.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::profileResult);
        statuses.readAll("/identity_profile/identity_profile_report/schemes_compliance/*/requirements_met",
                WireValues.texts(
                IDENTITY_PROFILE_IDENTITY_PROFILE_REPORT_SCHEMES_COMPLIANCE_EACH_REQUIREMENTS_MET.all(tree, false),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT), YotiResponseReader::requirementsMet);
        List<Finding> findings = new ArrayList<>();
        String codeSent = WireValues.text(
                IDENTITY_PROFILE_FAILURE_REASON_REASON_CODE.first(tree, false), EMPTY_IS_ABSENT);
        List<String> failureTypesSent = WireValues.texts(
                IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_FAILURE_TYPE.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        List<String> detailsSent = WireValues.texts(
                IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_DETAILS.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        YotiOutcome.RequirementsNotMet requirementsNotMet = YotiOutcome.requirementsNotMet(codeSent,
                failureTypesSent, detailsSent);
        if (codeSent != null) {
            findings.add(UnknownValueReports.checked(
                    new Finding("requirements-not-met", requirementsNotMet.code(),
                    Optional.empty(), false, Map.of()), "yoti-reason",
                    "/identity_profile/failure_reason/reason_code"));
        }
        for (WireCode<?> code : requirementsNotMet.failureTypes()) {
            findings.add(UnknownValueReports.checked( new Finding("failureTypes", code,
                    Optional.empty(), true, Map.of()), "yoti-failure-type",
                    "/identity_profile/failure_reason/requirements_not_met_details/*/failure_type"));
        }
        for (WireCode<?> code : requirementsNotMet.details()) {
            findings.add(UnknownValueReports.checked( new Finding("details", code,
                    Optional.empty(), false, Map.of()), "yoti-failure-detail",
                    "/identity_profile/failure_reason/requirements_not_met_details/*/details"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new YotiResponse.IdentityProfile(statuses.verdict(), requirementsNotMet, findings,
                statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>advanced-identity-profile-aborted</code>.
     */
    private static YotiResponse.AdvancedIdentityProfileAborted advancedIdentityProfileAborted(
            Object tree) {
        StatusReading statuses = new StatusReading("yoti-reason");
        statuses.read("/state", WireValues.text(STATE.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::sessionState);
        statuses.read("/advanced_identity_profile/result", WireValues.text(
                ADVANCED_IDENTITY_PROFILE_RESULT.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::profileResult);
        List<Finding> findings = new ArrayList<>();
        String codeSent = WireValues.text(
                ADVANCED_IDENTITY_PROFILE_FAILURE_REASON_REASON_CODE.first(tree, false),
                EMPTY_IS_ABSENT);
        List<String> failureTypesSent = WireValues.texts(
                ADVANCED_IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_FAILURE_TYPE.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        List<String> detailsSent = WireValues.texts(
                ADVANCED_IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_DETAILS.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        YotiOutcome.Aborted aborted = YotiOutcome.aborted(codeSent, failureTypesSent, detailsSent);
        if (codeSent != null) {
            findings.add(UnknownValueReports.checked( new Finding("aborted", aborted.code(),
                    Optional.empty(), false, Map.of()), "yoti-reason",
                    "/advanced_identity_profile/failure_reason/reason_code"));
        }
        for (WireCode<?> code : aborted.failureTypes()) {
            findings.add(UnknownValueReports.checked( new Finding("failureTypes", code,
                    Optional.empty(), true, Map.of()), "yoti-failure-type",
                    "/advanced_identity_profile/failure_reason/requirements_not_met_details/*/failure_type"));
        }
        for (WireCode<?> code : aborted.details()) {
            findings.add(UnknownValueReports.checked( new Finding("details", code,
                    Optional.empty(), false, Map.of()), "yoti-failure-detail",
                    "/advanced_identity_profile/failure_reason/requirements_not_met_details/*/details"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new YotiResponse.AdvancedIdentityProfileAborted(statuses.verdict(), aborted,
                findings, statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>advanced-identity-profile</code>.
     */
    private static YotiResponse.AdvancedIdentityProfile advancedIdentityProfile(Object tree) {
        StatusReading statuses = new StatusReading("yoti-reason");
        statuses.read("/state", WireValues.text(STATE.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::sessionState);
        statuses.read("/advanced_identity_profile/result", WireValues.text(
                ADVANCED_IDENTITY_PROFILE_RESULT.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::profileResult);
        statuses.readAll("/advanced_identity_profile/identity_profile_report/compliance/*/schemes_compliance/*/requirements_met",
                WireValues.texts(
                ADVANCED_IDENTITY_PROFILE_IDENTITY_PROFILE_REPORT_COMPLIANCE_EACH_SCHEMES_COMPLIANCE_EACH_REQUIREMENTS_MET.all(tree, false),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT), YotiResponseReader::requirementsMet);
        List<Finding> findings = new ArrayList<>();
        String codeSent = WireValues.text(
                ADVANCED_IDENTITY_PROFILE_FAILURE_REASON_REASON_CODE.first(tree, false),
                EMPTY_IS_ABSENT);
        List<String> failureTypesSent = WireValues.texts(
                ADVANCED_IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_FAILURE_TYPE.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        List<String> detailsSent = WireValues.texts(
                ADVANCED_IDENTITY_PROFILE_FAILURE_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_DETAILS.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        YotiOutcome.RequirementsNotMet requirementsNotMet = YotiOutcome.requirementsNotMet(codeSent,
                failureTypesSent, detailsSent);
        if (codeSent != null) {
            findings.add(UnknownValueReports.checked(
                    new Finding("requirements-not-met", requirementsNotMet.code(),
                    Optional.empty(), false, Map.of()), "yoti-reason",
                    "/advanced_identity_profile/failure_reason/reason_code"));
        }
        for (WireCode<?> code : requirementsNotMet.failureTypes()) {
            findings.add(UnknownValueReports.checked( new Finding("failureTypes", code,
                    Optional.empty(), true, Map.of()), "yoti-failure-type",
                    "/advanced_identity_profile/failure_reason/requirements_not_met_details/*/failure_type"));
        }
        for (WireCode<?> code : requirementsNotMet.details()) {
            findings.add(UnknownValueReports.checked( new Finding("details", code,
                    Optional.empty(), false, Map.of()), "yoti-failure-detail",
                    "/advanced_identity_profile/failure_reason/requirements_not_met_details/*/details"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new YotiResponse.AdvancedIdentityProfile(statuses.verdict(), requirementsNotMet,
                findings, statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>share-error</code>.
     */
    private static YotiResponse.ShareError shareError_(Object tree) {
        StatusReading statuses = new StatusReading("yoti-reason");
        statuses.read("/error", WireValues.text(ERROR.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::shareError);
        List<Finding> findings = new ArrayList<>();
        String codeSent = WireValues.text(ERROR.first(tree, false), EMPTY_IS_ABSENT);
        List<String> failureTypesSent = WireValues.texts(
                ERROR_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_FAILURE_TYPE.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        List<String> detailsSent = WireValues.texts(
                ERROR_REASON_REQUIREMENTS_NOT_MET_DETAILS_EACH_DETAILS.all(tree, true),
                EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        YotiOutcome.Aborted aborted = YotiOutcome.aborted(codeSent, failureTypesSent, detailsSent);
        if (codeSent != null) {
            findings.add(UnknownValueReports.checked( new Finding("aborted", aborted.code(),
                    Optional.empty(), false, Map.of()), "yoti-reason", "/error"));
        }
        for (WireCode<?> code : aborted.failureTypes()) {
            findings.add(UnknownValueReports.checked( new Finding("failureTypes", code,
                    Optional.empty(), true, Map.of()), "yoti-failure-type",
                    "/errorReason/requirements_not_met_details/*/failure_type"));
        }
        for (WireCode<?> code : aborted.details()) {
            findings.add(UnknownValueReports.checked( new Finding("details", code,
                    Optional.empty(), false, Map.of()), "yoti-failure-detail",
                    "/errorReason/requirements_not_met_details/*/details"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new YotiResponse.ShareError(statuses.verdict(), aborted, findings, statuses.sent(),
                details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>share</code>.
     */
    private static YotiResponse.Share share(Object tree) {
        StatusReading statuses = new StatusReading("yoti-reason");
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        return new YotiResponse.Share(Verdict.APPROVED, findings, statuses.sent(), details,
                OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>share-v1</code>.
     */
    private static YotiResponse.ShareV1 shareV1(Object tree) {
        StatusReading statuses = new StatusReading("yoti-reason");
        statuses.read("/receipt/sharing_outcome", WireValues.text(
                RECEIPT_SHARING_OUTCOME.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::sharingOutcome);
        statuses.read("/error_details/error_code", WireValues.text(
                ERROR_DETAILS_ERROR_CODE.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::shareError);
        List<Finding> findings = new ArrayList<>();
        String codeSent = WireValues.text(ERROR_DETAILS_ERROR_CODE.first(tree, false),
                EMPTY_IS_ABSENT);
        YotiOutcome.Aborted aborted = YotiOutcome.aborted(codeSent, null, null);
        if (codeSent != null) {
            Map<String, String> companions = new LinkedHashMap<>();
            WireValues.put(companions, "description",
                    WireValues.text(ERROR_DETAILS_DESCRIPTION.first(tree, false), EMPTY_IS_ABSENT));
            findings.add(UnknownValueReports.checked( new Finding("aborted", aborted.code(),
                    Optional.empty(), false, companions), "yoti-reason",
                    "/error_details/error_code"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new YotiResponse.ShareV1(statuses.verdict(), aborted, findings, statuses.sent(),
                details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>session</code>.
     */
    private static YotiResponse.Session session(Object tree) {
        StatusReading statuses = new StatusReading("yoti-reason");
        statuses.read("/state", WireValues.text(STATE.first(tree, false), EMPTY_IS_ABSENT),
                YotiResponseReader::sessionState);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        return new YotiResponse.Session(statuses.verdict(), findings, statuses.sent(), details,
                OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>error</code>.
     */
    private static YotiResponse.ErrorBody errorBody(Object tree) {
        StatusReading statuses = new StatusReading("yoti-reason");
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        WireValues.put(details, "code", WireValues.text(CODE.first(tree, false), EMPTY_IS_ABSENT));
        WireValues.put(details, "message", WireValues.text(MESSAGE.first(tree, false),
                EMPTY_IS_ABSENT));
        return new YotiResponse.ErrorBody(Verdict.ERROR, findings, statuses.sent(), details,
                OptionalInt.empty(), tree);
    }

    /**
     * The verdict of a value of <code>sessionState</code>: empty where the value does not
     * decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The state of an IDV session (state): ONGOING while Yoti works (the portal shows
     * IN PROGRESS), COMPLETED when its checks and tasks are done, EXPIRED when Yoti could
     * not complete it.
     */
    private static Optional<Verdict> sessionState(String value) {
        return switch (value) {
            case "ONGOING" -> Optional.of(Verdict.IN_PROGRESS);
            case "COMPLETED" -> Optional.empty();
            case "EXPIRED" -> Optional.of(Verdict.ABORTED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>profileResult</code>: empty where the value does not
     * decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The result of an identity profile (result): ABORTED is a dead end, no identity
     * profile is returned; DONE, seen only in the official SDKs' fixtures, is every other
     * result, which the schemes' requirements_met decide.
     */
    private static Optional<Verdict> profileResult(String value) {
        return switch (value) {
            case "ABORTED" -> Optional.of(Verdict.ABORTED);
            case "DONE" -> Optional.empty();
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>requirementsMet</code>: empty where the value does
     * not decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>Whether a scheme's requirements were met (requirements_met), once per scheme: the
     * most cautious counts.
     */
    private static Optional<Verdict> requirementsMet(String value) {
        return switch (value) {
            case "true" -> Optional.of(Verdict.APPROVED);
            case "false" -> Optional.of(Verdict.DECLINED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>sharingOutcome</code>: empty where the value does
     * not decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The outcome of a Digital ID share, v1 (receipt.sharing_outcome).
     */
    private static Optional<Verdict> sharingOutcome(String value) {
        return switch (value) {
            case "SUCCESS" -> Optional.of(Verdict.APPROVED);
            case "FAILURE" -> Optional.of(Verdict.DECLINED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>shareError</code>: empty where the value does not
     * decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The error of a Digital ID share (error in v2, error_details.error_code in v1).
     * The values the SDKs document are mapped; any other error is unknown, so a share that
     * carries an error never passes as approved.
     */
    private static Optional<Verdict> shareError(String value) {
        return switch (value) {
            case "FRAUD_DETECTED" -> Optional.of(Verdict.DECLINED);
            case "MANDATORY_DOCUMENT_NOT_PROVIDED" -> Optional.of(Verdict.ABORTED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }
}
