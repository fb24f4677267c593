package io.codebook.processor.reference;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One canonical reason's page, the crosswalk: what the reason means, its default action and end-user
 * texts, and every vendor's codes that mean it, each linking to its entry, vendor by vendor.
 */
final class ReasonPage {

    private final ReferenceFacts facts;
    private final PageFrame frame;

    ReasonPage(ReferenceFacts facts, PageFrame frame) {
        this.facts = facts;
        this.frame = frame;
    }

    String render(NamedCatalog vocabulary, Code reason) {
        CodeRef ref = new CodeRef(vocabulary, reason);
        String page = Links.reasonPage(vocabulary, reason);
        String wire = reason.code().orElse(vocabulary.constant(reason));
        return frame.page(page, wire + ": canonical reason", html -> {
            reason.description().ifPresent(d -> html.element("p", d, "class", "lead prose").newline());
            html.open("dl", "class", "fields summary").newline();
            facts.codes.defaultAction(ref).ifPresent(action -> html.element("dt", "Default action").open("dd")
                    .element("code", action, "class", "action").close("dd").newline());
            html.element("dt", "Group").open("dd").element("a", vocabulary.group(reason).title(), "href",
                    Links.relative(page, Links.catalogPage(vocabulary.id()) + "#" + Links.groupAnchor(reason.groupId())))
                    .close("dd").newline();
            html.element("dt", "Java constant").open("dd").element("code", ref.constant()).close("dd").newline();
            html.element("dt", "Entry").open("dd").element("a", "in the " + vocabulary.catalog().title() + " catalog",
                    "href", Links.relative(page, ref.link())).close("dd").newline();
            CodeEntry.notes(html, reason.notes());
            html.close("dl").newline();
            List<CodeFacts.UserText> texts = facts.codes.userTexts(ref);
            if (!texts.isEmpty()) {
                html.open("section", "aria-labelledby", "texts-title").newline()
                        .element("h2", "End-user texts", "id", "texts-title").newline()
                        .element("p", "What an end user reads for this reason, and for every vendor code below that has"
                                + " no text of its own.", "class", "muted").newline();
                UserTexts.write(html, texts);
                html.newline().close("section").newline();
            }
            vendorCodes(html, page, ref);
        });
    }

    private void vendorCodes(Html html, String page, CodeRef reason) {
        List<CodeRef> mapped = facts.crosswalk.mappedTo(reason);
        html.open("section", "aria-labelledby", "vendor-codes-title").newline()
                .element("h2", "Vendor codes (" + mapped.size() + ")", "id", "vendor-codes-title").newline();
        if (mapped.isEmpty()) {
            html.element("p", "No code of these catalogs maps to this reason.", "class", "muted").newline();
        }
        Map<NamedCatalog, List<CodeRef>> byCatalog = new LinkedHashMap<>();
        mapped.forEach(code -> byCatalog.computeIfAbsent(code.catalog(), c -> new ArrayList<>()).add(code));
        Optional<String> reasonAction = facts.codes.defaultAction(reason);
        for (Map.Entry<NamedCatalog, List<CodeRef>> entry : byCatalog.entrySet()) {
            NamedCatalog catalog = entry.getKey();
            String anchor = "vendor-" + catalog.id();
            html.open("section", "class", "vendor", "id", anchor, "aria-labelledby", anchor + "-title").newline()
                    .open("h3", "id", anchor + "-title").element("a", CatalogPage.title(catalog.catalog()), "href",
                            Links.relative(page, Links.catalogPage(catalog.id())))
                    .text(" (" + entry.getValue().size() + ")").close("h3").newline()
                    .open("ul", "class", "mapped").newline();
            for (CodeRef code : entry.getValue()) {
                html.open("li").open("a", "href", Links.relative(page, code.link()))
                        .element("code", CodeEntry.keyLabel(catalog.catalog(), code.code())).close("a");
                Optional<String> said = code.code().description()
                        .or(() -> code.code().messages().stream().findFirst().map(m -> m.text()));
                said.ifPresent(text -> html.text(" ").element("span", text, "class", "prose vendor"));
                Optional<String> own = facts.codes.ownAction(code);
                if (own.isPresent() && !own.equals(reasonAction)) {
                    html.text(" ").open("span", "class", "badge").text("next action ").element("code", own.get())
                            .close("span");
                }
                if (code.code().deprecation().isPresent()) {
                    html.text(" ").element("span", code.code().deprecation().get().retired() ? "retired" : "deprecated",
                            "class", "badge");
                }
                html.close("li").newline();
            }
            html.close("ul").newline().close("section").newline();
        }
        html.close("section").newline();
    }
}
