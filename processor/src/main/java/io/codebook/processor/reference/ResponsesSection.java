package io.codebook.processor.reference;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSelector;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Priority;
import io.codebook.processor.model.Responses;
import io.codebook.processor.model.WirePath;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a catalog says about the vendor's responses: the order among codes it documents, the kinds of
 * outcome a response carries, and each documented shape of body with the conditions that recognise
 * it, the rule its verdict follows, the status values and their verdicts, and where its codes sit.
 */
final class ResponsesSection {

    private ResponsesSection() {}

    static void priority(Html html, NamedCatalog catalog) {
        Optional<Priority> priority = catalog.catalog().priority();
        if (priority.isEmpty()) {
            return;
        }
        html.open("section", "id", "priority", "aria-labelledby", "priority-title").newline()
                .element("h2", "Priority", "id", "priority-title").newline();
        priority.get().description().ifPresent(description -> html.element("p", description, "class", "prose vendor"));
        html.open("ol", "class", "priority");
        for (String wire : priority.get().order()) {
            html.open("li");
            Optional<Code> code = catalog.codeOfWire(wire);
            if (code.isPresent()) {
                html.open("a", "href", "#" + Links.codeAnchor(catalog, code.get())).element("code", wire).close("a");
            } else {
                html.element("code", wire);
            }
            html.close("li");
        }
        html.close("ol").newline().close("section").newline();
    }

    static void outcomes(Html html, NamedCatalog catalog) {
        List<Outcome> outcomes = catalog.catalog().outcomes();
        if (outcomes.isEmpty()) {
            return;
        }
        html.open("section", "id", "outcomes", "aria-labelledby", "outcomes-title").newline()
                .element("h2", "Outcomes", "id", "outcomes-title").newline()
                .open("p").text("The kinds of outcome a response carries, each a record of the sealed interface ")
                .element("code", catalog.names().outcomeType().orElse("")).text(".").close("p").newline();
        for (Outcome outcome : outcomes) {
            CatalogNames.OutcomeNames names = catalog.outcome(outcome);
            String anchor = Links.anchor("outcome", outcome.id(), outcomes.indexOf(outcome));
            html.open("article", "class", "outcome", "id", anchor, "aria-labelledby", anchor + "-title").newline()
                    .open("h3", "id", anchor + "-title").element("code", outcome.id()).close("h3").newline()
                    .open("dl", "class", "fields").newline()
                    .element("dt", "Java").open("dd").element("code", catalog.names().outcomeType().orElse("") + "."
                            + names.type()).close("dd").newline();
            outcome.description().ifPresent(description -> html.element("dt", "Description")
                    .element("dd", description, "class", "prose").newline());
            html.element("dt", "Codes").open("dd");
            selection(html, catalog, outcome);
            html.close("dd").newline();
            if (!outcome.fields().isEmpty()) {
                html.element("dt", "Fields").open("dd").open("ul", "class", "plain");
                for (Attribute field : outcome.fields()) {
                    html.open("li").element("code", field.name()).text(" (" + field.type().specName()
                            + (field.list() ? ", a list" : "") + field.catalog().map(id -> ", of catalog " + id).orElse("")
                            + ")");
                    field.description().ifPresent(d -> html.text(": ").element("span", d, "class", "prose"));
                    html.close("li");
                }
                html.close("ul").close("dd").newline();
            }
            html.close("dl").newline().close("article").newline();
        }
        html.close("section").newline();
    }

    private static void selection(Html html, NamedCatalog catalog, Outcome outcome) {
        if (outcome.codes().isEmpty()) {
            html.text("none: the outcome holds no code");
            return;
        }
        CodeSelector selector = outcome.codes().get();
        int count = catalog.catalog().selected(outcome).size();
        html.text((outcome.list() ? "a list of " : "one of ") + count + (count == 1 ? " code" : " codes"));
        if (!selector.groups().isEmpty()) {
            html.text(" of the groups ");
            for (int i = 0; i < selector.groups().size(); i++) {
                String group = selector.groups().get(i);
                html.text(i > 0 ? ", " : "").open("a", "href", "#" + Links.groupAnchor(group)).element("code", group)
                        .close("a");
            }
        }
        if (!selector.where().isEmpty()) {
            html.text(" where ");
            int i = 0;
            for (Map.Entry<String, AttributeValue> condition : selector.where().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                html.text(i++ > 0 ? " and " : "").element("code", condition.getKey()).text(" is ")
                        .element("code", condition.getValue().wire());
            }
        }
        if (selector.groups().isEmpty() && selector.where().isEmpty()) {
            html.text(": every code of the catalog");
        }
    }

