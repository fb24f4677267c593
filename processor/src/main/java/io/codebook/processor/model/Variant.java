package io.codebook.processor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One of several rows a document prints for the same code, with the facts that differ between
 * them; what the rows share stays on the {@link Code}.
 *
 * @param when the condition the vendor states for this row, verbatim
 * @param values this row's attribute values by attribute name
 */
public record Variant(Optional<String> description, Optional<String> when, Map<String, AttributeValue> values) {

    public Variant {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
