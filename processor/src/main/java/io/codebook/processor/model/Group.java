package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A section of the vendor's document.
 *
 * @param javaName the constant name in the generated {@code Group} enum the spec asks for, if any
 * @param javaNamePattern the rule for its codes' constant names, where the group has its own
 * @param shared attribute values every code of the group has
 * @param codes the section's codes, in the document's order
 * @param position where the group's {@code id} is written
 */
public record Group(
        String id,
        String title,
        Optional<Name> javaName,
        Optional<NamePattern> javaNamePattern,
        Optional<String> description,
        List<String> notes,
        Map<String, AttributeValue> shared,
        List<Code> codes,
        SpecPosition position) {

    /** This group with its codes numbered from {@code first}, in order. */
    public Group numberedFrom(int first) {
        java.util.List<Code> numbered = new java.util.ArrayList<>();
        for (Code code : codes) {
            numbered.add(code.withOrdinal(first + numbered.size()));
        }
        return new Group(id, title, javaName, javaNamePattern, description, notes, shared, numbered, position);
    }

    public Group {
        notes = List.copyOf(notes);
        shared = Map.copyOf(shared);
        codes = List.copyOf(codes);
    }
}
