package io.codebook.processor.reference;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.NamedCatalog;
import java.util.List;

/** Writes a code's attribute value as a reader needs it: wire values as code, references as links to the codes they name. */
final class Values {

    private final ReferenceFacts facts;
    private final String page;

    /** @param page the page written, for relative links */
    Values(ReferenceFacts facts, String page) {
        this.facts = facts;
        this.page = page;
    }

    void write(Html html, NamedCatalog catalog, Attribute attribute, AttributeValue value) {
        List<AttributeValue> parts = value instanceof AttributeValue.Many many ? many.values() : List.of(value);
        if (parts.isEmpty()) {
            html.element("span", "none", "class", "muted");
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                html.text(", ");
            }
            one(html, catalog, attribute, parts.get(i));
        }
    }

    private void one(Html html, NamedCatalog catalog, Attribute attribute, AttributeValue value) {
        if (value instanceof AttributeValue.CodeRef) {
            List<CodeRef> targets = facts.relations.targets(catalog, attribute, value);
            if (targets.isEmpty()) {
                html.element("code", value.wire());
                return;
            }
            CodeRef target = targets.get(0);
            html.open("a", "href", Links.relative(page, link(target))).element("code", value.wire()).close("a");
            String wire = target.code().code().orElse(value.wire());
            if (!wire.equals(value.wire())) {
                html.text(" (an alias of ").element("code", wire).text(")");
            }
            return;
        }
        if (value instanceof AttributeValue.Text text) {
            html.element("span", text.value(), "class", "prose");
            return;
        }
        html.element("code", value.wire());
    }

    /** A canonical reason links to its page, which lists every vendor's codes for it; any other code to its entry. */
    String link(CodeRef target) {
        return facts.crosswalk.isVocabulary(target.catalog()) ? Links.reasonPage(target.catalog(), target.code())
                : target.link();
    }
}
