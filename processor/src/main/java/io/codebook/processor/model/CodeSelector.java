package io.codebook.processor.model;

import java.util.List;
import java.util.Map;

/**
 * Selects codes of a catalog: those in any of {@code groups} (all groups when empty) that have
 * every attribute value in {@code where}; for a list attribute, that have the value among theirs.
 */
public record CodeSelector(List<String> groups, Map<String, AttributeValue> where) {

    public CodeSelector {
        groups = List.copyOf(groups);
        where = Map.copyOf(where);
    }

    public boolean selects(Code code) {
        if (!groups.isEmpty() && !groups.contains(code.groupId())) {
            return false;
        }
        return where.entrySet().stream().allMatch(e -> code.value(e.getKey())
                .map(value -> value instanceof AttributeValue.Many many
                        ? many.values().stream().anyMatch(v -> v.wire().equals(e.getValue().wire()))
                        : value.wire().equals(e.getValue().wire()))
                .orElse(false));
    }
}
