package io.codebook.runtime;

/** A vendor code that maps to a {@link CanonicalReasonCode}: every generated vendor code is one. */
public interface MappedCode extends CatalogCode {

    /** The reason this code means, whatever the vendor. */
    CanonicalReasonCode canonicalReason();

    /**
     * The action the spec gives this code: its own where the spec sets one (role
     * {@code action-override}, or a vendor column with role {@code vendor-default-action}), else its
     * canonical reason's default. An application's {@link Policy} may still choose another.
     */
    default NextAction documentedAction() {
        return canonicalReason().defaultAction();
    }
}
