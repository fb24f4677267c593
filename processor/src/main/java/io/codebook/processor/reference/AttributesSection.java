package io.codebook.processor.reference;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.EnumValue;
import io.codebook.processor.model.NamedCatalog;
import java.util.ArrayList;
import java.util.List;

/** The columns of a catalog's tables: each attribute's type, meaning, role and allowed values, with their Java names. */
final class AttributesSection {

    private final ReferenceFacts facts;
    private final String page;
    private final Values values;

    AttributesSection(ReferenceFacts facts, String page) {
        this.facts = facts;
        this.page = page;
        this.values = new Values(facts, page);
    }

    void write(Html html, NamedCatalog catalog) {
        if (catalog.catalog().attributes().isEmpty()) {
            return;
        }
        html.open("section", "id", "attributes", "aria-labelledby", "attributes-title").newline()
                .element("h2", "Attributes", "id", "attributes-title").newline()
                .element("p", "The columns of the vendor's tables, typed; each is an accessor of "
                        + catalog.names().codeType() + ".").newline();
        for (Attribute attribute : catalog.catalog().attributes()) {
            String anchor = "attribute-" + attribute.name();
            html.open("article", "class", "attribute", "id", anchor, "aria-labelledby", anchor + "-title").newline()
                    .open("h3", "id", anchor + "-title").element("code", attribute.name()).close("h3").newline()
                    .open("dl", "class", "fields").newline();
            html.element("dt", "Type").element("dd", type(attribute)).newline();
            if (attribute.type() == AttributeType.CODE) {
                String target = attribute.targetCatalog(catalog.id());
                html.element("dt", "Refers to").open("dd").text("codes of ");
                if (facts.catalogs.catalog(target).isPresent()) {
                    html.open("a", "href", Links.relative(page, Links.catalogPage(target))).element("code", target)
                            .close("a");
                } else {
                    html.element("code", target);
                }
                html.close("dd").newline();
            }
            attribute.role().ifPresent(role -> html.element("dt", "Role").open("dd").element("code", role.specName())
                    .close("dd").newline());
            attribute.description().ifPresent(description -> html.element("dt", "Description")
                    .element("dd", description, "class", "prose").newline());
            attribute.defaultValue().ifPresent(value -> {
                html.element("dt", "Default").open("dd");
                values.write(html, catalog, attribute, value);
                html.close("dd").newline();
            });
            if (!attribute.noneValues().isEmpty()) {
                html.element("dt", "Read as no value").open("dd");
                for (int i = 0; i < attribute.noneValues().size(); i++) {
                    html.text(i > 0 ? ", " : "").element("code", attribute.noneValues().get(i));
                }
                html.close("dd").newline();
            }
            if (!attribute.values().isEmpty()) {
                html.element("dt", "Values").open("dd").open("ul", "class", "plain values");
                for (EnumValue value : attribute.values()) {
                    enumValue(html, catalog, attribute, value);
                }
                html.close("ul").close("dd").newline();
            }
            html.close("dl").newline().close("article").newline();
        }
        html.close("section").newline();
    }

    private static String type(Attribute attribute) {
        List<String> facts = new ArrayList<>();
        facts.add(attribute.type().specName() + (attribute.list() ? ", a list" : ""));
        facts.add(attribute.required() ? "required" : "optional");
        return String.join("; ", facts);
    }

    private static void enumValue(Html html, NamedCatalog catalog, Attribute attribute, EnumValue value) {
        html.open("li").element("code", value.value()).text(" (").element("code",
                catalog.names().codeType() + "." + catalog.enumType(attribute) + "." + catalog.valueConstant(attribute, value))
                .text(")");
        value.description().ifPresent(description -> html.text(": ").element("span", description, "class", "prose"));
        if (!value.aliases().isEmpty()) {
            html.text("; also read as ");
            for (int i = 0; i < value.aliases().size(); i++) {
                html.text(i > 0 ? ", " : "").element("code", value.aliases().get(i));
            }
        }
        value.action().ifPresent(action -> html.text("; stands for the action ").element("code", action));
        value.deprecation().ifPresent(deprecation -> {
            html.text("; ").element("strong", deprecation.retired() ? "retired" : "deprecated").text(": ")
                    .element("span", deprecation.reason(), "class", "prose");
            deprecation.replacedBy().ifPresent(wire -> html.text(" Replaced by ").element("code", wire).text("."));
        });
        html.close("li");
    }
}