    static void responses(Html html, NamedCatalog catalog) {
        Optional<Responses> described = catalog.catalog().responses();
        if (described.isEmpty()) {
            return;
        }
        Responses responses = described.get();
        CatalogNames.ResponseNames names = catalog.names().responses().orElseThrow();
        html.open("section", "id", "responses", "aria-labelledby", "responses-title").newline()
                .element("h2", "Responses", "id", "responses-title").newline()
                .open("p").text("The shapes of the vendor's response and webhook bodies, tried in this order; the"
                        + " generated reader ").element("code", names.type() + ".read").text(" gives the first whose"
                        + " conditions hold, or ").element("code", names.type() + ".Unrecognized").text(" for none.")
                .text(responses.emptyIsAbsent() ? " An empty text counts as not sent." : "").close("p").newline();
        if (!responses.context().isEmpty()) {
            html.element("h3", "Given by the caller").newline().open("ul", "class", "plain");
            for (Responses.ContextValue value : responses.context()) {
                html.open("li").element("code", value.name()).text(value.integer() ? " (a whole number)" : " (text)");
                value.description().ifPresent(d -> html.text(": ").element("span", d, "class", "prose"));
                html.close("li");
            }
            html.close("ul").newline();
        }
        List<Responses.StatusVocabulary> statuses = responses.statuses();
        if (!statuses.isEmpty()) {
            html.element("h3", "Status values and their verdicts").newline();
            for (Responses.StatusVocabulary vocabulary : statuses) {
                String anchor = Links.anchor("status", vocabulary.name(), statuses.indexOf(vocabulary));
                html.open("article", "class", "status", "id", anchor, "aria-labelledby", anchor + "-title").newline()
                        .open("h4", "id", anchor + "-title").element("code", vocabulary.name()).close("h4").newline();
                vocabulary.description().ifPresent(d -> html.element("p", d, "class", "prose"));
                if (vocabulary.textCase() != Responses.TextCase.EXACT) {
                    html.element("p", "Values are matched in " + vocabulary.textCase().name().toLowerCase(
                            java.util.Locale.ROOT) + " case.", "class", "muted");
                }
                html.open("ul", "class", "plain verdicts");
                for (Map.Entry<String, Optional<String>> value : vocabulary.values().entrySet()) {
                    html.open("li").element("code", value.getKey()).text(" → ");
                    if (value.getValue().isPresent()) {
                        html.element("code", value.getValue().get(), "class", "verdict");
                    } else {
                        html.text("undecided (another status field of the body decides)");
                    }
                    html.close("li");
                }
                html.element("li", "any other value → unknown: a person looks", "class", "muted");
                html.close("ul").newline().close("article").newline();
            }
        }
        html.element("h3", "Shapes").newline();
        for (Responses.Shape shape : responses.shapes()) {
            shape(html, catalog, names, shape, responses.shapes().indexOf(shape), statuses);
        }
        html.close("section").newline();
    }

