package io.codebook.runtime;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an application does next about a verification, whatever the vendor. Constants are declared
 * from least to most severe: when several reasons apply at once, the most severe action wins.
 */
public enum NextAction {

    /** Nothing stands in the way: carry on. */
    PROCEED("proceed"),

    /**
     * Ask the user to capture again now (another photo of the document, another selfie). Bounded:
     * once the vendor's attempt limit is reached it becomes {@link #REJECT}.
     */
    RETRY_CAPTURE("retry-capture"),

    /** A transient failure on the vendor's side: try the same again later. */
    RETRY_LATER("retry-later"),

    /**
     * The user has to do something outside the flow first: bring another document, enable the
     * camera, provide proof of address.
     */
    USER_ACTION("user-action"),

    /** A person decides. */
    MANUAL_REVIEW("manual-review"),

    /**
     * Our request or configuration is wrong: fix the integration. Never shown to the end user; it
     * outranks every outcome but a rejection because nothing the vendor concluded can be trusted.
     */
    FIX_INTEGRATION("fix-integration"),

    /** The verification fails for good. */
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
