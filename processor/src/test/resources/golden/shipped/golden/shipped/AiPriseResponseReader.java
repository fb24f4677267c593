package golden.shipped;

import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.Finding;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.Verdict;
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
 * Reads AiPrise's bodies into {@link AiPriseResponse} as the catalog spec describes
 * them. Package-private: use {@link AiPriseResponse#read} or
 * {@link AiPriseResponse#READER}.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog aiprise"
)
@CodebookGenerated("aiprise")
final class AiPriseResponseReader implements ResponseReader<AiPriseResponse> {
    /**
     * {@code ""} is a value like any other; only a missing key or {@code null} is not
     * sent.
     */
    private static final boolean EMPTY_IS_ABSENT = false;

    private static final WirePointer AIPRISE_SUMMARY_VERIFICATION_RESULT = 
            WirePointer.parse("/aiprise_summary/verification_result");

    private static final WirePointer STATUS = WirePointer.parse("/status");

    private static final WirePointer SECTION_WARNINGS_EACH = 
            WirePointer.parse("/<section>/warnings/*");

    private static final WirePointer CODE = WirePointer.parse("/code");

    private static final WirePointer DECISION = WirePointer.parse("/decision");

    private static final WirePointer MESSAGE = WirePointer.parse("/message");

    private static final WirePointer AIPRISE_SUMMARY_DECISION = 
            WirePointer.parse("/aiprise_summary/decision");

    private static final WirePointer AIPRISE_SUMMARY_WARNING_CODES_EACH = 
            WirePointer.parse("/aiprise_summary/warning_codes/*");

    private static final WirePointer STATUS_REASONS_0_CODE = 
            WirePointer.parse("/status_reasons/0/code");

    private static final WirePointer EVENT_TYPE = WirePointer.parse("/event_type");

    private static final WirePointer VERIFICATION_RESULT = 
            WirePointer.parse("/verification_result");

    private static final WirePointer REASON_CODE = WirePointer.parse("/reason/code");

    private static final WirePointer REASON_MESSAGE = WirePointer.parse("/reason/message");

    private static final WirePointer AIPRISE_SUMMARY = WirePointer.parse("/aiprise_summary");

    @Override
    public CatalogInfo catalog() {
        return AiPriseWarning.CATALOG;
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
    public AiPriseResponse read(Object tree, Map<String, ?> context) {
        return read(tree);
    }

    /**
     * Whether the body has one of the documented shapes.
     */
    static boolean matches(Object tree) {
        return isUserVerification(tree) || isBusinessDecision(tree) || isRunStatus(tree)
                || isCaseEvent(tree) || isErrorBody(tree);
    }

    /**
     * The record of the first shape the body has, in the spec's order.
     */
    static AiPriseResponse read(Object tree) {
        UnknownValueReports.startReading();
        try {
            if (isUserVerification(tree)) {
                return userVerification(tree);
            }
            if (isBusinessDecision(tree)) {
                return businessDecision_(tree);
            }
            if (isRunStatus(tree)) {
                return runStatus_(tree);
            }
            if (isCaseEvent(tree)) {
                return caseEvent(tree);
            }
            if (isErrorBody(tree)) {
                return errorBody(tree);
            }
            return new AiPriseResponse.Unrecognized(tree);
        } finally {
            UnknownValueReports.endReading();
        }
    }

    /**
     * Whether the body is of shape <code>user-verification</code>.
     */
    private static boolean isUserVerification(Object tree) {
        return WireValues.present(AIPRISE_SUMMARY_VERIFICATION_RESULT.first(tree, false),
                EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>business-decision</code>.
     */
    private static boolean isBusinessDecision(Object tree) {
        return WireValues.present(AIPRISE_SUMMARY_DECISION.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>run-status</code>.
     */
    private static boolean isRunStatus(Object tree) {
        return WireValues.present(STATUS.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>case-event</code>.
     */
    private static boolean isCaseEvent(Object tree) {
        return WireValues.present(EVENT_TYPE.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>error</code>.
     */
    private static boolean isErrorBody(Object tree) {
        return WireValues.present(MESSAGE.first(tree, false), EMPTY_IS_ABSENT)
                && !WireValues.present(AIPRISE_SUMMARY.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Reads a body of shape <code>user-verification</code>.
     */
    private static AiPriseResponse.UserVerification userVerification(Object tree) {
        StatusReading statuses = new StatusReading("aiprise");
        statuses.read("/aiprise_summary/verification_result", WireValues.text(
                AIPRISE_SUMMARY_VERIFICATION_RESULT.first(tree, false), EMPTY_IS_ABSENT),
                AiPriseResponseReader::verificationResult);
        statuses.read("/status", WireValues.text(STATUS.first(tree, false), EMPTY_IS_ABSENT),
                AiPriseResponseReader::runStatus);
        List<Finding> findings = new ArrayList<>();
        List<AiPriseOutcome.Warning> warnings = new ArrayList<>();
        for (WirePointer.Match element : SECTION_WARNINGS_EACH.all(tree, false)) {
            String codeSent = WireValues.text(CODE.first(element.value(), false), EMPTY_IS_ABSENT);
            String decisionSent = WireValues.text(DECISION.first(element.value(), false),
                    EMPTY_IS_ABSENT);
            if (codeSent == null) {
                // the element carries no code
                continue;
            }
            AiPriseOutcome.Warning warning = AiPriseOutcome.warning(codeSent, decisionSent);
            warnings.add(warning);
            Map<String, String> companions = new LinkedHashMap<>();
            WireValues.put(companions, "message",
                    WireValues.text(MESSAGE.first(element.value(), false), EMPTY_IS_ABSENT));
            WireValues.put(companions, "decision", decisionSent);
            findings.add(UnknownValueReports.checked( new Finding("warning", warning.code(),
                    warning.decision().map(AiPriseOutcome.Decision::action), false, companions),
                    "aiprise", "/<section>/warnings/*/code"));
            if (warning.decision().isEmpty()) {
                UnknownValueReports.read("aiprise", "decision", "/<section>/warnings/*/decision",
                        decisionSent);
            }
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new AiPriseResponse.UserVerification(statuses.verdict(), warnings, findings,
                statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>business-decision</code>.
     */
    private static AiPriseResponse.BusinessDecision businessDecision_(Object tree) {
        StatusReading statuses = new StatusReading("aiprise");
        statuses.read("/aiprise_summary/decision", WireValues.text(
                AIPRISE_SUMMARY_DECISION.first(tree, false), EMPTY_IS_ABSENT),
                AiPriseResponseReader::businessDecision);
        statuses.read("/status", WireValues.text(STATUS.first(tree, false), EMPTY_IS_ABSENT),
                AiPriseResponseReader::runStatus);
        List<Finding> findings = new ArrayList<>();
        List<AiPriseOutcome.Warning> warnings = new ArrayList<>();
        for (WirePointer.Match element : AIPRISE_SUMMARY_WARNING_CODES_EACH.all(tree, false)) {
            String codeSent = WireValues.text(element.value(), EMPTY_IS_ABSENT);
            if (codeSent == null) {
                // the element carries no code
                continue;
            }
            AiPriseOutcome.Warning warning = AiPriseOutcome.warning(codeSent, null);
            warnings.add(warning);
            findings.add(UnknownValueReports.checked( new Finding("warning", warning.code(),
                    warning.decision().map(AiPriseOutcome.Decision::action), false, Map.of()),
                    "aiprise", "/aiprise_summary/warning_codes/*"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new AiPriseResponse.BusinessDecision(statuses.verdict(), warnings, findings,
                statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>run-status</code>.
     */
    private static AiPriseResponse.RunStatus runStatus_(Object tree) {
        StatusReading statuses = new StatusReading("aiprise");
        statuses.read("/status", WireValues.text(STATUS.first(tree, false), EMPTY_IS_ABSENT),
                AiPriseResponseReader::runStatus);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        WireValues.put(details, "firstStatusReason", WireValues.text(
                STATUS_REASONS_0_CODE.first(tree, false), EMPTY_IS_ABSENT));
        return new AiPriseResponse.RunStatus(statuses.verdict(), findings, statuses.sent(), details,
                OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>case-event</code>.
     */
    private static AiPriseResponse.CaseEvent caseEvent(Object tree) {
        StatusReading statuses = new StatusReading("aiprise");
        statuses.read("/event_type", WireValues.text(EVENT_TYPE.first(tree, false),
                EMPTY_IS_ABSENT), AiPriseResponseReader::eventType);
        statuses.read("/verification_result", WireValues.text(
                VERIFICATION_RESULT.first(tree, false), EMPTY_IS_ABSENT),
                AiPriseResponseReader::verificationResult);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        WireValues.put(details, "reasonCode", WireValues.text(REASON_CODE.first(tree, false),
                EMPTY_IS_ABSENT));
        WireValues.put(details, "reasonMessage", WireValues.text(REASON_MESSAGE.first(tree, false),
                EMPTY_IS_ABSENT));
        return new AiPriseResponse.CaseEvent(statuses.verdict(), findings, statuses.sent(), details,
                OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>error</code>.
     */
    private static AiPriseResponse.ErrorBody errorBody(Object tree) {
        StatusReading statuses = new StatusReading("aiprise");
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        WireValues.put(details, "message", WireValues.text(MESSAGE.first(tree, false),
                EMPTY_IS_ABSENT));
        return new AiPriseResponse.ErrorBody(Verdict.ERROR, findings, statuses.sent(), details,
                OptionalInt.empty(), tree);
    }

    /**
     * The verdict of a value of <code>verificationResult</code>: empty where the value
     * does not decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The result of a user verification (aiprise_summary.verification_result;
     * verification_result in case events). UNKNOWN means the verification has not started
     * or has failed: the run status says which.
     */
    private static Optional<Verdict> verificationResult(String value) {
        return switch (value) {
            case "APPROVED" -> Optional.of(Verdict.APPROVED);
            case "DECLINED" -> Optional.of(Verdict.DECLINED);
            case "REVIEW" -> Optional.of(Verdict.REVIEW);
            case "UNKNOWN" -> Optional.empty();
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>runStatus</code>: empty where the value does not
     * decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The status of a verification run (status). The Case Status Model and Case pages
     * list NOT_STARTED, SUBMITTED, RUNNING, PENDING, COMPLETED and FAILED; the Callbacks
     * page lists NOT_STARTED, COLLECTING, PROCESSING, COMPLETED, FAILED and PENDING. Every
     * value of both lists is mapped.
     */
    private static Optional<Verdict> runStatus(String value) {
        return switch (value) {
            case "NOT_STARTED", "SUBMITTED", "COLLECTING", "PROCESSING",
                    "RUNNING" -> Optional.of(Verdict.IN_PROGRESS);
            case "PENDING" -> Optional.of(Verdict.PENDING);
            case "COMPLETED" -> Optional.empty();
            case "FAILED" -> Optional.of(Verdict.ERROR);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>eventType</code>: empty where the value does not
     * decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>Why AiPrise sent a case event (event_type, to the events_callback_url). A case
     * status update carries the new result in verification_result; the other events
     * conclude nothing.
     */
    private static Optional<Verdict> eventType(String value) {
        return switch (value) {
            case "VERIFICATION_SESSION_STARTED",
                    "VERIFICATION_REQUEST_SUBMITTED" -> Optional.of(Verdict.IN_PROGRESS);
            case "VERIFICATION_SESSION_COMPLETION", "CASE_STATUS_UPDATE", "AML_MONITORING_UPDATE",
                    "SECTION_INFO_UPDATE", "COMMENT" -> Optional.empty();
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>businessDecision</code>: empty where the value does
     * not decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The decision of a business verification (aiprise_summary.decision in the KYB
     * decision callback). Its trigger list says MANUAL_REVIEW where the other pages say
     * REVIEW; both are mapped.
     */
    private static Optional<Verdict> businessDecision(String value) {
        return switch (value) {
            case "APPROVED" -> Optional.of(Verdict.APPROVED);
            case "DECLINED" -> Optional.of(Verdict.DECLINED);
            case "REVIEW", "MANUAL_REVIEW" -> Optional.of(Verdict.REVIEW);
            case "FAILED" -> Optional.of(Verdict.ERROR);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }
}
