package golden.shipped;

import io.codebook.runtime.Attempts;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.Finding;
import io.codebook.runtime.Policy;
import io.codebook.runtime.Resolution;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.UnrecognizedResponse;
import io.codebook.runtime.VendorResponse;
import io.codebook.runtime.Verdict;
import io.codebook.runtime.internal.SentValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * A body ARGOS Identity sends, as the catalog spec describes its shapes: one record
 * per shape, and {@link Unrecognized} for a body of none.
 *
 * <p>Read one with {@link #read}, which never throws and never returns {@code null};
 * each record holds what the vendor concluded ({@link #verdict()}), the typed outcomes
 * of its shape, every code it carried, documented or not ({@link #findings()}), and
 * the body itself. {@link #resolve()} gives the next action, which never proceeds
 * unless the vendor approved. Handle every shape with {@link #match(Cases)}, or, on
 * Java 21+, with a {@code switch} over the records; both fail to compile when the spec
 * gains a shape.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog argos"
)
@CodebookGenerated("argos")
public sealed interface ArgosResponse extends VendorResponse permits ArgosResponse.StepRetry, ArgosResponse.StepResult, ArgosResponse.StepError, ArgosResponse.WebhookCreated, ArgosResponse.WebhookRetry, ArgosResponse.WebhookRejected, ArgosResponse.WebhookApproved, ArgosResponse.WebhookOther, ArgosResponse.AccountValidation, ArgosResponse.Submission, ArgosResponse.Unrecognized {
    /**
     * Reads ARGOS Identity's bodies, for an application that holds the readers of all its
     * vendors in one list.
     */
    ResponseReader<ArgosResponse> READER = new ArgosResponseReader();

    /**
     * Reads a body: the record of the first shape whose conditions it meets, in the spec's
     * order, else {@link Unrecognized}. Never throws and never returns {@code null}, for
     * any tree.
     *
     * @param tree the body as a JSON library gives it: {@code Map}, {@code List}, {@code
     * String}, {@code Number}, {@code Boolean} or {@code null} (Jackson's {@code
     * readValue(json, Object.class)}, Gson's {@code fromJson(json, Object.class)},
     * org.json's {@code toMap()})
     * @param step The KYC step (1 or 2) whose endpoint answered, which the body does not
     * say. When it is not given, the step under which the body's codes are documented is
     * used, if only one is (Step 1 and Step 2 retry codes do not overlap). ({@code null}
     * when not known)
     * @return the body as read
     */
    static ArgosResponse read(Object tree, Integer step) {
        return ArgosResponseReader.read(tree, step);
    }

    /**
     * Whether {@code tree} has one of the shapes the spec describes. Never throws.
     *
     * @param tree the body as a JSON library gives it
     * @return whether {@link #read} recognises it
     */
    static boolean recognises(Object tree) {
        return ArgosResponseReader.matches(tree);
    }

    /**
     * Calls the method of {@code cases} that handles this shape of body.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    <R> R match(Cases<R> cases);

    /**
     * The next action for this body under the application's policy: the captures counted
     * are the body's own count where it is larger, and the attempt limit is the policy's
     * for this catalog, else the one the vendor documents.
     */
    @Override
    default Resolution resolve(Policy policy, Attempts attempts) {
        Policy rules = policy == null ? Policy.DEFAULTS : policy;
        Attempts counted = (attempts == null ? Attempts.NONE : attempts)
                .withCapturesAtLeast(attemptsMade().orElse(0));
        return Resolution.resolve(verdict(), findings(), counted,
                rules.attemptLimit(ArgosCode.CATALOG), rules);
    }

    /**
     * A step's answer (HTTP 200) asking the user to retry, with one or more retry codes
     * and their messages.
     *
     * <p>Source:
     * https://argos-kyc.gitbook.io/client-guide-1/getting-started-1/submit-via-api/post-submission-step-2/step-2-retry
     *
     * <p>Note: The Step 1 Retry page says the same answer comes from Step 1; its sample
     * was not published where it could be read, so the shape is taken to be the same.
     *
     * <p>Note: The messages' apostrophes differ between samples (U+2019 here, U+0027 in
     * GET submission): retryMsg is kept as sent and never matched.
     *
     * @param verdict what the vendor concluded
     * @param retry the body's {@link Retry}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record StepRetry(Verdict verdict, ArgosOutcome.Retry retry, List<Finding> findings,
            Map<String, String> statuses, Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements ArgosResponse {
        public StepRetry {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(retry, "retry");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "step-retry";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.stepRetry(this);
        }
    }

    /**
     * A step's answer (HTTP 200) with a KYC status and no retry codes. At the third failed
     * attempt kycStatus is rejected and the body names no code: ARGOS sends the reject
     * code too_many_retry only in its rejected webhook and in GET submission.
     *
     * <p>Source:
     * https://argos-kyc.gitbook.io/client-guide-1/getting-started-1/submit-via-api/post-submission-step-2/step-2-retry
     *
     * <p>Note: verificationResult stays "success" in the rejected answer; it says the
     * request was processed, not that the user passed, so it is not read as a status.
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record StepResult(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements ArgosResponse {
        public StepResult {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "step-result";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.stepResult(this);
        }
    }

    /**
     * A step's answer with HTTP 400: the request failed, with an error code.
     *
     * <p>Source: 001_4bc8384ac82ce3cf.txt (the seed's Step 1 and Step 2 error tables,
     * printed under "400 Bad Request"); the JSON of the answer is not published
     *
     * <p>Note: Hand-made sample: ARGOS publishes the error codes and messages but no error
     * body that parses; the shape follows the tables' errorCode column.
     *
     * @param verdict what the vendor concluded
     * @param requestError the body's {@link RequestError}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record StepError(Verdict verdict, ArgosOutcome.RequestError requestError,
            List<Finding> findings, Map<String, String> statuses, Map<String, String> details,
            OptionalInt attemptsMade, Object tree) implements ArgosResponse {
        public StepError {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(requestError, "requestError");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "step-error";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.stepError(this);
        }
    }

    /**
     * The created webhook without a retry code: the submission was created, and nothing is
     * concluded yet.
     *
     * <p>Source: https://developers.argosidentity.com/en/idcheck/webhooks/idcheck-retry.md
     *
     * <p>Note: ARGOS sends the same webhook when the user is asked to retry, then with a
     * retry code: that is webhook-retry.
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record WebhookCreated(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements ArgosResponse {
        public WebhookCreated {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "webhook-created";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.webhookCreated(this);
        }
    }

    /**
     * The created webhook, which ARGOS also sends when the user is asked to retry: the
     * submission's status, the attempts so far and, on a retry, the retry code (without
     * its step).
     *
     * <p>Source: https://developers.argosidentity.com/en/idcheck/webhooks/idcheck-retry.md
     *
     * <p>Note: retryCode is one code here, where a step's answer lists them; attempts here
     * is retryCount there.
     *
     * <p>Note: The page's field description spells the status "imcomplete"; its samples
     * send "incomplete".
     *
     * @param verdict what the vendor concluded
     * @param retry the body's {@link Retry}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record WebhookRetry(Verdict verdict, ArgosOutcome.Retry retry, List<Finding> findings,
            Map<String, String> statuses, Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements ArgosResponse {
        public WebhookRetry {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(retry, "retry");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "webhook-retry";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.webhookRetry(this);
        }
    }

    /**
     * The rejected webhook: the submission was rejected, with the reject comment code and
     * comment.
     *
     * <p>Source:
     * https://developers.argosidentity.com/en/idcheck/webhooks/idcheck-rejected.md
     *
     * <p>Note: commentCode is a single code in both published versions of this page, where
     * GET submission lists them.
     *
     * <p>Note: The older gitbook webhook guide documents only kyc_result.comment, without
     * commentCode.
     *
     * @param verdict what the vendor concluded
     * @param reject the body's {@link Reject}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record WebhookRejected(Verdict verdict, ArgosOutcome.Reject reject, List<Finding> findings,
            Map<String, String> statuses, Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements ArgosResponse {
        public WebhookRejected {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(reject, "reject");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "webhook-rejected";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.webhookRejected(this);
        }
    }

    /**
     * The approved webhook: the submission was approved.
     *
     * <p>Source:
     * https://developers.argosidentity.com/en/idcheck/webhooks/idcheck-approved.md
     *
     * <p>Note: additional_list is a list on developers.argosidentity.com and a single
     * object in the gitbook guide; nothing here reads it.
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record WebhookApproved(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements ArgosResponse {
        public WebhookApproved {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "webhook-approved";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.webhookApproved(this);
        }
    }

    /**
     * A webhook that carries no code of this catalog: submit (the submission went to
     * pending), updated, delete, injection, aml and aml_monitor.
     *
     * <p>Source: https://developers.argosidentity.com/en/idcheck/webhooks/overview
     *
     * <p>Note: The submit body has no kyc_result: pending is said by its trigger alone.
     * The gitbook guide says there is no submit webhook.
     *
     * <p>Note: The updated webhook carries data.kyc_result as a text (the status), where
     * the others carry an object.
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record WebhookOther(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements ArgosResponse {
        public WebhookOther {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "webhook-other";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.webhookOther(this);
        }
    }

    /**
     * The answer of the PreStep2 account validation (POST
     * /v3/submission/validationaccount, the Korean account-ownership add-on): the
     * verification code was sent (success true), or the user is asked to retry with a
     * retry code and its message.
     *
     * <p>Source:
     * https://argos-kyc.gitbook.io/client-guide-1/getting-started-1/submit-via-api/post-submission-validationaccount-prestep2
     *
     * <p>Note: The add-on's retry codes (invalid_bank_code, ...) are not in the document
     * this catalog transcribes: they are kept unrecognized.
     *
     * <p>Note: The published samples have unquoted keys; they were quoted to parse.
     *
     * @param verdict what the vendor concluded
     * @param retry the body's {@link Retry}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record AccountValidation(Verdict verdict, ArgosOutcome.Retry retry, List<Finding> findings,
            Map<String, String> statuses, Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements ArgosResponse {
        public AccountValidation {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(retry, "retry");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "account-validation";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.accountValidation(this);
        }
    }

    /**
     * GET submission: the submission's record, with its result and its reject comment
     * codes (a list, with the comments in a parallel list).
     *
     * <p>Source:
     * https://developers.argosidentity.com/api-reference/api-reference-guide/en/get-submission/submissionId
     *
     * @param verdict what the vendor concluded
     * @param rejects one {@link Reject} per element that carries one, in the body's order
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record Submission(Verdict verdict, List<ArgosOutcome.Reject> rejects, List<Finding> findings,
            Map<String, String> statuses, Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements ArgosResponse {
        public Submission {
            Objects.requireNonNull(verdict, "verdict");
            rejects = List.copyOf(rejects);
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "submission";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.submission(this);
        }
    }

    /**
     * A body of none of the shapes the spec describes: a person looks. Its verdict is
     * {@code UNKNOWN}, so it never resolves to proceed, and the body is kept as it was
     * given.
     *
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("argos")
    record Unrecognized(Object tree) implements ArgosResponse, UnrecognizedResponse {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.unrecognized(this);
        }
    }

    /**
     * Handles every shape of body, and bodies of none. A handler that leaves one out does
     * not compile, so a shape added to the spec shows up as a compile error naming the
     * method to write.
     *
     * @param <R> what handling a body returns
     */
    @CodebookGenerated("argos")
    interface Cases<R> {
        /**
         * A body of shape <code>step-retry</code>: A step's answer (HTTP 200) asking the user
         * to retry, with one or more retry codes and their messages.
         */
        R stepRetry(StepRetry response);

        /**
         * A body of shape <code>step-result</code>: A step's answer (HTTP 200) with a KYC
         * status and no retry codes. At the third failed attempt kycStatus is rejected and the
         * body names no code: ARGOS sends the reject code too_many_retry only in its rejected
         * webhook and in GET submission.
         */
        R stepResult(StepResult response);

        /**
         * A body of shape <code>step-error</code>: A step's answer with HTTP 400: the request
         * failed, with an error code.
         */
        R stepError(StepError response);

        /**
         * A body of shape <code>webhook-created</code>: The created webhook without a retry
         * code: the submission was created, and nothing is concluded yet.
         */
        R webhookCreated(WebhookCreated response);

        /**
         * A body of shape <code>webhook-retry</code>: The created webhook, which ARGOS also
         * sends when the user is asked to retry: the submission's status, the attempts so far
         * and, on a retry, the retry code (without its step).
         */
        R webhookRetry(WebhookRetry response);

        /**
         * A body of shape <code>webhook-rejected</code>: The rejected webhook: the submission
         * was rejected, with the reject comment code and comment.
         */
        R webhookRejected(WebhookRejected response);

        /**
         * A body of shape <code>webhook-approved</code>: The approved webhook: the submission
         * was approved.
         */
        R webhookApproved(WebhookApproved response);

        /**
         * A body of shape <code>webhook-other</code>: A webhook that carries no code of this
         * catalog: submit (the submission went to pending), updated, delete, injection, aml
         * and aml_monitor.
         */
        R webhookOther(WebhookOther response);

        /**
         * A body of shape <code>account-validation</code>: The answer of the PreStep2 account
         * validation (POST /v3/submission/validationaccount, the Korean account-ownership
         * add-on): the verification code was sent (success true), or the user is asked to
         * retry with a retry code and its message.
         */
        R accountValidation(AccountValidation response);

        /**
         * A body of shape <code>submission</code>: GET submission: the submission's record,
         * with its result and its reject comment codes (a list, with the comments in a
         * parallel list).
         */
        R submission(Submission response);

        /**
         * A body of none of the documented shapes: a person looks.
         */
        R unrecognized(Unrecognized response);
    }
}
