package io.codebook.processor.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grammar of a catalog spec, in one place: every map a spec holds, the keys it takes, what each
 * key's value is, and which keys are required. The binders read their known keys from here (an
 * unknown key is reported with the nearest known one), and the spec format's JSON Schema, which
 * editors use to complete and check a spec as it is typed, is generated from it; tests keep the
 * binders' required keys and the schema equal to it.
 */
public final class SpecGrammar {

    /** What a value is. */
    public sealed interface Shape permits Text, Whole, Flag, Scalar, Anything, ListOf, MapOf, Keyed, OneOf {}

    /** A string. */
    public record Text() implements Shape {}

    /** A whole number. */
    public record Whole() implements Shape {}

    /** {@code true} or {@code false}. */
    public record Flag() implements Shape {}

    /** Any scalar: a string, a number or a boolean. */
    public record Scalar() implements Shape {}

    /** Anything at all (a value whose form depends on a declaration elsewhere in the spec). */
    public record Anything() implements Shape {}

    public record ListOf(Shape items) implements Shape {}

    /** A map whose keys the spec names (attributes, locales…), each with a value of {@code values}. */
    public record MapOf(Shape values) implements Shape {}

    /** A map of the named rule's keys. */
    public record Keyed(String rule) implements Shape {}

    public record OneOf(List<Shape> shapes) implements Shape {}

    /**
     * One key of a map.
     *
     * @param requiredWhen where the key is required only in some maps of its kind, when (empty otherwise)
     */
    public record Key(String name, Shape shape, boolean required, String requiredWhen) {}

    /**
     * The keys of one kind of map.
     *
     * @param open whether the map also takes keys the spec itself declares (a code's attribute values)
     */
    public record Rule(String name, List<Key> keys, boolean open) {

        public Rule {
            keys = List.copyOf(keys);
        }

        /** The keys' names, in the order the reference lists them. */
        public List<String> names() {
            return keys.stream().map(Key::name).toList();
        }

        public List<String> required() {
            return keys.stream().filter(Key::required).map(Key::name).toList();
        }
    }

