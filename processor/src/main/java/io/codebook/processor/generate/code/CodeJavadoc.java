package io.codebook.processor.generate.code;

import com.palantir.javapoet.CodeBlock;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Message;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.Variant;

/**
 * The javadoc of one code constant: what a user reads in IDE autocompletion. It leads with the
 * vendor's own description, then gives the facts of the vendor's row, each value that is a
 * constant as a link to it.
 */
final class CodeJavadoc {

    private final NamedCatalog catalog;
    private final AttributeTypes types;

    CodeJavadoc(NamedCatalog catalog, AttributeTypes types) {
        this.catalog = catalog;
        this.types = types;
    }

    /** The javadoc of the code's constant in its enum. */
    CodeBlock of(Code code) {
        return of(code, Javadoc.at(1));
    }

    /** The same javadoc on the field a split type's table declares for the constant. */
    CodeBlock ofAlias(Code code) {
        return of(code, Javadoc.at(2).qualifiedLinks());
    }

    private CodeBlock of(Code code, Javadoc doc) {
        String lead = code.description()
                .or(() -> code.messages().stream().findFirst().map(Message::text))
                .or(() -> code.variants().stream().flatMap(v -> v.description().stream()).findFirst())
                .orElse(null);
        if (lead == null) {
            doc.text("The vendor documents no description for this code.");
        } else {
            doc.vendor(lead);
        }
        if (!code.messages().isEmpty()) {
            doc.paragraph().text(code.messages().size() == 1 ? "Message:" : "Messages:");
            for (int i = 0; i < code.messages().size(); i++) {
                Message message = code.messages().get(i);
                doc.vendor("\u201c" + message.text() + "\u201d" + message.description().map(d -> " (" + d + ")").orElse(""))
                        .glue(i + 1 < code.messages().size() ? ";" : ".");
            }
        }
        if (!code.variants().isEmpty()) {
            doc.paragraph().text("Printed in " + code.variants().size() + " rows:");
            int row = 1;
            for (Variant variant : code.variants()) {
                doc.text("(" + row++ + ")");
                variant.description().ifPresent(d -> doc.vendor(d));
                variant.when().ifPresent(w -> doc.text("when").vendor(w));
                variant.values().forEach((name, value) -> doc.text(name).code(value.wire()));
                doc.glue(row <= code.variants().size() ? ";" : ".");
            }
        }
        // the wire code, where the constant's name does not already spell it
        boolean wire = code.code().isPresent() && !code.code().get().equals(catalog.constant(code));
        boolean hasFacts = wire || !code.aliases().isEmpty()
                || catalog.catalog().attributes().stream().anyMatch(a -> code.value(a.name()).isPresent());
        if (hasFacts) {
            doc.facts();
        }
        boolean first = true;
        if (wire) {
            doc.text("Sent as").code(code.code().get());
            first = false;
        }
        for (Attribute attribute : catalog.catalog().attributes()) {
            if (code.value(attribute.name()).isPresent()) {
                doc.glue(first ? "" : ";").text(attribute.name());
                fact(doc, attribute, code.value(attribute.name()).get());
                first = false;
            }
        }
        if (!code.aliases().isEmpty()) {
            doc.glue(first ? "" : ";").text(first ? "Also sent as" : "also as");
            for (int i = 0; i < code.aliases().size(); i++) {
                doc.glue(i == 0 ? "" : ",").code(code.aliases().get(i));
            }
            first = false;
        }
        doc.glue(first ? "" : ".");
        if (!code.placeholders().isEmpty()) {
            doc.paragraph().text("Placeholders:").line().text("<ul>");
            for (Placeholder placeholder : code.placeholders()) {
                doc.line().text("  <li>{@code " + placeholder.name() + "}, " + placeholder.type().specName());
                placeholder.description().ifPresent(d -> doc.glue(":").vendor(d));
                doc.text("</li>");
            }
            doc.line().text("</ul>");
        }
        for (String note : code.notes()) {
            doc.paragraph().text("Note:").vendor(note);
        }
        if (code.deprecation().isPresent()) {
            Deprecations.tag(doc, catalog, code);
        }
        return doc.build();
    }

    private void fact(Javadoc doc, Attribute attribute, AttributeValue value) {
        if (value instanceof AttributeValue.Many many) {
            if (many.values().isEmpty()) {
                doc.text("none");
            }
            for (int i = 0; i < many.values().size(); i++) {
                if (i > 0) {
                    doc.glue(",");
                }
                fact(doc, attribute, many.values().get(i));
            }
        } else if (value instanceof AttributeValue.EnumRef ref) {
            doc.link(types.enumType(attribute), types.valueConstant(attribute, ref.value().value()));
        } else if (value instanceof AttributeValue.ActionRef action) {
            doc.link(RuntimeTypes.NEXT_ACTION, Actions.constantName(action.specName()));
        } else if (value instanceof AttributeValue.CodeRef ref) {
            NamedCatalog target = types.referenced(attribute);
            doc.link(AttributeTypes.codeType(target), target.constant(target.codeOfWire(ref.code()).orElseThrow()));
        } else {
            doc.code(value.wire());
        }
    }
}
