package io.codebook.runtime;

/** A value of an enum-valued column of a vendor's table (a severity, a decision, a failure type). */
public interface AttributeValue {

    /** The value exactly as the vendor writes it, e.g. {@code High} or {@code 0 ~ 1}. */
    String value();

    /**
     * Whether the catalog deprecates this value (renamed, or no longer sent). It is still read like
     * any other.
     */
    default boolean deprecated() {
        return false;
    }
}
