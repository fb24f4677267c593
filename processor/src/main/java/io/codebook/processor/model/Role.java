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
    CANONICAL_REASON("canonical-reason"),
    /** A canonical reason's default next action: the code type implements {@code CanonicalReason}. */
    REASON_ACTION("reason-action"),
    /** The vendor's own documented default action for a code, preferred over the canonical one. */
    VENDOR_DEFAULT_ACTION("vendor-default-action");

    private final String specName;

    Role(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    public static Optional<Role> fromSpecName(String name) {
        return Arrays.stream(values()).filter(r -> r.specName.equals(name)).findFirst();
    }
}
