package io.codebook.runtime;

/** A vendor code that maps to a {@link CanonicalReasonCode}: every generated vendor code is one. */
public interface MappedCode extends CatalogCode {

    /** The reason this code means, whatever the vendor. */
    CanonicalReasonCode canonicalReason();

    /**
     * The action the documentation implies: the vendor's own documented default where the vendor
     * documents one (AiPrise's decision column), else the canonical reason's default.
     */
    default NextAction documentedAction() {
        return canonicalReason().defaultAction();
    }
}
