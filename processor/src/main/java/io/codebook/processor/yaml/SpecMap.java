package io.codebook.processor.yaml;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;
import java.util.Optional;

/** A YAML mapping whose keys are distinct scalars, in the order written. */
public record SpecMap(List<Entry> entries, SpecPosition position) implements SpecNode {

    /** One {@code key: value} pair. */
    public record Entry(SpecScalar key, SpecNode value) {}

    public SpecMap {
        entries = List.copyOf(entries);
    }

    public Optional<SpecNode> get(String key) {
        for (Entry entry : entries) {
            if (entry.key().value().equals(key)) {
                return Optional.of(entry.value());
            }
        }
        return Optional.empty();
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
    }

    @Override
    public String kind() {
        return "a map";
    }
}
