package io.codebook.processor.yaml;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;

/** A YAML sequence. */
public record SpecList(List<SpecNode> items, SpecPosition position) implements SpecNode {

    public SpecList {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "a list";
    }
}
