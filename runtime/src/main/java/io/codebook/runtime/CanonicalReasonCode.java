package io.codebook.runtime;

/**
 * A reason a verification did not pass, in one vocabulary for every vendor: a constant of the
 * generated canonical catalog (the shipped one generates {@code CanonicalReason}). Every vendor code
 * maps to exactly one.
 */
public interface CanonicalReasonCode extends CatalogCode {

    /** What an application does next when this is the reason, unless the vendor decided otherwise. */
    NextAction defaultAction();
}
