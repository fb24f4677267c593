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
 * A body ID Analyzer sends, as the catalog spec describes its shapes: one record per
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
        comments = "catalog id-analyzer"
)
@CodebookGenerated("id-analyzer")
public sealed interface IdAnalyzerResponse extends VendorResponse permits IdAnalyzerResponse.ErrorBody, IdAnalyzerResponse.Transaction, IdAnalyzerResponse.Unrecognized {
    /**
     * Reads ID Analyzer's bodies, for an application that holds the readers of all its
     * vendors in one list.
     */
    ResponseReader<IdAnalyzerResponse> READER = new IdAnalyzerResponseReader();

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
    static IdAnalyzerResponse read(Object tree) {
        return IdAnalyzerResponseReader.read(tree);
    }

    /**
     * Whether {@code tree} has one of the shapes the spec describes. Never throws.
     *
     * @param tree the body as a JSON library gives it
     * @return whether {@link #read} recognises it
     */
    static boolean recognises(Object tree) {
        return IdAnalyzerResponseReader.matches(tree);
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
                rules.attemptLimit(IdAnalyzerWarning.CATALOG), rules);
    }

    /**
     * A request that failed (HTTP 400, 401 or 403): success is false and error says why.
     *
     * <p>Source: https://developer.idanalyzer.com/docs/responsecodes
     *
     * <p>Note: The official SDKs tell an error by its body, not by its HTTP status: the
     * PHP client checks success === false, the Python client checks for an 'error' key.
     *
     * <p>Note: The PHP SDK builds its ApiError with error.code and error.message swapped;
     * read here by name, so neither is taken for the other.
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("id-analyzer")
    record ErrorBody(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements IdAnalyzerResponse {
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
     * A transaction's result (scan, quickscan, face, liveness; and the webhooks, which
     * carry the same decision and warnings): the decision, and a list of warnings, each
     * with its own severity and decision.
     *
     * <p>Source: https://developer.idanalyzer.com/docs/decision-flow
     *
     * <p>Note: The published sample is a fragment (elided with '...'); the shape is read
     * from it and from the webhook page, which says to "evaluate the decision and warning
     * values".
     *
     * <p>Note: Descriptions are sent with their placeholders filled in (and relays have
     * been seen to append text), so the code is matched, never the description.
     *
     * <p>Note: Docupass v3 ends an expired verification with decision reject and a warning
     * DOCUPASS_EXPIRED, which the captured table does not list: it is kept unrecognized.
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
    @CodebookGenerated("id-analyzer")
    record Transaction(Verdict verdict, List<IdAnalyzerOutcome.Warning> warnings,
            List<Finding> findings, Map<String, String> statuses, Map<String, String> details,
            OptionalInt attemptsMade, Object tree) implements IdAnalyzerResponse {
        public Transaction {
            Objects.requireNonNull(verdict, "verdict");
            warnings = List.copyOf(warnings);
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "transaction";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.transaction(this);
        }
    }

    /**
     * A body of none of the shapes the spec describes: a person looks. Its verdict is
     * {@code UNKNOWN}, so it never resolves to proceed, and the body is kept as it was
     * given.
     *
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("id-analyzer")
    record Unrecognized(Object tree) implements IdAnalyzerResponse, UnrecognizedResponse {
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
    @CodebookGenerated("id-analyzer")
    interface Cases<R> {
        /**
         * A body of shape <code>error</code>: A request that failed (HTTP 400, 401 or 403):
         * success is false and error says why.
         */
        R errorBody(ErrorBody response);

        /**
         * A body of shape <code>transaction</code>: A transaction's result (scan, quickscan,
         * face, liveness; and the webhooks, which carry the same decision and warnings): the
         * decision, and a list of warnings, each with its own severity and decision.
         */
        R transaction(Transaction response);

        /**
         * A body of none of the documented shapes: a person looks.
         */
        R unrecognized(Unrecognized response);
    }
}
