package io.codebook.processor.model;

/** One value of what identifies a code on the wire: the code string itself, or an attribute. */
public sealed interface KeyPart permits KeyPart.CodePart, KeyPart.AttributePart {

    /** The name the spec uses for this part, which is also the lookup parameter's name. */
    String name();

    /** The {@code code} string. */
    record CodePart() implements KeyPart {
        @Override
        public String name() {
            return "code";
        }
    }

    /** An attribute of type enum, string or integer. */
    record AttributePart(Attribute attribute) implements KeyPart {
        @Override
        public String name() {
            return attribute.name();
        }
    }
}
