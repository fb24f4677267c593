package io.codebook.processor.reference;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Deprecation;
import io.codebook.processor.model.Message;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.Role;
import io.codebook.processor.model.Variant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One code's entry on its catalog's page, an anchor others link to: its key, its Java constant, the
 * vendor's description and messages verbatim, every attribute value, its canonical reason and next
 * action, its end-user text in every locale (marked with the locale's language), what it is related to
 * and what names it, and where the spec writes it.
 */
final class CodeEntry {

    private final ReferenceFacts facts;
    private final String page;
    private final Values values;

    /** @param page the page written, for relative links */
    CodeEntry(ReferenceFacts facts, String page) {
        this.facts = facts;
        this.page = page;
        this.values = new Values(facts, page);
    }

    /** How a code is named to a reader: its wire code, or its key's parts for a composite key ({@code Liveness / CLIENT}). */
    static String keyLabel(Catalog catalog, Code code) {
        if (catalog.hasSimpleKey()) {
            return code.code().orElse("");
        }
        return String.join(" / ", code.keyParts().stream().flatMap(Optional::stream).toList());
    }

    void write(Html html, NamedCatalog catalog, Code code) {
        CodeRef ref = new CodeRef(catalog, code);
        String anchor = Links.codeAnchor(catalog, code);
        html.open("article", "class", code.deprecation().isPresent() ? "code deprecated" : "code", "id", anchor,
                "aria-labelledby", anchor + "-title").newline();
        html.open("h3", "id", anchor + "-title").open("a", "href", "#" + anchor, "class", "self")
                .element("code", keyLabel(catalog.catalog(), code)).close("a").close("h3").newline();
        html.open("p", "class", "constant").text("Java constant ").element("code", ref.constant()).close("p").newline();
        code.deprecation().ifPresent(deprecation -> deprecation(html, catalog, code, deprecation));
        html.open("dl", "class", "fields").newline();
        code.description().ifPresent(description -> field(html, "Description").element("dd", description, "class",
                "prose vendor").newline());
        messages(html, code.messages());
        if (!code.aliases().isEmpty()) {
            field(html, "Also sent as").open("dd");
            codes(html, code.aliases());
            html.close("dd").newline();
        }
        attributes(html, catalog, code.values());
        action(html, ref);
        variants(html, catalog, code.variants());
        placeholders(html, code.placeholders());
        notes(html, code.notes());
        referrers(html, ref);
        mappedCodes(html, ref);
        userTexts(html, ref);
        field(html, "Spec").open("dd").element("code", facts.catalogs.specFile(catalog.id()) + ":"
                + code.position().line() + ":" + code.position().column()).close("dd").newline();
        html.close("dl").newline().close("article").newline();
    }

    private static Html field(Html html, String label) {
        return html.element("dt", label);
    }

    private void deprecation(Html html, NamedCatalog catalog, Code code, Deprecation deprecation) {
        html.open("p", "class", "deprecation").element("strong", deprecation.retired() ? "Retired" : "Deprecated");
        if (deprecation.retired()) {
            html.text(" (the vendor no longer sends it; old payloads still read)");
        }
        deprecation.since().ifPresent(since -> html.text(" since " + since));
        html.text(": ").element("span", deprecation.reason(), "class", "prose");
        Optional<Code> replacement = catalog.catalog().replacementOf(code);
        if (replacement.isPresent()) {
            html.text(" Replaced by ").open("a", "href", "#" + Links.codeAnchor(catalog, replacement.get()))
                    .element("code", keyLabel(catalog.catalog(), replacement.get())).close("a").text(".");
        } else {
            deprecation.replacedBy().ifPresent(wire -> html.text(" Replaced by ").element("code", wire).text("."));
        }
        html.close("p").newline();
    }

    private static void messages(Html html, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        field(html, messages.size() == 1 ? "Message" : "Messages").open("dd").open("ul", "class", "plain");
        for (Message message : messages) {
            html.open("li").element("q", message.text(), "class", "prose vendor");
            message.description().ifPresent(when -> html.text(" ").element("span", "(" + when + ")", "class", "prose muted"));
            html.close("li");
        }
        html.close("ul").close("dd").newline();
    }

    private static void codes(Html html, List<String> wires) {
        for (int i = 0; i < wires.size(); i++) {
            if (i > 0) {
                html.text(", ");
            }
            html.element("code", wires.get(i));
        }
    }

    private void attributes(Html html, NamedCatalog catalog, Map<String, AttributeValue> given) {
        for (Attribute attribute : catalog.catalog().attributes()) {
            AttributeValue value = given.get(attribute.name());
            if (value == null) {
                continue;
            }
            field(html, attribute.name()).open("dd");
            values.write(html, catalog, attribute, value);
            if (attribute.role().equals(Optional.of(Role.CANONICAL_REASON))) {
                facts.relations.targets(catalog, attribute, value).stream().findFirst()
                        .flatMap(facts.codes::defaultAction)
                        .ifPresent(action -> html.text(", whose default action is ").element("code", action));
            }
            html.close("dd").newline();
        }
    }

    /** The next action generated code documents for a vendor code, and where it comes from. */
    private void action(Html html, CodeRef code) {
        if (facts.crosswalk.isVocabulary(code.catalog())) {
            return;
        }
        Optional<String> own = facts.codes.ownAction(code);
        Optional<String> reasons = facts.crosswalk.reasonOf(code).flatMap(facts.codes::defaultAction);
        if (own.isEmpty() && reasons.isEmpty()) {
            return;
        }
        field(html, "Next action").open("dd").element("code", own.orElseGet(reasons::get), "class", "action");
        if (own.isPresent() && reasons.isPresent() && !own.equals(reasons)) {
            html.text(" (set on this code; its reason's default is ").element("code", reasons.get()).text(")");
        } else if (own.isEmpty()) {
            html.text(" (its canonical reason's default)");
        }
        html.close("dd").newline();
    }

    private void variants(Html html, NamedCatalog catalog, List<Variant> variants) {
        if (variants.isEmpty()) {
            return;
        }
        field(html, "Rows as printed").open("dd").open("ol", "class", "variants");
        for (Variant variant : variants) {
            html.open("li").open("dl", "class", "fields");
            variant.when().ifPresent(when -> field(html, "When").element("dd", when, "class", "prose vendor"));
            variant.description().ifPresent(description -> field(html, "Description").element("dd", description,
                    "class", "prose vendor"));
            for (Attribute attribute : catalog.catalog().attributes()) {
                AttributeValue value = variant.values().get(attribute.name());
                if (value != null) {
                    field(html, attribute.name()).open("dd");
                    values.write(html, catalog, attribute, value);
                    html.close("dd");
                }
            }
            html.close("dl").close("li");
        }
        html.close("ol").close("dd").newline();
    }

    private static void placeholders(Html html, List<Placeholder> placeholders) {
        if (placeholders.isEmpty()) {
            return;
        }
        field(html, "Placeholders").open("dd").open("ul", "class", "plain");
        for (Placeholder placeholder : placeholders) {
            html.open("li").element("code", placeholder.name()).text(" (" + placeholder.type().name().toLowerCase(
                    java.util.Locale.ROOT) + (placeholder.userTextOnly() ? ", end-user texts only" : "") + ")");
            placeholder.description().ifPresent(description -> html.text(": ").element("span", description, "class",
                    "prose"));
            html.close("li");
        }
        html.close("ul").close("dd").newline();
    }

    static void notes(Html html, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        field(html, notes.size() == 1 ? "Note" : "Notes").open("dd").open("ul", "class", "notes");
        notes.forEach(note -> html.element("li", note, "class", "prose"));
        html.close("ul").close("dd").newline();
    }

    private void referrers(Html html, CodeRef code) {
        List<Relations.Referrer> referrers = facts.relations.referrers(code);
        if (referrers.isEmpty()) {
            return;
        }
        field(html, "Named by").open("dd").open("ul", "class", "plain");
        for (Relations.Referrer referrer : referrers) {
            NamedCatalog from = referrer.code().catalog();
            html.open("li").open("a", "href", Links.relative(page, referrer.code().link()))
                    .element("code", keyLabel(from.catalog(), referrer.code().code())).close("a")
                    .text(" (" + from.id() + ", " + referrer.attribute().name() + ")").close("li");
        }
        html.close("ul").close("dd").newline();
    }

    /** On a canonical reason's entry: how many vendor codes mean it, linking to the page that lists them. */
    private void mappedCodes(Html html, CodeRef reason) {
        if (!facts.crosswalk.isVocabulary(reason.catalog())) {
            return;
        }
        int count = facts.crosswalk.mappedTo(reason).size();
        field(html, "Vendor codes").open("dd").element("a", count + (count == 1 ? " vendor code means" : " vendor codes mean")
                + " this reason", "href", Links.relative(page, Links.reasonPage(reason.catalog(), reason.code())))
                .close("dd").newline();
    }

    private void userTexts(Html html, CodeRef code) {
        List<CodeFacts.UserText> texts = facts.codes.userTexts(code);
        if (texts.isEmpty()) {
            return;
        }
        field(html, "End-user texts").open("dd");
        Optional<CodeRef> inherited = texts.get(0).inheritedFrom();
        if (inherited.isPresent()) {
            html.open("p", "class", "muted").text("Its canonical reason's (")
                    .open("a", "href", Links.relative(page, values.link(inherited.get())))
                    .element("code", inherited.get().code().code().orElse("")).close("a")
                    .text("), as the generated bundles hold them:").close("p");
        }
        UserTexts.write(html, texts);
        html.close("dd").newline();
    }
}
