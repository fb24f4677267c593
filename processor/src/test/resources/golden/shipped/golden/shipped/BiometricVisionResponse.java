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
 * A body Biometric.Vision sends, as the catalog spec describes its shapes: one record
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
        comments = "catalog biometric-vision"
)
@CodebookGenerated("biometric-vision")
public sealed interface BiometricVisionResponse extends VendorResponse permits BiometricVisionResponse.FlowEnd, BiometricVisionResponse.TechnologyEnd, BiometricVisionResponse.Started, BiometricVisionResponse.Unrecognized {
    /**
     * Reads Biometric.Vision's bodies, for an application that holds the readers of all
     * its vendors in one list.
     */
    ResponseReader<BiometricVisionResponse> READER = new BiometricVisionResponseReader();

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
    static BiometricVisionResponse read(Object tree) {
        return BiometricVisionResponseReader.read(tree);
    }

    /**
     * Whether {@code tree} has one of the shapes the spec describes. Never throws.
     *
     * @param tree the body as a JSON library gives it
     * @return whether {@link #read} recognises it
     */
    static boolean recognises(Object tree) {
        return BiometricVisionResponseReader.matches(tree);
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
                rules.attemptLimit(BiometricVisionFailure.CATALOG), rules);
    }

    /**
     * The flow.end webhook: the flow session's status and result, and each technology's
     * result with its failure reason.
     *
     * <p>Source: https://guide.biometric.kz/en/fundamentals/webhooks/flow_events
     *
     * <p>Note: FINISHED can come with flow_session_result false; the docs' own samples
     * pair FINISHED with true and FAILED with false, so both are read.
     *
     * <p>Note: Where a failure of the flow itself (Flow: EXPIRED, OTHER) sits in the body
     * was not found; such a body is read by its status and result.
     *
     * <p>Note: failure_reason is null in a successful technology.end and missing in a
     * successful flow.end: both read as no failure.
     *
     * @param verdict what the vendor concluded
     * @param technologyFailures one {@link TechnologyFailure} per element that carries
     * one, in the body's order
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("biometric-vision")
    record FlowEnd(Verdict verdict,
            List<BiometricVisionOutcome.TechnologyFailure> technologyFailures,
            List<Finding> findings, Map<String, String> statuses, Map<String, String> details,
            OptionalInt attemptsMade, Object tree) implements BiometricVisionResponse {
        public FlowEnd {
            Objects.requireNonNull(verdict, "verdict");
            technologyFailures = List.copyOf(technologyFailures);
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "flow-end";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.flowEnd(this);
        }
    }

    /**
     * The technology.end webhook: one technology's result and failure reason.
     *
     * <p>Source: https://guide.biometric.kz/en/fundamentals/webhooks/technology_events
     *
     * <p>Note: Only liveness_result is documented by the vendor; face2face_result,
     * edocument_result and document_recognition_result are read as third-party
     * integrations read them.
     *
     * @param verdict what the vendor concluded
     * @param technologyFailures one {@link TechnologyFailure} per element that carries
     * one, in the body's order
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("biometric-vision")
    record TechnologyEnd(Verdict verdict,
            List<BiometricVisionOutcome.TechnologyFailure> technologyFailures,
            List<Finding> findings, Map<String, String> statuses, Map<String, String> details,
            OptionalInt attemptsMade, Object tree) implements BiometricVisionResponse {
        public TechnologyEnd {
            Objects.requireNonNull(verdict, "verdict");
            technologyFailures = List.copyOf(technologyFailures);
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "technology-end";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.technologyEnd(this);
        }
    }

    /**
     * The flow.start and technology.start webhooks: the flow or a technology has started,
     * nothing is concluded.
     *
     * <p>Source: https://guide.biometric.kz/en/fundamentals/webhooks/flow_events
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("biometric-vision")
    record Started(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements BiometricVisionResponse {
        public Started {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "started";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.started(this);
        }
    }

    /**
     * A body of none of the shapes the spec describes: a person looks. Its verdict is
     * {@code UNKNOWN}, so it never resolves to proceed, and the body is kept as it was
     * given.
     *
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("biometric-vision")
    record Unrecognized(Object tree) implements BiometricVisionResponse, UnrecognizedResponse {
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
    @CodebookGenerated("biometric-vision")
    interface Cases<R> {
        /**
         * A body of shape <code>flow-end</code>: The flow.end webhook: the flow session's
         * status and result, and each technology's result with its failure reason.
         */
        R flowEnd(FlowEnd response);

        /**
         * A body of shape <code>technology-end</code>: The technology.end webhook: one
         * technology's result and failure reason.
         */
        R technologyEnd(TechnologyEnd response);

        /**
         * A body of shape <code>started</code>: The flow.start and technology.start webhooks:
         * the flow or a technology has started, nothing is concluded.
         */
        R started(Started response);

        /**
         * A body of none of the documented shapes: a person looks.
         */
        R unrecognized(Unrecognized response);
    }
}
