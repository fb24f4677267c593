package io.codebook.runtime;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an application does next about a verification, whatever the vendor. Constants are declared
 * from least to most severe: when several reasons apply at once, the most severe action wins. Code
 * that switches over the constants must handle each one: a new action is a compile error there, not
 * a silent default.
 */
public enum NextAction {

    /** Nothing stands in the way: carry on. */
    PROCEED("proceed"),

    /**
     * The vendor is still deciding (a review on its side, a run in progress): nobody on our side has
     * anything to do but wait for its result (a webhook, or asking again). Not {@link #MANUAL_REVIEW},
     * which means one of our people decides.
     */
    WAIT("wait"),

    /**
     * Ask the user to capture again now, in the same session (another photo of the document, another
     * selfie). Bounded: once the attempt limit is reached it becomes {@link #REJECT}.
     */
    RETRY_CAPTURE("retry-capture"),

    /** A transient failure on the vendor's side: try the same again later. */
    RETRY_LATER("retry-later"),

    /**
     * The session is over and a new one may succeed (it expired, was abandoned, or ended at a dead
     * end): our server creates a new session or submission and the user starts the flow again. It
     * resets the vendor's own attempt counter, so it is bounded per person by the application's
     * {@link Policy} (restarts made, then {@link #REJECT}).
     */
    RESTART("restart"),

    /**
     * The user has to do something outside the flow first: bring another document, enable the
     * camera, correct what they typed, enrol with a registry.
     */
    USER_ACTION("user-action"),

    /** One of our people decides. */
    MANUAL_REVIEW("manual-review"),

    /**
     * Our request or configuration is wrong: fix the integration. Never shown to the end user. A
     * resolution also says {@link Resolution#integrationError()} whenever any finding asks for it,
     * whatever action wins, so a rejection never hides a bug from the integrator.
     */
    FIX_INTEGRATION("fix-integration"),

    /**
     * The verification fails. Whether the person may come back (after a cooldown, with another
     * document) or is blocked is the application's decision about the person, by the canonical
     * reason the resolution carries: a vendor code cannot tell.
     */
    REJECT("reject");

    private final String specName;

    NextAction(String specName) {
        this.specName = specName;
    }

    /** The action's name in catalog specs, e.g. {@code retry-capture}. */
    public String specName() {
        return specName;
    }

    /** The action a spec names, e.g. {@code manual-review}; empty for anything else. */
    public static Optional<NextAction> fromSpecName(String name) {
        return Arrays.stream(values()).filter(a -> a.specName.equals(name)).findFirst();
    }

    /** Whether this action wins over {@code other} when both apply. */
    public boolean isMoreSevereThan(NextAction other) {
        return compareTo(other) > 0;
    }

    /** Whether the end user may be told about it; integration errors are ours to fix, not theirs. */
    public boolean concernsEndUser() {
        return this != FIX_INTEGRATION;
    }
}
