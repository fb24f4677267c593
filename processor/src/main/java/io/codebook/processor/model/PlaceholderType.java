package io.codebook.processor.model;

import java.util.Arrays;
import java.util.Optional;

/** The types a text's placeholder can take. */
public enum PlaceholderType {
    STRING("string"),
    INTEGER("integer"),
    DECIMAL("decimal");

    private final String specName;

    PlaceholderType(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    public static Optional<PlaceholderType> fromSpecName(String name) {
        return Arrays.stream(values()).filter(t -> t.specName.equals(name)).findFirst();
    }
}
