package io.codebook.processor.model;

import java.util.Arrays;
import java.util.Optional;

/** The types a column of a vendor table can have. */
public enum AttributeType {
    ENUM("enum"),
    STRING("string"),
    INTEGER("integer"),
    BOOLEAN("boolean"),
    /** A reference to a code of this or another catalog, by its wire code. */
    CODE("code"),
    /** One of Codebook's next actions ({@link Actions}). */
    ACTION("action");

    private final String specName;

    AttributeType(String specName) {
        this.specName = specName;
    }

    /** The name a spec writes, e.g. {@code enum}. */
    public String specName() {
        return specName;
    }

    public static Optional<AttributeType> fromSpecName(String name) {
        return Arrays.stream(values()).filter(t -> t.specName.equals(name)).findFirst();
    }

    /** Whether values of this type can identify a code on the wire. */
    public boolean canBeKey() {
        return this == ENUM || this == STRING || this == INTEGER;
    }

    /** Whether a spec may list this type's values ({@code values}); only enums. */
    public boolean listsValues() {
        return this == ENUM;
    }
}
