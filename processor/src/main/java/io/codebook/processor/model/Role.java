package io.codebook.processor.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an attribute means to Codebook's runtime: which method of a runtime interface it fills.
 * Roles let data, not code, say which catalog is the canonical vocabulary and how vendor codes map
 * to it.
 */
public enum Role {
    /** A vendor code's canonical reason: the code type implements {@code MappedCode}. */
    CANONICAL_REASON("canonical-reason", "canonicalReason"),
    /** A canonical reason's default next action: the code type implements {@code CanonicalReasonCode}. */
    REASON_ACTION("reason-action", "defaultAction"),
    /** The vendor's own documented default action for a code, preferred over the canonical one. */
    VENDOR_DEFAULT_ACTION("vendor-default-action", "documentedAction"),
    /**
     * Codebook's own action for the few codes whose reason's default does not fit them (a retry code
     * whose reason otherwise waits for a person): optional, so every other code keeps its reason's.
     */
    ACTION_OVERRIDE("action-override", "documentedAction");

    private final String specName;
    private final String method;

    Role(String specName, String method) {
        this.specName = specName;
        this.method = method;
    }

    public String specName() {
        return specName;
    }

    /** The runtime method the role fills, e.g. {@code canonicalReason}. */
    public String method() {
        return method;
    }

    public static Optional<Role> fromSpecName(String name) {
        return Arrays.stream(values()).filter(r -> r.specName.equals(name)).findFirst();
    }

    /** The role whose runtime method is {@code method}, if any. */
    public static Optional<Role> ofMethod(String method) {
        return Arrays.stream(values()).filter(r -> r.method.equals(method)).findFirst();
    }
}
