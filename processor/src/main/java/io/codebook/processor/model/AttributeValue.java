package io.codebook.processor.model;

/** A code's value for one attribute, already converted to the attribute's type. */
public sealed interface AttributeValue {

    /** The value as the vendor writes it on the wire. */
    String wire();

    record EnumRef(EnumValue value) implements AttributeValue {
        @Override
        public String wire() {
            return value.value();
        }
    }

    record Text(String value) implements AttributeValue {
        @Override
        public String wire() {
            return value;
        }
    }

    record Int(int value) implements AttributeValue {
        @Override
        public String wire() {
            return Integer.toString(value);
        }
    }

    /**
     * A reference to a code, by its wire code; checked against the referenced catalog once every
     * catalog of the run is loaded.
     */
    record CodeRef(String code, io.codebook.processor.diagnostic.SpecPosition position) implements AttributeValue {
        @Override
        public String wire() {
            return code;
        }
    }

    /** The values of a list attribute, in the spec's order. */
    record Many(java.util.List<AttributeValue> values) implements AttributeValue {
        public Many {
            values = java.util.List.copyOf(values);
        }

        @Override
        public String wire() {
            return String.join(", ", values.stream().map(AttributeValue::wire).toList());
        }
    }

    /** One of Codebook's next actions, by its spec name (e.g. {@code retry-capture}). */
    record ActionRef(String specName) implements AttributeValue {
        @Override
        public String wire() {
            return specName;
        }
    }

    record Bool(boolean value) implements AttributeValue {
        @Override
        public String wire() {
            return Boolean.toString(value);
        }
    }
}
