package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One documented code.
 *
 * @param ordinal the code's place in the catalog, 0 for the first code of the first group; the
 *     index of its row in generated tables
 * @param code the wire string, when the catalog's key includes {@code code}
 * @param values the code's attribute values by attribute name, including those its group shares
 *     and attribute defaults; an optional attribute without a value is absent
 * @param javaName the constant name the spec asks for, if it asks for one
 * @param userText the end-user text by locale tag, in the catalog's locale order; empty when the
 *     code has none of its own
 * @param variants the rows the document prints for this code when it prints several with
 *     different facts; empty otherwise
 * @param keyParts the code's key, one entry per key part in the catalog's order; empty where an
 *     optional part is absent
 * @param groupId the id of the group the code is listed in
 * @param deprecation whether the code is deprecated or retired, and what replaces it
 */
public record Code(
        int ordinal,
        Optional<String> code,
        Map<String, AttributeValue> values,
        Optional<String> description,
        List<Message> messages,
        List<Placeholder> placeholders,
        Optional<Name> javaName,
        List<String> aliases,
        List<String> notes,
        Map<String, String> userText,
        List<Variant> variants,
        List<Optional<String>> keyParts,
        String groupId,
        Optional<Deprecation> deprecation,
        SpecPosition position) {

    public Code {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        messages = List.copyOf(messages);
        placeholders = List.copyOf(placeholders);
        aliases = List.copyOf(aliases);
        notes = List.copyOf(notes);
        userText = Collections.unmodifiableMap(new LinkedHashMap<>(userText));
        variants = List.copyOf(variants);
        keyParts = List.copyOf(keyParts);
    }

    /** This code at another place in its catalog. */
    public Code withOrdinal(int newOrdinal) {
        return new Code(newOrdinal, code, values, description, messages, placeholders, javaName, aliases, notes,
                userText, variants, keyParts, groupId, deprecation, position);
    }

    public Optional<AttributeValue> value(String attribute) {
        return Optional.ofNullable(values.get(attribute));
    }

    /** The present key parts joined for display, e.g. {@code Liveness / CLIENT / Closed eyes}. */
    public String displayKey() {
        return code.orElseGet(() -> String.join(" / ",
                keyParts.stream().flatMap(Optional::stream).toList()));
    }

    /** How messages name the code: {@code code 'X'}, or {@code key ('a', 'b', none)} for a composite key. */
    public String describe() {
        if (code.isPresent() && keyParts.size() == 1) {
            return "code '" + code.get() + "'";
        }
        return "key (" + String.join(", ", keyParts.stream().map(p -> p.map(v -> "'" + v + "'").orElse("none")).toList())
                + ")";
    }
}
