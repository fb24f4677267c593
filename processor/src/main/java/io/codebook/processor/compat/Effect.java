package io.codebook.processor.compat;

/**
 * What a change between two versions of a catalog does to a consumer that compiled against the
 * baseline, from the most to the least severe.
 */
public enum Effect {
    /** Code that compiled against the baseline's generated types no longer compiles. */
    COMPILE,
    /** Code still compiles, but the same vendor payload reads, maps or resolves differently. */
    RUNTIME,
    /** Neither: additions, texts, deprecations. */
    SAFE;

    /** Whether this effect is {@code level} or more severe. */
    public boolean atLeast(Effect level) {
        return ordinal() <= level.ordinal();
    }
}
