package io.codebook.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A section of the vendor's document.
 *
 * @param javaName the constant name in the generated {@code Group} enum
 * @param shared attribute values every code of the group has
 * @param codes the section's codes, in the document's order
 */
public record Group(
        String id,
        String title,
        String javaName,
        Optional<String> description,
        List<String> notes,
        Map<String, AttributeValue> shared,
        List<Code> codes) {

    public Group {
        notes = List.copyOf(notes);
        shared = Map.copyOf(shared);
        codes = List.copyOf(codes);
    }
}
