package io.codebook.processor.bind;

import io.codebook.processor.model.TextPlaceholders;

import io.codebook.processor.naming.JavaNames;

import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.PlaceholderType;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a code's declared placeholders and checks them against its texts: every placeholder a
 * text uses is declared, every declared one is used, and positional ones agree in count and type.
 * Later stages format these texts with typed parameters, so a mismatch here would become a wrong
 * message in front of a user.
 */
final class PlaceholderCheck {

    static final List<String> PLACEHOLDER_KEYS = List.of("name", "type", "description");

    private final Problems problems;

    PlaceholderCheck(Problems problems) {
        this.problems = problems;
    }

    List<Placeholder> readDeclared(Fields fields, String label) {
        List<Placeholder> declared = new ArrayList<>();
        Optional<SpecList> list = fields.list("placeholders", false);
        if (list.isEmpty()) {
            return declared;
        }
        List<TextPlaceholders.Token> positional = positionalTokens(fields);
        Set<String> names = new HashSet<>();
        int index = 0;
        for (SpecNode item : list.get().items()) {
            int position = index++;
            String what = "a placeholder of " + label;
            Optional<SpecMap> map = Fields.asMap(item, what, problems);
            if (map.isEmpty()) {
                continue;
            }
            Fields placeholder = new Fields(map.get(), what, PLACEHOLDER_KEYS, problems);
            Optional<String> name = placeholder.text("name", true);
            name.ifPresent(n -> {
                if (!n.matches("[a-z][A-Za-z0-9]*") || !JavaNames.isIdentifier(n)) {
                    problems.error(placeholder.positionOf("name"), ProblemIds.JAVA_NAME,
                            "placeholder name '" + n + "' must be a lowerCamel Java identifier such as 'email'"
                                    + " (it becomes a parameter name).");
                }
                if (!names.add(n)) {
                    problems.error(placeholder.positionOf("name"), ProblemIds.DUPLICATE_ID,
                            "placeholder '" + n + "' is declared twice in " + label + ".");
                }
            });
            Optional<PlaceholderType> inferred = position < positional.size()
                    ? positional.get(position).positionalType() : Optional.empty();
            PlaceholderType type = placeholder.text("type", false)
                    .map(t -> PlaceholderType.fromSpecName(t).orElseGet(() -> {
                        problems.error(placeholder.positionOf("type"), ProblemIds.INVALID_VALUE,
                                "placeholder type '" + t + "' is unknown; the types are string, integer and decimal.");
                        return PlaceholderType.STRING;
                    }))
                    .orElse(inferred.orElse(PlaceholderType.STRING));
            Optional<String> description = placeholder.text("description", false);
            name.ifPresent(n -> declared.add(new Placeholder(n, type, description)));
        }
        return declared;
    }

    void check(Fields fields, List<Placeholder> declared, String label) {
        Map<String, Placeholder> byName = new LinkedHashMap<>();
        declared.forEach(p -> byName.put(p.name(), p));
        Set<String> used = new HashSet<>();
        boolean anyPositional = false;
        boolean anyNamed = false;
        for (PositionedText text : texts(fields)) {
            List<TextPlaceholders.Token> tokens = TextPlaceholders.scan(text.text());
            List<TextPlaceholders.Token> positional = tokens.stream().filter(t -> !t.named()).toList();
            for (TextPlaceholders.Token token : tokens) {
                if (token.named()) {
                    anyNamed = true;
                    String name = token.name().orElseThrow();
                    if (!byName.containsKey(name)) {
                        problems.error(text.position(), ProblemIds.PLACEHOLDER_MISMATCH,
                                "the text of " + label + " uses " + token.text() + ", which is not declared."
                                        + " Declare it under 'placeholders' with - {name: " + name + ", type: string}.");
                    }
                    used.add(name);
                }
            }
            if (!positional.isEmpty()) {
                anyPositional = true;
                if (positional.size() != declared.size()) {
                    problems.error(text.position(), ProblemIds.PLACEHOLDER_MISMATCH,
                            "the text of " + label + " has " + positional.size() + " positional placeholder(s) ("
                                    + String.join(" ", positional.stream().map(TextPlaceholders.Token::text).toList())
                                    + ") but " + declared.size() + " are declared. Declare one per placeholder, in order.");
                    // the declared ones this text does fill are used: one mistake, one message
                    declared.stream().limit(positional.size()).forEach(p -> used.add(p.name()));
                } else {
                    for (int i = 0; i < positional.size(); i++) {
                        Placeholder placeholder = declared.get(i);
                        PlaceholderType implied = positional.get(i).positionalType().orElseThrow();
                        if (implied != PlaceholderType.STRING && implied != placeholder.type()) {
                            problems.error(text.position(), ProblemIds.PLACEHOLDER_MISMATCH,
                                    "placeholder '" + placeholder.name() + "' of " + label + " is declared "
                                            + placeholder.type().specName() + " but the text formats it with "
                                            + positional.get(i).text() + ". Declare it " + implied.specName() + ".");
                        }
                        used.add(placeholder.name());
                    }
                }
            }
        }
        if (anyNamed && anyPositional) {
            problems.error(fields.position(), ProblemIds.PLACEHOLDER_MISMATCH,
                    "the texts of " + label + " mix named ({name}) and positional (%s) placeholders."
                            + " Codebook cannot tell which is which; note the inconsistency and use one style.");
        }
        for (Placeholder placeholder : declared) {
            if (!used.contains(placeholder.name())) {
                problems.error(fields.positionOf("placeholders"), ProblemIds.PLACEHOLDER_MISMATCH,
                        "placeholder '" + placeholder.name() + "' is declared for " + label
                                + " but no text of it uses it. Remove it, or fix the text.");
            }
        }
    }

    private record PositionedText(String text, SpecPosition position) {}

    /** The description, each message and each message's description, with their positions. */
    private List<PositionedText> texts(Fields fields) {
        List<PositionedText> texts = new ArrayList<>();
        fields.node("description").ifPresent(node -> addScalar(node, texts));
        fields.node("variants").filter(n -> n instanceof SpecList).ifPresent(node -> {
            for (SpecNode item : ((SpecList) node).items()) {
                if (item instanceof SpecMap map) {
                    map.get("description").ifPresent(n -> addScalar(n, texts));
                    map.get("when").ifPresent(n -> addScalar(n, texts));
                }
            }
        });
        fields.node("messages").filter(n -> n instanceof SpecList).ifPresent(node -> {
            for (SpecNode item : ((SpecList) node).items()) {
                if (item instanceof SpecMap map) {
                    map.get("text").ifPresent(n -> addScalar(n, texts));
                    map.get("description").ifPresent(n -> addScalar(n, texts));
                } else {
                    addScalar(item, texts);
                }
            }
        });
        return texts;
    }

    private static void addScalar(SpecNode node, List<PositionedText> texts) {
        if (node instanceof io.codebook.processor.yaml.SpecScalar scalar && !scalar.empty()) {
            texts.add(new PositionedText(scalar.value(), scalar.position()));
        }
    }

    private List<TextPlaceholders.Token> positionalTokens(Fields fields) {
        return texts(fields).stream()
                .map(t -> TextPlaceholders.scan(t.text()).stream().filter(tok -> !tok.named()).toList())
                .filter(tokens -> !tokens.isEmpty())
                .findFirst()
                .orElse(List.of());
    }
}
