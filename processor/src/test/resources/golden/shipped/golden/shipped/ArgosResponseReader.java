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
 * Reads ARGOS Identity's bodies into {@link ArgosResponse} as the catalog spec
 * describes them. Package-private: use {@link ArgosResponse#read} or
 * {@link ArgosResponse#READER}.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog argos"
)
@CodebookGenerated("argos")
final class ArgosResponseReader implements ResponseReader<ArgosResponse> {
    /**
     * {@code ""} is a value like any other; only a missing key or {@code null} is not
     * sent.
     */
    private static final boolean EMPTY_IS_ABSENT = false;

    private static final WirePointer RETRY = WirePointer.parse("/retry");

    private static final WirePointer KYC_STATUS = WirePointer.parse("/kycStatus");

    private static final WirePointer RETRY_EACH_RETRY_CODE = 
            WirePointer.parse("/retry/*/retryCode");

    private static final WirePointer RETRY_COUNT = WirePointer.parse("/retryCount");

    private static final WirePointer RETRY_EACH_RETRY_MSG = WirePointer.parse("/retry/*/retryMsg");

    private static final WirePointer ERROR_CODE = WirePointer.parse("/errorCode");

    private static final WirePointer WEBHOOK_TRIGGER = WirePointer.parse("/webhook_trigger");

    private static final WirePointer RETRY_CODE = WirePointer.parse("/retryCode");

    private static final WirePointer ATTEMPTS = WirePointer.parse("/attempts");

    private static final WirePointer KYC_RESULT_STATUS = WirePointer.parse("/kyc_result/status");

    private static final WirePointer RETRY_CODE_EACH = WirePointer.parse("/retryCode/*");

    private static final WirePointer KYC_RESULT_COMMENT_CODE = 
            WirePointer.parse("/kyc_result/commentCode");

    private static final WirePointer KYC_RESULT_COMMENT = WirePointer.parse("/kyc_result/comment");

    private static final WirePointer DATA_KYC_RESULT = WirePointer.parse("/data/kyc_result");

    private static final WirePointer STATUS_CODE = WirePointer.parse("/statusCode");

    private static final WirePointer SUCCESS = WirePointer.parse("/success");

    private static final WirePointer MESSAGE = WirePointer.parse("/message");

    private static final WirePointer ITEMS = WirePointer.parse("/Items");

    private static final WirePointer ITEMS_0_KYC_RESULT = WirePointer.parse("/Items/0/kyc/result");

    private static final WirePointer ITEMS_EACH_KYC_COMMENT_CODE_EACH = 
            WirePointer.parse("/Items/*/kyc/commentCode/*");

    private static final WirePointer ITEMS_EACH_KYC_COMMENT_EACH = 
            WirePointer.parse("/Items/*/kyc/comment/*");

    @Override
    public CatalogInfo catalog() {
        return ArgosCode.CATALOG;
    }

    @Override
    public List<String> context() {
        return List.of("step");
    }

    @Override
    public boolean recognises(Object tree) {
        return matches(tree);
    }

    @Override
    public ArgosResponse read(Object tree, Map<String, ?> context) {
        Map<String, ?> given = context == null ? Map.of() : context;
        return read(tree, WireValues.integer(given.get("step")));
    }

    /**
     * Whether the body has one of the documented shapes.
     */
    static boolean matches(Object tree) {
        return isStepRetry(tree) || isStepResult(tree) || isStepError(tree)
                || isWebhookCreated(tree) || isWebhookRetry(tree) || isWebhookRejected(tree)
                || isWebhookApproved(tree) || isWebhookOther(tree) || isAccountValidation(tree)
                || isSubmission(tree);
    }

    /**
     * The record of the first shape the body has, in the spec's order.
     */
    static ArgosResponse read(Object tree, Integer step) {
        UnknownValueReports.startReading();
        try {
            if (isStepRetry(tree)) {
                return stepRetry(tree, step);
            }
            if (isStepResult(tree)) {
                return stepResult(tree);
            }
            if (isStepError(tree)) {
                return stepError(tree, step);
            }
            if (isWebhookCreated(tree)) {
                return webhookCreated(tree);
            }
            if (isWebhookRetry(tree)) {
                return webhookRetry(tree, step);
            }
            if (isWebhookRejected(tree)) {
                return webhookRejected(tree);
            }
            if (isWebhookApproved(tree)) {
                return webhookApproved(tree);
            }
            if (isWebhookOther(tree)) {
                return webhookOther(tree);
            }
            if (isAccountValidation(tree)) {
                return accountValidation_(tree, step);
            }
            if (isSubmission(tree)) {
                return submission(tree);
            }
            return new ArgosResponse.Unrecognized(tree);
        } finally {
            UnknownValueReports.endReading();
        }
    }

    /**
     * Whether the body is of shape <code>step-retry</code>.
     */
    private static boolean isStepRetry(Object tree) {
        return WireValues.present(RETRY.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>step-result</code>.
     */
    private static boolean isStepResult(Object tree) {
        return WireValues.present(KYC_STATUS.first(tree, false), EMPTY_IS_ABSENT)
                && !WireValues.present(RETRY.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>step-error</code>.
     */
    private static boolean isStepError(Object tree) {
        return WireValues.present(ERROR_CODE.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>webhook-created</code>.
     */
    private static boolean isWebhookCreated(Object tree) {
        return "created".equals( WireValues.text(WEBHOOK_TRIGGER.first(tree, false),
                EMPTY_IS_ABSENT)) && !WireValues.present(RETRY_CODE.first(tree, false),
                EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>webhook-retry</code>.
     */
    private static boolean isWebhookRetry(Object tree) {
        return WireValues.oneOf(WireValues.text(WEBHOOK_TRIGGER.first(tree, false),
                EMPTY_IS_ABSENT), "created", "retry");
    }

    /**
     * Whether the body is of shape <code>webhook-rejected</code>.
     */
    private static boolean isWebhookRejected(Object tree) {
        return "rejected".equals( WireValues.text(WEBHOOK_TRIGGER.first(tree, false),
                EMPTY_IS_ABSENT));
    }

    /**
     * Whether the body is of shape <code>webhook-approved</code>.
     */
    private static boolean isWebhookApproved(Object tree) {
        return "approved".equals( WireValues.text(WEBHOOK_TRIGGER.first(tree, false),
                EMPTY_IS_ABSENT));
    }

    /**
     * Whether the body is of shape <code>webhook-other</code>.
     */
    private static boolean isWebhookOther(Object tree) {
        return WireValues.oneOf(WireValues.text(WEBHOOK_TRIGGER.first(tree, false),
                EMPTY_IS_ABSENT), "submit", "updated", "delete", "injection", "aml", "aml_monitor");
    }

    /**
     * Whether the body is of shape <code>account-validation</code>.
     */
    private static boolean isAccountValidation(Object tree) {
        return WireValues.present(STATUS_CODE.first(tree, false), EMPTY_IS_ABSENT)
                && WireValues.present(SUCCESS.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>submission</code>.
     */
    private static boolean isSubmission(Object tree) {
        return WireValues.present(ITEMS.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Reads a body of shape <code>step-retry</code>.
     */
    private static ArgosResponse.StepRetry stepRetry(Object tree, Integer step) {
        StatusReading statuses = new StatusReading("argos");
        statuses.read("/kycStatus", WireValues.text(KYC_STATUS.first(tree, false), EMPTY_IS_ABSENT),
                ArgosResponseReader::kycStatus);
        List<Finding> findings = new ArrayList<>();
        List<WirePointer.Match> codeMatches =
                WireValues.scalars(RETRY_EACH_RETRY_CODE.all(tree, false), EMPTY_IS_ABSENT);
        List<String> codesSent =
                WireValues.texts(codeMatches, EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        Integer retryCountSent = WireValues.integer(RETRY_COUNT.first(tree, false));
        Integer stepKnown = step != null ? step : WireValues.onlyOne(List.of(1, 2),
                candidate -> ArgosOutcome.retry(candidate, codesSent,
                null).codes().stream().anyMatch(ArgosResponseReader::isKnown));
        ArgosOutcome.Retry retry = ArgosOutcome.retry(stepKnown, codesSent, retryCountSent);
        for (int i = 0; i < retry.codes().size(); i++) {
            Map<String, String> companions = new LinkedHashMap<>();
            WireValues.put(companions, "message",
                    WireValues.text(RETRY_EACH_RETRY_MSG.bound(tree, codeMatches.get(i)),
                    EMPTY_IS_ABSENT));
            findings.add(UnknownValueReports.checked( new Finding("retry", retry.codes().get(i),
                    Optional.empty(), false, companions), "argos", "/retry/*/retryCode"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        Integer attempts = WireValues.integer(RETRY_COUNT.first(tree, false));
        return new ArgosResponse.StepRetry(statuses.verdict(), retry, findings, statuses.sent(),
                details, attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts), tree);
    }

    /**
     * Reads a body of shape <code>step-result</code>.
     */
    private static ArgosResponse.StepResult stepResult(Object tree) {
        StatusReading statuses = new StatusReading("argos");
        statuses.read("/kycStatus", WireValues.text(KYC_STATUS.first(tree, false), EMPTY_IS_ABSENT),
                ArgosResponseReader::kycStatus);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        Integer attempts = WireValues.integer(RETRY_COUNT.first(tree, false));
        return new ArgosResponse.StepResult(statuses.verdict(), findings, statuses.sent(), details,
                attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts), tree);
    }

    /**
     * Reads a body of shape <code>step-error</code>.
     */
    private static ArgosResponse.StepError stepError(Object tree, Integer step) {
        StatusReading statuses = new StatusReading("argos");
        List<Finding> findings = new ArrayList<>();
        String codeSent = WireValues.text(ERROR_CODE.first(tree, false), EMPTY_IS_ABSENT);
        Integer stepKnown = step != null ? step : WireValues.onlyOne(List.of(1, 2),
                candidate -> ArgosOutcome.requestError(candidate,
                codeSent).code().known().isPresent());
        ArgosOutcome.RequestError requestError = ArgosOutcome.requestError(stepKnown, codeSent);
        if (codeSent != null) {
            findings.add(UnknownValueReports.checked( new Finding("error", requestError.code(),
                    Optional.empty(), false, Map.of()), "argos", "/errorCode"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new ArgosResponse.StepError(Verdict.ERROR, requestError, findings, statuses.sent(),
                details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>webhook-created</code>.
     */
    private static ArgosResponse.WebhookCreated webhookCreated(Object tree) {
        StatusReading statuses = new StatusReading("argos");
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        Integer attempts = WireValues.integer(ATTEMPTS.first(tree, false));
        return new ArgosResponse.WebhookCreated(Verdict.IN_PROGRESS, findings, statuses.sent(),
                details, attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts), tree);
    }

    /**
     * Reads a body of shape <code>webhook-retry</code>.
     */
    private static ArgosResponse.WebhookRetry webhookRetry(Object tree, Integer step) {
        StatusReading statuses = new StatusReading("argos");
        statuses.read("/webhook_trigger", WireValues.text(WEBHOOK_TRIGGER.first(tree, false),
                EMPTY_IS_ABSENT), ArgosResponseReader::webhookTrigger);
        statuses.read("/kyc_result/status", WireValues.text(KYC_RESULT_STATUS.first(tree, false),
                EMPTY_IS_ABSENT), ArgosResponseReader::kycStatus);
        List<Finding> findings = new ArrayList<>();
        List<WirePointer.Match> codeMatches = WireValues.scalars(RETRY_CODE_EACH.all(tree, true),
                EMPTY_IS_ABSENT);
        List<String> codesSent =
                WireValues.texts(codeMatches, EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        Integer retryCountSent = WireValues.integer(ATTEMPTS.first(tree, false));
        Integer stepKnown = step != null ? step : WireValues.onlyOne(List.of(1, 2),
                candidate -> ArgosOutcome.retry(candidate, codesSent,
                null).codes().stream().anyMatch(ArgosResponseReader::isKnown));
        ArgosOutcome.Retry retry = ArgosOutcome.retry(stepKnown, codesSent, retryCountSent);
        for (int i = 0; i < retry.codes().size(); i++) {
            findings.add(UnknownValueReports.checked( new Finding("retry", retry.codes().get(i),
                    Optional.empty(), false, Map.of()), "argos", "/retryCode/*"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        Integer attempts = WireValues.integer(ATTEMPTS.first(tree, false));
        return new ArgosResponse.WebhookRetry(statuses.verdict(), retry, findings, statuses.sent(),
                details, attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts), tree);
    }

    /**
     * Reads a body of shape <code>webhook-rejected</code>.
     */
    private static ArgosResponse.WebhookRejected webhookRejected(Object tree) {
        StatusReading statuses = new StatusReading("argos");
        statuses.read("/webhook_trigger", WireValues.text(WEBHOOK_TRIGGER.first(tree, false),
                EMPTY_IS_ABSENT), ArgosResponseReader::webhookTrigger);
        statuses.read("/kyc_result/status", WireValues.text(KYC_RESULT_STATUS.first(tree, false),
                EMPTY_IS_ABSENT), ArgosResponseReader::kycStatus);
        List<Finding> findings = new ArrayList<>();
        String codeSent = WireValues.text(KYC_RESULT_COMMENT_CODE.first(tree, false),
                EMPTY_IS_ABSENT);
        ArgosOutcome.Reject reject = ArgosOutcome.reject(codeSent);
        if (codeSent != null) {
            Map<String, String> companions = new LinkedHashMap<>();
            WireValues.put(companions, "comment",
                    WireValues.text(KYC_RESULT_COMMENT.first(tree, false), EMPTY_IS_ABSENT));
            findings.add(UnknownValueReports.checked( new Finding("reject", reject.code(),
                    Optional.empty(), false, companions), "argos", "/kyc_result/commentCode"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new ArgosResponse.WebhookRejected(statuses.verdict(), reject, findings,
                statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>webhook-approved</code>.
     */
    private static ArgosResponse.WebhookApproved webhookApproved(Object tree) {
        StatusReading statuses = new StatusReading("argos");
        statuses.read("/webhook_trigger", WireValues.text(WEBHOOK_TRIGGER.first(tree, false),
                EMPTY_IS_ABSENT), ArgosResponseReader::webhookTrigger);
        statuses.read("/kyc_result/status", WireValues.text(KYC_RESULT_STATUS.first(tree, false),
                EMPTY_IS_ABSENT), ArgosResponseReader::kycStatus);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        return new ArgosResponse.WebhookApproved(statuses.verdict(), findings, statuses.sent(),
                details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>webhook-other</code>.
     */
    private static ArgosResponse.WebhookOther webhookOther(Object tree) {
        StatusReading statuses = new StatusReading("argos");
        statuses.read("/webhook_trigger", WireValues.text(WEBHOOK_TRIGGER.first(tree, false),
                EMPTY_IS_ABSENT), ArgosResponseReader::webhookTrigger);
        statuses.read("/data/kyc_result", WireValues.text(DATA_KYC_RESULT.first(tree, false),
                EMPTY_IS_ABSENT), ArgosResponseReader::kycStatus);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        return new ArgosResponse.WebhookOther(statuses.verdict(), findings, statuses.sent(),
                details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>account-validation</code>.
     */
    private static ArgosResponse.AccountValidation accountValidation_(Object tree, Integer step) {
        StatusReading statuses = new StatusReading("argos");
        statuses.read("/success", WireValues.text(SUCCESS.first(tree, false), EMPTY_IS_ABSENT),
                ArgosResponseReader::accountValidation);
        List<Finding> findings = new ArrayList<>();
        List<WirePointer.Match> codeMatches = WireValues.scalars(RETRY_CODE_EACH.all(tree, true),
                EMPTY_IS_ABSENT);
        List<String> codesSent =
                WireValues.texts(codeMatches, EMPTY_IS_ABSENT, WireValues.Case.EXACT);
        Integer retryCountSent = WireValues.integer(RETRY_COUNT.first(tree, false));
        Integer stepKnown = step != null ? step : WireValues.onlyOne(List.of(1, 2),
                candidate -> ArgosOutcome.retry(candidate, codesSent,
                null).codes().stream().anyMatch(ArgosResponseReader::isKnown));
        ArgosOutcome.Retry retry = ArgosOutcome.retry(stepKnown, codesSent, retryCountSent);
        for (int i = 0; i < retry.codes().size(); i++) {
            findings.add(UnknownValueReports.checked( new Finding("retry", retry.codes().get(i),
                    Optional.empty(), false, Map.of()), "argos", "/retryCode/*"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        WireValues.put(details, "message", WireValues.text(MESSAGE.first(tree, false),
                EMPTY_IS_ABSENT));
        Integer attempts = WireValues.integer(RETRY_COUNT.first(tree, false));
        return new ArgosResponse.AccountValidation(statuses.verdict(), retry, findings,
                statuses.sent(), details,
                attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts), tree);
    }

    /**
     * Reads a body of shape <code>submission</code>.
     */
    private static ArgosResponse.Submission submission(Object tree) {
        StatusReading statuses = new StatusReading("argos");
        statuses.read("/Items/0/kyc/result", WireValues.text(ITEMS_0_KYC_RESULT.first(tree, false),
                EMPTY_IS_ABSENT), ArgosResponseReader::kycStatus);
        List<Finding> findings = new ArrayList<>();
        List<ArgosOutcome.Reject> rejects = new ArrayList<>();
        for (WirePointer.Match element : ITEMS_EACH_KYC_COMMENT_CODE_EACH.all(tree, true)) {
            String codeSent = WireValues.text(element.value(), EMPTY_IS_ABSENT);
            if (codeSent == null) {
                // the element carries no code
                continue;
            }
            ArgosOutcome.Reject reject = ArgosOutcome.reject(codeSent);
            rejects.add(reject);
            Map<String, String> companions = new LinkedHashMap<>();
            WireValues.put(companions, "comment",
                    WireValues.text(ITEMS_EACH_KYC_COMMENT_EACH.bound(tree, element),
                    EMPTY_IS_ABSENT));
            findings.add(UnknownValueReports.checked( new Finding("reject", reject.code(),
                    Optional.empty(), false, companions), "argos", "/Items/*/kyc/commentCode/*"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new ArgosResponse.Submission(statuses.verdict(), rejects, findings, statuses.sent(),
                details, OptionalInt.empty(), tree);
    }

    /**
     * The verdict of a value of <code>kycStatus</code>: empty where the value does not
     * decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The submission's KYC status: kycStatus in a step's answer, kyc_result.status in
     * webhooks, Items[].kyc.result in GET submission.
     */
    private static Optional<Verdict> kycStatus(String value) {
        return switch (value) {
            case "incomplete" -> Optional.of(Verdict.RETRY_REQUESTED);
            case "pending" -> Optional.of(Verdict.PENDING);
            case "approved" -> Optional.of(Verdict.APPROVED);
            case "rejected" -> Optional.of(Verdict.DECLINED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>accountValidation</code>: empty where the value does
     * not decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>Whether the PreStep2 account validation went through (success): true once the
     * verification code is sent, which concludes nothing yet; false with a retry code.
     */
    private static Optional<Verdict> accountValidation(String value) {
        return switch (value) {
            case "true" -> Optional.of(Verdict.IN_PROGRESS);
            case "false" -> Optional.of(Verdict.RETRY_REQUESTED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>webhookTrigger</code>: empty where the value does
     * not decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>Why ARGOS sent the webhook (webhook_trigger). Values as listed on the current
     * webhook overview; the older gitbook guide lists fewer and says there is no webhook
     * for 'submit'.
     */
    private static Optional<Verdict> webhookTrigger(String value) {
        return switch (value) {
            case "created", "updated", "aml", "aml_monitor" -> Optional.empty();
            case "retry" -> Optional.of(Verdict.RETRY_REQUESTED);
            case "submit" -> Optional.of(Verdict.PENDING);
            case "approved" -> Optional.of(Verdict.APPROVED);
            case "rejected" -> Optional.of(Verdict.DECLINED);
            case "injection" -> Optional.of(Verdict.REVIEW);
            case "delete" -> Optional.of(Verdict.ABORTED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * Whether the catalog documents the code.
     */
    private static boolean isKnown(WireCode<?> code) {
        return code.known().isPresent();
    }
}
