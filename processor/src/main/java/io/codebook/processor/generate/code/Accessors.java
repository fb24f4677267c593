package io.codebook.processor.generate.code;

import com.palantir.javapoet.CodeBlock;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.model.Attribute;

/** Javadoc of an attribute accessor: the column's meaning, and what an absent value means. */
final class Accessors {

    private Accessors() {}

    static CodeBlock javadoc(Attribute attribute) {
        Javadoc doc = attribute.description().map(d -> Javadoc.start().vendor(d))
                .orElse(Javadoc.start().text("The vendor's").code(attribute.name()).text("column."));
        if (!attribute.alwaysPresent()) {
            doc.paragraph().text("Empty where the vendor documents no value for the code.");
        }
        attribute.defaultValue().ifPresent(value -> doc.paragraph().code(value.wire())
                .text("where the vendor documents no value for the code."));
        return doc.build();
    }
}