    private static void shape(Html html, NamedCatalog catalog, CatalogNames.ResponseNames names, Responses.Shape shape,
            int index, List<Responses.StatusVocabulary> statuses) {
        String anchor = Links.anchor("shape", shape.id(), index);
        html.open("article", "class", "shape", "id", anchor, "aria-labelledby", anchor + "-title").newline()
                .open("h4", "id", anchor + "-title").element("code", shape.id()).close("h4").newline()
                .open("dl", "class", "fields").newline()
                .element("dt", "Java").open("dd").element("code", names.type() + "." + names.shapes().get(shape.id()).type())
                .close("dd").newline();
        shape.description().ifPresent(d -> html.element("dt", "Description").element("dd", d, "class", "prose").newline());
        html.element("dt", "Source").open("dd");
        ExternalLink.write(html, shape.source());
        html.close("dd").newline();
        html.element("dt", "Recognised when").open("dd").open("ul", "class", "plain");
        for (Responses.Condition condition : shape.when()) {
            html.open("li");
            if (condition instanceof Responses.Present present) {
                path(html, present.path()).text(" is present");
            } else if (condition instanceof Responses.Absent absent) {
                path(html, absent.path()).text(" is absent");
            } else if (condition instanceof Responses.Equals equals) {
                path(html, equals.path()).text(equals.values().size() == 1 ? " equals " : " is one of ");
                for (int i = 0; i < equals.values().size(); i++) {
                    html.text(i > 0 ? ", " : "").element("code", equals.values().get(i));
                }
            }
            html.close("li");
        }
        html.close("ul").close("dd").newline();
        html.element("dt", "Verdict").open("dd");
        if (shape.fixedVerdict().isPresent()) {
            html.text("always ").element("code", shape.fixedVerdict().get(), "class", "verdict");
        } else {
            html.open("ul", "class", "plain");
            for (Responses.StatusRead read : shape.verdictReads()) {
                html.open("li").text("the value at ");
                path(html, read.path()).text(" read as ");
                int vocabulary = statuses.stream().map(Responses.StatusVocabulary::name).toList().indexOf(read.vocabulary());
                html.open("a", "href", "#" + Links.anchor("status", read.vocabulary(), vocabulary))
                        .element("code", read.vocabulary()).close("a").close("li");
            }
            html.close("ul");
            if (shape.verdictReads().size() > 1) {
                html.element("p", "The most cautious of these verdicts wins.", "class", "muted");
            }
        }
        html.close("dd").newline();
        shape.attempts().ifPresent(attempts -> {
            html.element("dt", "Attempts made").open("dd");
            path(html, attempts).close("dd").newline();
        });
        if (!shape.details().isEmpty()) {
            html.element("dt", "Details kept").open("dd").open("ul", "class", "plain");
            shape.details().forEach((name, at) -> path(html.open("li").element("code", name).text(" at "), at).close("li"));
            html.close("ul").close("dd").newline();
        }
        if (!shape.outcomes().isEmpty()) {
            html.element("dt", "Outcomes").open("dd").open("ul", "class", "plain");
            for (Responses.Build build : shape.outcomes()) {
                build(html, catalog, build);
            }
            html.close("ul").close("dd").newline();
        }
        CodeEntry.notes(html, shape.notes());
        html.close("dl").newline().close("article").newline();
    }

    private static void build(Html html, NamedCatalog catalog, Responses.Build build) {
        List<Outcome> outcomes = catalog.catalog().outcomes();
        int index = outcomes.stream().map(Outcome::id).toList().indexOf(build.kind());
        html.open("li").open("a", "href", "#" + Links.anchor("outcome", build.kind(), index)).element("code", build.kind())
                .close("a");
        build.each().ifPresent(each -> path(html.text(", one for each value at "), each));
        build.codes().ifPresent(codes -> path(html.text(", its code" + (codesAreMany(catalog, build) ? "s" : "") + " at "),
                codes));
        if (build.oneOrMany()) {
            html.text(" (a single value may stand for the list)");
        }
        build.key().forEach((part, source) -> {
            html.text(", ").element("code", part).text(" ");
            if (source instanceof Responses.FromPath fromPath) {
                path(html.text("at "), fromPath.path());
            } else if (source instanceof Responses.FromContext context) {
                html.text("given by the caller as ").element("code", context.name());
            } else if (source instanceof Responses.FromCapture capture) {
                html.text("from the key family's ").element("code", capture.capture());
            }
        });
        build.fields().forEach((field, at) -> path(html.text(", field ").element("code", field).text(" at "), at));
        build.companions().forEach((name, at) -> path(html.text(", ").element("code", name).text(" kept from "), at));
        if (!build.informational().isEmpty()) {
            html.text(", informational only: " + String.join(", ", build.informational()));
        }
        html.close("li");
    }

    private static boolean codesAreMany(NamedCatalog catalog, Responses.Build build) {
        return catalog.catalog().outcomes().stream().filter(o -> o.id().equals(build.kind())).anyMatch(Outcome::list);
    }

    private static Html path(Html html, WirePath path) {
        return html.element("code", path.text().isEmpty() ? "(the body itself)" : path.text(), "class", "path");
    }
}
