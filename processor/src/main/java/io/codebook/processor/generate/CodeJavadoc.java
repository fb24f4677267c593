package io.codebook.processor.generate;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.Message;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * The javadoc of one code constant: what a user reads in IDE autocompletion. It leads with the
 * vendor's own description, then the facts the vendor's row carries.
 */
final class CodeJavadoc {

    private CodeJavadoc() {}

    static String of(Catalog catalog, Group group, Code code) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(code.description().map(Javadoc::escape)
                .or(() -> code.messages().stream().findFirst().map(m -> Javadoc.escape(m.text())))
                .or(() -> code.variants().stream().flatMap(v -> v.description().stream()).findFirst().map(Javadoc::escape))
                .orElse("The vendor documents no description for this code."));
        if (!code.messages().isEmpty()) {
            StringBuilder messages = new StringBuilder("Messages the vendor sends with it:\n<ul>");
            for (Message message : code.messages()) {
                messages.append("\n  <li>").append(Javadoc.escape(message.text()));
                message.description().ifPresent(d -> messages.append(" &mdash; ").append(Javadoc.escape(d)));
                messages.append("</li>");
            }
            paragraphs.add(messages.append("\n</ul>").toString());
        }
        if (!code.variants().isEmpty()) {
            StringBuilder rows = new StringBuilder("The document prints it in " + code.variants().size() + " rows:\n<ul>");
            for (Variant variant : code.variants()) {
                List<String> parts = new ArrayList<>();
                variant.description().ifPresent(d -> parts.add(Javadoc.escape(d)));
                variant.when().ifPresent(w -> parts.add("when: " + Javadoc.escape(w)));
                variant.values().forEach((name, value) -> parts.add(name + ": " + Javadoc.code(value.wire())));
                rows.append("\n  <li>").append(String.join("; ", parts)).append("</li>");
            }
            paragraphs.add(rows.append("\n</ul>").toString());
        }
        StringBuilder facts = new StringBuilder("<ul>");
        if (!catalog.hasSimpleKey()) {
            facts.append("\n  <li>Wire code: ").append(Javadoc.code(code.displayKey())).append("</li>");
        }
        for (Attribute attribute : catalog.attributes()) {
            code.value(attribute.name()).ifPresent(value -> facts.append("\n  <li>").append(attribute.name())
                    .append(": ").append(Javadoc.code(value.wire())).append("</li>"));
        }
        facts.append("\n  <li>Section: ").append(Javadoc.escape(group.title())).append("</li>");
        for (Placeholder placeholder : code.placeholders()) {
            facts.append("\n  <li>Placeholder ").append(Javadoc.code(placeholder.name())).append(" (")
                    .append(placeholder.type().specName()).append(')')
                    .append(placeholder.description().map(d -> ": " + Javadoc.escape(d)).orElse(""))
                    .append("</li>");
        }
        if (!code.aliases().isEmpty()) {
            facts.append("\n  <li>Also sent as: ")
                    .append(String.join(", ", code.aliases().stream().map(Javadoc::code).toList()))
                    .append("</li>");
        }
        paragraphs.add(facts.append("\n</ul>").toString());
        for (String note : code.notes()) {
            paragraphs.add("Note: " + Javadoc.escape(note));
        }
        StringBuilder doc = new StringBuilder(paragraphs.get(0));
        for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
            // a list is a block of its own; "<p><ul>" is an empty paragraph to doclint
            doc.append(paragraph.startsWith("<ul>") ? "\n\n" : "\n\n<p>").append(paragraph);
        }
        return doc.append('\n').toString();
    }
}
