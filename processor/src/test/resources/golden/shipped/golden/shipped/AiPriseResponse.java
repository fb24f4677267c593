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
 * A body AiPrise sends, as the catalog spec describes its shapes: one record per
 * shape, and {@link Unrecognized} for a body of none.
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
        comments = "catalog aiprise"
)
@CodebookGenerated("aiprise")
public sealed interface AiPriseResponse extends VendorResponse permits AiPriseResponse.UserVerification, AiPriseResponse.BusinessDecision, AiPriseResponse.RunStatus, AiPriseResponse.CaseEvent, AiPriseResponse.ErrorBody, AiPriseResponse.Unrecognized {
    /**
     * Reads AiPrise's bodies, for an application that holds the readers of all its vendors
     * in one list.
     */
    ResponseReader<AiPriseResponse> READER = new AiPriseResponseReader();

    /**
     * Reads a body: the record of the first shape whose conditions it meets, in the spec's
     * order, else {@link Unrecognized}. Never throws and never returns {@code null}, for
     * any tree.
     *
     * @param tree the body as a JSON library gives it: {@code Map}, {@code List}, {@code
     * String}, {@code Number}, {@code Boolean} or {@code null} (Jackson's {@code
     * readValue(json, Object.class)}, Gson's {@code fromJson(json, Object.class)},
     * org.json's {@code toMap()})
     * @return the body as read
     */
    static AiPriseResponse read(Object tree) {
        return AiPriseResponseReader.read(tree);
    }

    /**
     * Whether {@code tree} has one of the shapes the spec describes. Never throws.
     *
     * @param tree the body as a JSON library gives it
     * @return whether {@link #read} recognises it
     */
    static boolean recognises(Object tree) {
        return AiPriseResponseReader.matches(tree);
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
                rules.attemptLimit(AiPriseWarning.CATALOG), rules);
    }

    /**
     * A user verification's result (GET result, the callback_url payload, the
     * VERIFICATION_SESSION_COMPLETION event): the result, the run status, and each
     * section's warnings with the decision AiPrise applied to them.
     *
     * <p>Source: https://docs.aiprise.com/docs/verification-result-1
     *
     * <p>Note: The sections' warnings (id_info.warnings[] and the like, each {code,
     * message, ...}) are read from every section that has them; no published body of the
     * current format with warnings could be read, so the sample is hand-made to the
     * documented layout.
     *
     * <p>Note: The old result format (docs.aiprise.com/reference/verification-result) has
     * the same aiprise_summary.verification_result and no warnings.
     *
     * @param verdict what the vendor concluded
     * @param warnings one {@link Warning} per element that carries one, in the body's
     * order
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("aiprise")
    record UserVerification(Verdict verdict, List<AiPriseOutcome.Warning> warnings,
            List<Finding> findings, Map<String, String> statuses, Map<String, String> details,
            OptionalInt attemptsMade, Object tree) implements AiPriseResponse {
        public UserVerification {
            Objects.requireNonNull(verdict, "verdict");
            warnings = List.copyOf(warnings);
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "user-verification";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.userVerification(this);
        }
    }

    /**
     * The KYB decision callback: the business verification's decision and status, and its
     * warning codes.
     *
     * <p>Source: https://docs.aiprise.com/docs/decision-callbacks
     *
     * <p>Note: aiprise_summary.notes is a text here and a list in the user result's
     * sample; nothing here reads it.
     *
     * @param verdict what the vendor concluded
     * @param warnings one {@link Warning} per element that carries one, in the body's
     * order
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("aiprise")
    record BusinessDecision(Verdict verdict, List<AiPriseOutcome.Warning> warnings,
            List<Finding> findings, Map<String, String> statuses, Map<String, String> details,
            OptionalInt attemptsMade, Object tree) implements AiPriseResponse {
        public BusinessDecision {
            Objects.requireNonNull(verdict, "verdict");
            warnings = List.copyOf(warnings);
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "business-decision";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.businessDecision(this);
        }
    }

    /**
     * A verification that has a run status and no result yet (started, running) or none at
     * all (FAILED: a workflow error, with only status_reasons).
     *
     * <p>Source: https://docs.aiprise.com/docs/casesession-status-model
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("aiprise")
    record RunStatus(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements AiPriseResponse {
        public RunStatus {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "run-status";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.runStatus(this);
        }
    }

    /**
     * An event of a case (events_callback_url): its type, and for a case status update the
     * result a reviewer (or the API) set, with the reason picked from AiPrise's own list
     * of decline reasons.
     *
     * <p>Source: https://docs.aiprise.com/docs/event-callbacks
     *
     * <p>Note: The decline reason of a CASE_STATUS_UPDATE (reason.code) is the reviewer's
     * vocabulary, not this catalog's warnings: it is kept as a detail.
     *
     * <p>Note: Two stored versions of the events page disagree on whether
     * CASE_STATUS_UPDATE carries reason and author.
     *
     * <p>Note: A session linked to a user profile sends every event to the profile's
     * events_callback_url, never to its callback_url.
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("aiprise")
    record CaseEvent(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements AiPriseResponse {
        public CaseEvent {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "case-event";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.caseEvent(this);
        }
    }

    /**
     * Any answer but HTTP 200 (208 Already reported, 400, 401, 403, 413, 429, 500): a
     * message and nothing else.
     *
     * <p>Source: https://docs.aiprise.com/reference/status-codes
     *
     * <p>Note: 208 ("Same verification session id used more than once") is an error too:
     * every status but 200 is.
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("aiprise")
    record ErrorBody(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements AiPriseResponse {
        public ErrorBody {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "error";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.errorBody(this);
        }
    }

    /**
     * A body of none of the shapes the spec describes: a person looks. Its verdict is
     * {@code UNKNOWN}, so it never resolves to proceed, and the body is kept as it was
     * given.
     *
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("aiprise")
    record Unrecognized(Object tree) implements AiPriseResponse, UnrecognizedResponse {
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
    @CodebookGenerated("aiprise")
    interface Cases<R> {
        /**
         * A body of shape <code>user-verification</code>: A user verification's result (GET
         * result, the callback_url payload, the VERIFICATION_SESSION_COMPLETION event): the
         * result, the run status, and each section's warnings with the decision AiPrise
         * applied to them.
         */
        R userVerification(UserVerification response);

        /**
         * A body of shape <code>business-decision</code>: The KYB decision callback: the
         * business verification's decision and status, and its warning codes.
         */
        R businessDecision(BusinessDecision response);

        /**
         * A body of shape <code>run-status</code>: A verification that has a run status and no
         * result yet (started, running) or none at all (FAILED: a workflow error, with only
         * status_reasons).
         */
        R runStatus(RunStatus response);

        /**
         * A body of shape <code>case-event</code>: An event of a case (events_callback_url):
         * its type, and for a case status update the result a reviewer (or the API) set, with
         * the reason picked from AiPrise's own list of decline reasons.
         */
        R caseEvent(CaseEvent response);

        /**
         * A body of shape <code>error</code>: Any answer but HTTP 200 (208 Already reported,
         * 400, 401, 403, 413, 429, 500): a message and nothing else.
         */
        R errorBody(ErrorBody response);

        /**
         * A body of none of the documented shapes: a person looks.
         */
        R unrecognized(Unrecognized response);
    }
}
