package io.codebook.processor.yaml;

import io.codebook.processor.diagnostic.SpecPosition;

/**
 * A node of a spec's YAML tree, with its position. Scalars stay the text they were written as:
 * the validation stage converts them to the type the format expects at that place, so YAML 1.1's
 * implicit typing ({@code no} as false, {@code 0123} as octal) never changes a spec's data.
 */
public sealed interface SpecNode permits SpecScalar, SpecMap, SpecList {

    SpecPosition position();

    /** What kind of node this is, for messages such as "expected a list, found a map". */
    String kind();
}
