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

    record Bool(boolean value) implements AttributeValue {
        @Override
        public String wire() {
            return Boolean.toString(value);
        }
    }
}
