package io.codebook.runtime;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A vendor's response or webhook body as its catalog spec describes it: which documented shape it
 * has, what the vendor concluded, and every code it carried, with the body itself kept. Every
 * generated response type ({@code ArgosResponse}, …) is one, so code that logs, stores or resolves
 * responses can treat all vendors alike; the generated type adds the typed outcomes of each shape.
 */
public interface VendorResponse {

    /**
     * The id of the shape the body has in the spec, e.g. {@code step-retry}; {@code unrecognized}
     * when it has none of the documented shapes.
     */
    String shape();

    /** What the vendor concluded; {@link Verdict#UNKNOWN} when the body does not say. */
    Verdict verdict();

    /** Every code the body carried, documented or not, in the order the spec reads them. */
    List<Finding> findings();

    /** The status values the verdict was read from, as sent, by the pointer they were read at. */
    Map<String, String> statuses();

    /** Other values the spec keeps from this shape (an error's message…), as sent, by name. */
    Map<String, String> details();

    /** How many attempts the body says were made so far, where it says. */
    OptionalInt attemptsMade();

    /** The body as it was given to the reader. */
    Object tree();

    /**
     * The next action for this response under the application's policy, with what it counted for
     * this person: see {@link Resolution} for the rules.
     */
    Resolution resolve(Policy policy, Attempts attempts);

    /** The next action under the specs' own defaults, with only what the body itself counts. */
    default Resolution resolve() {
        return resolve(Policy.DEFAULTS, Attempts.NONE);
    }
}