    private static final Shape TEXT = new Text();
    private static final Shape WHOLE = new Whole();
    private static final Shape FLAG = new Flag();
    private static final Shape SCALAR = new Scalar();
    private static final Shape TEXTS = new ListOf(TEXT);
    private static final Shape NOTES = new OneOf(List.of(TEXT, TEXTS));

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    public static final Rule TOP = rule("spec", false,
            key("codebook", WHOLE, true), key("catalog", obj("catalog"), true), key("key", TEXTS, false),
            key("attributes", new MapOf(obj("attribute")), false),
            key("locales", new ListOf(new OneOf(List.of(TEXT, obj("locale")))), false),
            key("groups", new ListOf(obj("group")), true), key("priority", obj("priority"), false),
            key("outcomes", new ListOf(obj("outcome")), false), key("responses", obj("responses"), false));
    public static final Rule CATALOG = rule("catalog", false,
            key("id", TEXT, true), key("vendor", TEXT, true), key("title", TEXT, true), key("description", TEXT, false),
            key("javaName", TEXT, false), key("outcomeJavaName", TEXT, false), key("javaNamePattern", TEXT, false),
            key("attemptLimit", WHOLE, false), key("source", obj("source"), true), key("notes", NOTES, false));
    public static final Rule SOURCE = rule("source", false,
            key("document", TEXT, true), key("url", TEXT, false), key("retrieved", TEXT, false));
    public static final Rule PRIORITY = rule("priority", false,
            key("description", TEXT, false), key("order", TEXTS, true));
    public static final Rule LOCALE = rule("locale", false, key("tag", TEXT, true), key("draft", FLAG, false));
    public static final Rule ATTRIBUTE = rule("attribute", false,
            key("type", TEXT, true), key("list", FLAG, false), key("catalog", TEXT, false), key("required", FLAG, false),
            keyRequiredWhen("values", new ListOf(new OneOf(List.of(SCALAR, obj("enumValue")))), "the type is enum"),
            key("noneValues", new ListOf(SCALAR), false), key("default", SCALAR, false), key("javaName", TEXT, false),
            key("description", TEXT, false), key("role", TEXT, false));
    public static final Rule ENUM_VALUE = rule("enumValue", false,
            key("value", SCALAR, true), key("javaName", TEXT, false), key("description", TEXT, false),
            key("aliases", new ListOf(SCALAR), false), key("action", TEXT, false),
            key("deprecated", obj("deprecation"), false));
    public static final Rule GROUP = rule("group", false,
            key("id", TEXT, true), key("title", TEXT, true), key("javaName", TEXT, false),
            key("javaNamePattern", TEXT, false), key("description", TEXT, false),
            key("shared", new MapOf(new Anything()), false), key("notes", NOTES, false),
            key("codes", new ListOf(obj("code")), true));
    public static final Rule CODE = rule("code", true,
            keyRequiredWhen("code", SCALAR, "the catalog's key has code"), key("description", TEXT, false),
            key("messages", new ListOf(new OneOf(List.of(TEXT, obj("message")))), false),
            key("placeholders", new ListOf(obj("placeholder")), false), key("javaName", TEXT, false),
            key("aliases", new ListOf(SCALAR), false), key("notes", NOTES, false),
            key("userText", new MapOf(TEXT), false), key("variants", new ListOf(obj("variant")), false),
            key("deprecated", obj("deprecation"), false));
    public static final Rule DEPRECATION = rule("deprecation", false,
            key("reason", TEXT, true), key("replacedBy", SCALAR, false), key("since", TEXT, false),
            key("retired", FLAG, false));
    public static final Rule VARIANT = rule("variant", true, key("description", TEXT, false), key("when", TEXT, false));
    public static final Rule MESSAGE = rule("message", false, key("text", TEXT, true), key("description", TEXT, false));
    public static final Rule PLACEHOLDER = rule("placeholder", false,
            key("name", TEXT, true), key("type", TEXT, false), key("description", TEXT, false),
            key("userTextOnly", FLAG, false));
    public static final Rule OUTCOME = rule("outcome", false,
            key("id", TEXT, true), key("javaName", TEXT, false), key("description", TEXT, false),
            key("codes", obj("selector"), false), key("list", FLAG, false),
            key("fields", new MapOf(obj("attribute")), false));
    public static final Rule SELECTOR = rule("selector", false,
            key("groups", TEXTS, false), key("where", new MapOf(new Anything()), false));
    public static final Rule RESPONSES = rule("responses", false,
            key("javaName", TEXT, false), key("emptyIsAbsent", FLAG, false),
            key("context", new MapOf(obj("contextValue")), false), key("statuses", new MapOf(obj("status")), false),
            key("shapes", new ListOf(obj("shape")), true));
    public static final Rule CONTEXT = rule("contextValue", false, key("type", TEXT, true), key("description", TEXT, false));
    public static final Rule STATUS = rule("status", false,
            key("description", TEXT, false), key("case", TEXT, false), key("values", new MapOf(TEXT), true));
    public static final Rule SHAPE = rule("shape", false,
            key("id", TEXT, true), key("javaName", TEXT, false), key("description", TEXT, false),
            key("source", TEXT, true), key("notes", NOTES, false), key("when", new ListOf(obj("condition")), true),
            key("verdict", new OneOf(List.of(TEXT, new ListOf(obj("statusRead")))), true), key("attempts", TEXT, false),
            key("details", new MapOf(TEXT), false), key("outcomes", new ListOf(obj("build")), false));
    public static final Rule CONDITION = rule("condition", false,
            key("present", TEXT, false), key("absent", TEXT, false), key("at", TEXT, false), key("equals", SCALAR, false),
            key("in", new ListOf(SCALAR), false));
    public static final Rule STATUS_READ = rule("statusRead", false, key("at", TEXT, true), key("status", TEXT, true));
    public static final Rule BUILD = rule("build", false,
            key("kind", TEXT, true), key("name", TEXT, false), key("each", TEXT, false),
            keyRequiredWhen("code", TEXT, "the outcome holds one code"),
            keyRequiredWhen("codes", TEXT, "the outcome holds a list of codes"), key("oneOrMany", FLAG, false),
            key("key", new MapOf(new OneOf(List.of(TEXT, obj("capture"), obj("contextSource")))), false),
            key("fields", new MapOf(TEXT), false), key("companions", new MapOf(TEXT), false),
            key("informational", TEXTS, false));
    public static final Rule CAPTURE = rule("capture", false,
            key("capture", TEXT, true), key("values", new MapOf(SCALAR), false));
    public static final Rule CONTEXT_SOURCE = rule("contextSource", false, key("context", TEXT, true));
    public static final Rule OVERLAY = rule("overlay", false,
            key("codebook", WHOLE, true), key("overlay", TEXT, true),
            key("locales", new ListOf(new OneOf(List.of(TEXT, obj("locale")))), false),
            key("userText", new MapOf(new MapOf(TEXT)), false));

    private SpecGrammar() {}

    /** Every rule, the spec's own first, by name. */
    public static Map<String, Rule> rules() {
        return java.util.Collections.unmodifiableMap(RULES);
    }

    private static Rule rule(String name, boolean open, Key... keys) {
        Rule rule = new Rule(name, new ArrayList<>(List.of(keys)), open);
        RULES.put(name, rule);
        return rule;
    }

    private static Key key(String name, Shape shape, boolean required) {
        return new Key(name, shape, required, "");
    }

    /** A key required only in some maps of its kind, which the binder tells apart and a schema cannot. */
    private static Key keyRequiredWhen(String name, Shape shape, String when) {
        return new Key(name, shape, false, when);
    }

    private static Shape obj(String rule) {
        return new Keyed(rule);
    }
}
