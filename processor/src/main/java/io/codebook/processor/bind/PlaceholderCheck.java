package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.PlaceholderType;
import io.codebook.processor.model.TextPlaceholders;
import io.codebook.processor.naming.JavaNames;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecScalar;
import java.util.ArrayList;
import java.util.Arrays;
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

    static final List<String> PLACEHOLDER_KEYS = SpecGrammar.PLACEHOLDER.names();

    /**
     * A code's declared placeholders.
     *
     * @param placeholders those that could be read, in order
     * @param complete whether every declaration could be read: if one could not (reported), which
     *     placeholders the texts may use, and in which order, is not known, so they are not checked
     */
    record Declared(List<Placeholder> placeholders, boolean complete) {

        Declared {
            placeholders = List.copyOf(placeholders);
        }
    }

    private final Problems problems;

    PlaceholderCheck(Problems problems) {
        this.problems = problems;
    }

    Declared readDeclared(Fields fields, String label) {
        if (!fields.has("placeholders")) {
            return new Declared(List.of(), true);
        }
        Optional<SpecList> list = fields.list("placeholders", false);
        if (list.isEmpty()) {
            return new Declared(List.of(), false); // not a list, reported
        }
        List<TextPlaceholders.Token> positional = positionalTokens(fields);
        List<Placeholder> declared = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<SpecNode> items = list.get().items();
        int vendorIndex = 0; // positional placeholders fill the vendor-text ones, in order
        for (SpecNode item : items) {
            boolean userTextOnly = item instanceof SpecMap map && map.get("userTextOnly")
                    .filter(n -> n instanceof SpecScalar s && s.value().equals("true")).isPresent();
            int i = userTextOnly ? Integer.MAX_VALUE : vendorIndex++;
            PlaceholderType implied = i < positional.size()
                    ? positional.get(i).positionalType().orElse(PlaceholderType.STRING) : PlaceholderType.STRING;
            readOne(item, implied, names, label).ifPresent(declared::add);
        }
        return new Declared(declared, declared.size() == items.size());
    }

    /**
     * One declared placeholder, or empty when it has no name (reported).
     *
     * @param implied the type the texts' positional placeholder at its position implies
     */
    private Optional<Placeholder> readOne(SpecNode item, PlaceholderType implied, Set<String> names, String label) {
        String what = "a placeholder of " + label;
        Optional<SpecMap> map = Fields.asMap(item, what, problems);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Fields placeholder = new Fields(map.get(), what, PLACEHOLDER_KEYS, problems);
        Optional<String> name = placeholder.text("name", true);
        name.ifPresent(n -> {
            if (!n.matches("[a-z][A-Za-z0-9]*") || !JavaNames.isIdentifier(n)) {
                problems.report(placeholder.positionOf("name"), Message.PLACEHOLDER_NAME, n);
            }
            if (!names.add(n)) {
                problems.report(placeholder.positionOf("name"), Message.PLACEHOLDER_DUPLICATE, n, label);
            }
        });
        // an unknown type (reported) is taken to be the one the text implies, so it is not also a mismatch
        PlaceholderType type = placeholder.text("type", false)
                .map(t -> PlaceholderType.fromSpecName(t).orElseGet(() -> {
                    List<String> types = Arrays.stream(PlaceholderType.values()).map(PlaceholderType::specName).toList();
                    problems.report(placeholder.positionOf("type"), Message.PLACEHOLDER_TYPE, t,
                            Suggestions.hint(t, types));
                    return implied;
                }))
                .orElse(implied);
        Optional<String> description = placeholder.text("description", false);
        boolean userTextOnly = placeholder.bool("userTextOnly", false).orElse(false);
        return name.map(n -> new Placeholder(n, type, description, userTextOnly));
    }

    void check(Fields fields, Declared declaration, String label) {
        // the vendor's texts fill the placeholders they use; those only the end-user texts use are checked there
        List<Placeholder> declared = declaration.placeholders().stream().filter(p -> !p.userTextOnly()).toList();
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
                    if (declaration.complete() && !byName.containsKey(name)) {
                        problems.report(text.position(), Message.PLACEHOLDER_UNDECLARED, label, token.text(), name);
                    }
                    used.add(name);
                }
            }
            if (!positional.isEmpty()) {
                anyPositional = true;
                if (!declaration.complete()) {
                    continue; // which declaration each fills is not known
                }
                if (positional.size() != declared.size()) {
                    problems.report(text.position(), Message.PLACEHOLDER_COUNT, label, positional.size(),
                            String.join(" ", positional.stream().map(TextPlaceholders.Token::text).toList()),
                            declared.size());
                    // the declared ones this text does fill are used: one mistake, one message
                    declared.stream().limit(positional.size()).forEach(p -> used.add(p.name()));
                } else {
                    for (int i = 0; i < positional.size(); i++) {
                        Placeholder placeholder = declared.get(i);
                        PlaceholderType implied = positional.get(i).positionalType().orElseThrow();
                        if (implied != PlaceholderType.STRING && implied != placeholder.type()) {
                            problems.report(text.position(), Message.PLACEHOLDER_FORMAT, placeholder.name(), label,
                                    placeholder.type().specName(), positional.get(i).text(), implied.specName());
                        }
                        used.add(placeholder.name());
                    }
                }
            }
        }
        if (anyNamed && anyPositional) {
            problems.report(fields.position(), Message.PLACEHOLDER_STYLES_MIXED, label);
        }
        if (!declaration.complete()) {
            return;
        }
        if (!fields.has("userText")) {
            declaration.placeholders().stream().filter(Placeholder::userTextOnly).forEach(placeholder -> problems.report(
                    fields.positionOf("placeholders"), Message.PLACEHOLDER_UNUSED, placeholder.name(), label));
        }
        for (Placeholder placeholder : declared) {
            if (!used.contains(placeholder.name())) {
                problems.report(fields.positionOf("placeholders"), Message.PLACEHOLDER_UNUSED, placeholder.name(), label);
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
        if (node instanceof SpecScalar scalar && !scalar.empty()) {
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
