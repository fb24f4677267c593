package io.codebook.processor.generate;

import io.codebook.processor.model.Attribute;

/** Javadoc of an attribute accessor: the column's meaning, and what an absent value means. */
final class AccessorJavadoc {

    private AccessorJavadoc() {}

    static String of(Attribute attribute) {
        StringBuilder doc = new StringBuilder(attribute.description().map(Javadoc::escape)
                .orElse("The vendor's " + Javadoc.code(attribute.name()) + " column."));
        if (!attribute.alwaysPresent()) {
            doc.append("\n\n<p>Empty where the vendor documents no value for the code.");
        }
        attribute.defaultValue().ifPresent(value -> doc.append("\n\n<p>")
                .append(Javadoc.code(value.wire())).append(" where the vendor documents no value for the code."));
        return doc.append('\n').toString();
    }
}
