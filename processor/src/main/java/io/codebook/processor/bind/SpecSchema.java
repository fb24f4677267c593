package io.codebook.processor.bind;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The JSON Schema (draft 2020-12) of the spec format, written from {@link SpecGrammar}: editors'
 * YAML plugins use it to complete and check a spec while it is typed. It says what the grammar
 * says (keys, value forms, required keys, no unknown keys); what only the binders can check (that
 * a code exists, that a path can match) stays with them.
 */
public final class SpecSchema {

    public static final String SPEC_FILE = "codebook-spec.schema.json";
    public static final String OVERLAY_FILE = "codebook-overlay.schema.json";

    private SpecSchema() {}

    /** The schema of a catalog spec ({@code <catalog>.yaml}). */
    public static String spec() {
        return schema(SpecGrammar.TOP, "Codebook catalog spec", "A vendor's catalog of codes, as Codebook reads it"
                + " (catalog-specs/README.md is the reference).", SPEC_FILE);
    }

    /** The schema of an overlay ({@code <catalog>.overlay.yaml}). */
    public static String overlay() {
        return schema(SpecGrammar.OVERLAY, "Codebook overlay", "Locales and end-user texts laid over a catalog"
                + " the project does not own (catalog-specs/README.md, Overlays).", OVERLAY_FILE);
    }

    private static String schema(SpecGrammar.Rule root, String title, String description, String file) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n");
        json.append("  \"$id\": \"urn:codebook:").append(file).append("\",\n");
        json.append("  \"title\": ").append(quote(title)).append(",\n");
        json.append("  \"description\": ").append(quote(description)).append(",\n");
        json.append("  \"$ref\": \"#/$defs/").append(root.name()).append("\",\n");
        json.append("  \"$defs\": {\n");
        List<SpecGrammar.Rule> rules = List.copyOf(SpecGrammar.rules().values());
        for (int i = 0; i < rules.size(); i++) {
            json.append("    ").append(quote(rules.get(i).name())).append(": ").append(rule(rules.get(i)))
                    .append(i + 1 < rules.size() ? ",\n" : "\n");
        }
        return json.append("  }\n}\n").toString();
    }

    private static String rule(SpecGrammar.Rule rule) {
        String properties = rule.keys().stream().map(key -> quote(key.name()) + ": " + described(key))
                .collect(Collectors.joining(", ", "{", "}"));
        String required = rule.required().stream().map(SpecSchema::quote).collect(Collectors.joining(", ", "[", "]"));
        return "{\"type\": \"object\", \"properties\": " + properties + ", \"required\": " + required
                + ", \"additionalProperties\": " + rule.open() + "}";
    }

    /** The key's shape, saying when a key the schema cannot require is required. */
    private static String described(SpecGrammar.Key key) {
        String shape = shape(key.shape());
        if (key.requiredWhen().isEmpty()) {
            return shape;
        }
        return "{\"description\": " + quote("required when " + key.requiredWhen()) + ", \"allOf\": [" + shape + "]}";
    }

    private static String shape(SpecGrammar.Shape shape) {
        // Java 17: no pattern switch; the grammar's shapes are few and sealed
        if (shape instanceof SpecGrammar.Text) {
            // the binder reads every scalar as the text it is written as (an id of 123 is "123"),
            // so an editor must not flag a number where text is expected
            return "{\"type\": [\"string\", \"number\", \"boolean\"]}";
        }
        if (shape instanceof SpecGrammar.Whole) {
            return "{\"type\": \"integer\"}";
        }
        if (shape instanceof SpecGrammar.Flag) {
            return "{\"type\": \"boolean\"}";
        }
        if (shape instanceof SpecGrammar.Scalar) {
            return "{\"type\": [\"string\", \"number\", \"boolean\"]}";
        }
        if (shape instanceof SpecGrammar.ListOf list) {
            return "{\"type\": \"array\", \"items\": " + shape(list.items()) + "}";
        }
        if (shape instanceof SpecGrammar.MapOf map) {
            return "{\"type\": \"object\", \"additionalProperties\": " + shape(map.values()) + "}";
        }
        if (shape instanceof SpecGrammar.Keyed keyed) {
            return "{\"$ref\": \"#/$defs/" + keyed.rule() + "\"}";
        }
        if (shape instanceof SpecGrammar.OneOf oneOf) {
            return oneOf.shapes().stream().map(SpecSchema::shape).collect(Collectors.joining(", ", "{\"anyOf\": [", "]}"));
        }
        return "{}"; // Anything
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
