package io.codebook.processor.reference;

import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.LocaleDeclaration;
import io.codebook.processor.model.NamedCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * One catalog's page: what the catalog is and where its facts come from, its contents, its attributes,
 * every group with every code as an entry others link to, then the priority, outcomes and response
 * shapes the spec documents.
 */
final class CatalogPage {

    private final ReferenceFacts facts;
    private final PageFrame frame;

    CatalogPage(ReferenceFacts facts, PageFrame frame) {
        this.facts = facts;
        this.frame = frame;
    }

    static String title(Catalog catalog) {
        return catalog.vendor() + ": " + catalog.title();
    }

    String render(NamedCatalog catalog) {
        String page = Links.catalogPage(catalog.id());
        return frame.page(page, title(catalog.catalog()), html -> {
            summary(html, catalog);
            contents(html, catalog);
            new AttributesSection(facts, page).write(html, catalog);
            CodeEntry entries = new CodeEntry(facts, page);
            for (Group group : catalog.catalog().groups()) {
                group(html, catalog, group, entries);
            }
            ResponsesSection.priority(html, catalog);
            ResponsesSection.outcomes(html, catalog);
            ResponsesSection.responses(html, catalog);
        });
    }

    private void summary(Html html, NamedCatalog catalog) {
        Catalog spec = catalog.catalog();
        spec.description().ifPresent(description -> html.element("p", description, "class", "lead prose vendor").newline());
        html.open("dl", "class", "fields summary").newline();
        html.element("dt", "Catalog id").open("dd").element("code", catalog.id()).close("dd").newline();
        html.element("dt", "Generated types").open("dd");
        List<String> types = new ArrayList<>(List.of(catalog.names().codeType()));
        catalog.names().outcomeType().ifPresent(types::add);
        catalog.names().responses().ifPresent(responses -> types.add(responses.type()));
        for (int i = 0; i < types.size(); i++) {
            html.text(i > 0 ? ", " : "").element("code", types.get(i));
        }
        html.close("dd").newline();
        html.element("dt", "Codes").element("dd", catalog.codes().size() + " in " + spec.groups().size()
                + (spec.groups().size() == 1 ? " group" : " groups") + ", each identified by " + key(spec)).newline();
        if (!spec.locales().isEmpty()) {
            html.element("dt", "End-user texts in").open("dd");
            for (int i = 0; i < spec.locales().size(); i++) {
                LocaleDeclaration locale = spec.locales().get(i);
                html.text((i > 0 ? ", " : "") + ReferenceFacts.localeLabel(locale.tag()) + (locale.draft() ? " (draft)" : ""));
            }
            html.close("dd").newline();
        }
        spec.attemptLimit().ifPresent(limit -> html.element("dt", "Attempt limit")
                .element("dd", limit + " attempts, as the vendor documents").newline());
        html.element("dt", "Source document").open("dd").element("span", spec.source().document(), "class", "prose");
        spec.source().url().ifPresent(url -> {
            html.text(", ");
            ExternalLink.write(html, url);
        });
        spec.source().retrieved().ifPresent(date -> html.text(", retrieved " + date));
        html.close("dd").newline();
        html.element("dt", "Spec").open("dd").element("code", facts.catalogs.specFile(catalog.id())).close("dd").newline();
        if (facts.crosswalk.isVocabulary(catalog)) {
            html.element("dt", "Crosswalk").element("dd", "Vendor codes map to these reasons; each reason's page lists"
                    + " them, vendor by vendor.").newline();
        }
        CodeEntry.notes(html, spec.notes());
        html.close("dl").newline();
    }

    /** The catalog's key as a reader says it: {@code code}, or {@code step, kind, code}. */
    private static String key(Catalog catalog) {
        return String.join(", ", catalog.key().stream().map(KeyPart::name).toList());
    }

    private static void contents(Html html, NamedCatalog catalog) {
        Catalog spec = catalog.catalog();
        html.open("nav", "class", "contents", "aria-labelledby", "contents-title").newline()
                .element("h2", "Contents", "id", "contents-title").newline().open("ol");
        if (!spec.attributes().isEmpty()) {
            html.open("li").element("a", "Attributes", "href", "#attributes").close("li");
        }
        for (Group group : spec.groups()) {
            html.open("li").element("a", group.title(), "href", "#" + Links.groupAnchor(group.id()))
                    .text(" (" + group.codes().size() + ")").close("li");
        }
        if (spec.priority().isPresent()) {
            html.open("li").element("a", "Priority", "href", "#priority").close("li");
        }
        if (!spec.outcomes().isEmpty()) {
            html.open("li").element("a", "Outcomes", "href", "#outcomes").close("li");
        }
        if (spec.responses().isPresent()) {
            html.open("li").element("a", "Responses", "href", "#responses").close("li");
        }
        html.close("ol").newline().close("nav").newline();
    }

    private void group(Html html, NamedCatalog catalog, Group group, CodeEntry entries) {
        String anchor = Links.groupAnchor(group.id());
        html.open("section", "class", "group", "id", anchor, "aria-labelledby", anchor + "-title").newline()
                .element("h2", group.title(), "id", anchor + "-title").newline();
        html.open("p", "class", "muted").text("Group ").element("code", group.id()).text(", ")
                .element("code", catalog.names().codeType() + ".Group." + catalog.groupConstant(group))
                .text("; " + group.codes().size() + (group.codes().size() == 1 ? " code" : " codes") + ".").close("p")
                .newline();
        group.description().ifPresent(description -> html.element("p", description, "class", "prose vendor").newline());
        if (!group.notes().isEmpty()) {
            html.open("dl", "class", "fields");
            CodeEntry.notes(html, group.notes());
            html.close("dl").newline();
        }
        for (Code code : group.codes()) {
            entries.write(html, catalog, code);
        }
        html.close("section").newline();
    }
}
