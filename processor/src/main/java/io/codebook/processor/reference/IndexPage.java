package io.codebook.processor.reference;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.LocaleDeclaration;
import io.codebook.processor.model.NamedCatalog;

/** The reference's front page: what it covers, every catalog, and every canonical reason with how many vendor codes mean it. */
final class IndexPage {

    private final ReferenceFacts facts;
    private final PageFrame frame;

    IndexPage(ReferenceFacts facts, PageFrame frame) {
        this.facts = facts;
        this.frame = frame;
    }

    String render() {
        String page = Links.INDEX;
        int codes = facts.catalogs.catalogs().stream().mapToInt(c -> c.codes().size()).sum();
        int catalogs = facts.catalogs.catalogs().size();
        return frame.page(page, "Catalog reference", html -> {
            html.element("p", "Every code of the " + catalogs + (catalogs == 1 ? " catalog" : " catalogs")
                    + " this build uses (" + codes + " codes): what the vendor says about it, word for word; the"
                    + " canonical reason it means and the next action; what an end user reads in each language; and"
                    + " which codes of other vendors mean the same.", "class", "lead").newline();
            html.open("section", "aria-labelledby", "catalogs-title").newline()
                    .element("h2", "Catalogs", "id", "catalogs-title").newline()
                    .open("ul", "class", "cards").newline();
            for (NamedCatalog catalog : facts.catalogs.catalogs()) {
                catalog(html, catalog);
            }
            html.close("ul").newline().close("section").newline();
            for (NamedCatalog vocabulary : facts.crosswalk.vocabularies()) {
                reasons(html, page, vocabulary);
            }
        });
    }

    private void catalog(Html html, NamedCatalog catalog) {
        html.open("li").open("h3").element("a", CatalogPage.title(catalog.catalog()), "href",
                Links.catalogPage(catalog.id())).close("h3");
        html.open("p").element("code", catalog.id()).text(" · " + catalog.codes().size()
                + (catalog.codes().size() == 1 ? " code" : " codes") + " · Java ").element("code", catalog.names().codeType());
        if (!catalog.catalog().locales().isEmpty()) {
            html.text(" · texts in " + String.join(", ", catalog.catalog().locales().stream().map(LocaleDeclaration::tag)
                    .toList()));
        }
        html.close("p").open("p", "class", "muted").text("Spec ").element("code",
                facts.catalogs.specFile(catalog.id())).close("p").close("li").newline();
    }

    private void reasons(Html html, String page, NamedCatalog vocabulary) {
        String anchor = "reasons-" + vocabulary.id();
        html.open("section", "id", anchor, "aria-labelledby", anchor + "-title").newline()
                .element("h2", vocabulary.catalog().title(), "id", anchor + "-title").newline()
                .open("p").text("Each vendor code means one of these reasons, whatever the vendor calls it; a reason's"
                        + " page lists every vendor's codes for it. The reasons' own entries are in ")
                .element("a", "the " + vocabulary.catalog().title() + " catalog", "href", Links.catalogPage(vocabulary.id()))
                .text(".").close("p").newline();
        for (Group group : vocabulary.catalog().groups()) {
            html.element("h3", group.title()).newline().open("ul", "class", "reasons").newline();
            for (Code reason : group.codes()) {
                CodeRef ref = new CodeRef(vocabulary, reason);
                int mapped = facts.crosswalk.mappedTo(ref).size();
                html.open("li").open("a", "href", Links.relative(page, Links.reasonPage(vocabulary, reason)))
                        .element("code", reason.code().orElse(vocabulary.constant(reason))).close("a")
                        .text(" · " + mapped + (mapped == 1 ? " vendor code" : " vendor codes"));
                facts.codes.defaultAction(ref).ifPresent(action -> html.text(" · ").element("code", action, "class",
                        "action"));
                html.close("li").newline();
            }
            html.close("ul").newline();
        }
        html.close("section").newline();
    }
}
