package io.codebook.processor.yaml;

import io.codebook.processor.diagnostic.SpecPosition;

/**
 * A scalar exactly as written.
 *
 * @param value the text, unquoted and unescaped
 * @param position where it starts
 * @param empty whether it was written as nothing at all ({@code key:}), which the format treats as
 *     a missing value rather than an empty text
 */
public record SpecScalar(String value, SpecPosition position, boolean empty) implements SpecNode {

    @Override
    public String kind() {
        return empty ? "no value" : "a single value";
    }
}
