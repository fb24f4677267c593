package io.codebook.runtime;

/**
 * A reason a verification did not pass, in one vocabulary for every vendor (the constants of the
 * generated canonical catalog). Every vendor code maps to exactly one.
 */
public interface CanonicalReason extends CatalogCode {

    /** What an application does next when this is the reason, unless the vendor decided otherwise. */
    NextAction defaultAction();
}
