package io.codebook.processor;

import io.codebook.processor.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Draws catalog specs that are plausibly valid (well-formed YAML using only keys the format
 * knows, values of the right kind, references that resolve) but adversarial in their names and
 * values: codes and enum values in several scripts, with accents, starting with digits, spelled
 * like Java keywords, like {@code java.lang} types or like names the generator uses itself, pairs
 * that collide once derived, texts that try to break out of javadoc and string literals. Some
 * choices are invalid on purpose (explicit names in the wrong case, reserved names): the
 * processor must then reject the spec with a positioned error.
 *
 * <p>The same seed always gives the same spec. Specs stay small (1 to 4 groups of 1 to 8 codes)
 * so that hundreds compile in a minute.
 */
final class RandomSpecs {

    /** A drawn spec: its catalog id (its file name) and its text. */
    record RandomSpec(String id, String yaml) {}

    // --- pools: names and values that are odd but valid, and names that are likely invalid -------

    static final List<String> PLAIN_CODES = List.of(
            "DOCUMENT_EXPIRED", "invalid_idType", "face-mismatch", "E001", "timeout", "HTTPStatus", "mrz_fail",
            "UNDER_AGE", "ok", "Rejected", "session.expired", "api/key", "two words", "selfie_blurry");
    static final List<String> SCRIPT_CODES = List.of(
            "ошибка", "документ_просрочен", "Ошибка-Сети", "λάθος", "Σφάλμα_δικτύου", "顔認証", "エラー", "오류",
            "خطأ", "שגיאה", "त्रुटि", "შეცდომა", "ǅemal", "ﬁle", "straße", "İstanbul", "ıi", "Ελλάδα");
    static final List<String> ACCENTED_CODES = List.of(
            "café", "crème-brûlée", "naïve", "Ångström", "Łódź", "Œuvre", "ØRE", "garçon", "Ñandú", "Þorn");
    static final List<String> DIGIT_CODES = List.of(
            "102", "207", "1st", "0", "007", "3D_SECURE", "١٢٣", "１２３", "1.5", "-1", "2fa-failed");
    static final List<String> KEYWORD_CODES = List.of(
            "class", "new", "default", "enum", "true", "null", "var", "record", "yield", "goto", "const", "non-sealed",
            "sealed", "permits", "assert", "this", "super", "int", "switch", "case", "_x", "instanceof");
    static final List<String> JAVA_LANG_CODES = List.of(
            "String", "Error", "Override", "Object", "System", "Integer", "Deprecated", "SuppressWarnings", "Record",
            "Enum", "Class", "Optional", "List", "Map");
    /** Names the generated code uses itself, that a code may still take. */
    static final List<String> GENERATOR_CODES = List.of(
            "unknown", "UNKNOWN", "match", "otherwise", "toString", "hashCode", "getClass", "values", "valueOf",
            "ordinal", "name", "row", "Cases", "Group", "Texts", "Variant", "Part1", "Unknown", "PartialCases", "code",
            "fromCode", "fromKey", "$VALUES", "ROWS", "INDEX", "TEXTS", "VALUES", "BY_CODE", "BY_REASON", "MappedCodes",
            "lookup", "from", "rows", "wait", "BY_VALUE", "locale", "userText", "Table", "INSTANCE");
    static final List<String> SNEAKY_CODES = List.of(
            "x\\u002a/y", "a\"b", "back\\slash", "{@code x}", "<b>", "a&b", "@param", "$L", "tab\tcode",
            " padded ", "new\nline", "😀smile", "𝒳math", "x*/y", "a/*b");
    /** Codes that cannot be named as they are: the processor must say so. */
    static final List<String> INVALID_CODES = List.of(
            "CATALOG", "catalog", "BY_PRIORITY", "by-priority", "%%", "---", "***", "?", "…", "★", "🙂", "__", "*/",
            "/*", "_");
    /** Pairs of codes whose names collide once derived (constants, or handlers). */
    static final List<List<String>> COLLIDING_CODES = List.of(
            List.of("x-1", "x1"), List.of("a_b", "A-B"), List.of("Foo", "FOO"), List.of("fooBar", "foo_bar"),
            List.of("X_1", "X1"), List.of("café", "CAFE"), List.of("straße", "STRASSE"), List.of("case-1", "1"),
            List.of("class", "case-class"), List.of("to-string", "toString"), List.of("İ", "i"));

    static final List<String> VALUES = List.of(
            "High", "Medium", "Low", "None", "=1", "0 ~ 1 (OCR Confidence)", "retry", "reject", "error", "warning",
            "CLIENT", "SERVICE_ERROR", "Liveness", "Address v1 / v2", "A", "B", "yes", "no", "on", "off", "X_1", "X1",
            "true", "null", "~", "0123", "1e3", "by value", "value", "values", "fromValue", "class", "default",
            "String", "Error", "$VALUES", "ошибка", "λάθος", "顔認証", "café", "102", "-1", "action", "Unknown", "n/a",
            "x\\u002a/y", "a\"b", "VALUE", "Optional");
    static final List<String> INVALID_VALUES = List.of("BY_VALUE", "%%", "---", "Foo", "FOO", "x-1", "CAFE");

    static final List<String> ATTRIBUTE_NAMES = List.of(
            "severity", "httpStatus", "retryable", "hint", "related", "kind", "step", "provider", "decision", "score",
            "level", "technology", "failureType", "failureDetail", "reasonCodes", "category", "weight", "origin",
            "optional", "list", "map", "locale", "objects", "comparator", "collection", "generated", "r", "table",
            "unknown", "value", "fromValue", "self", "action", "text", "raw", "outcome", "codes", "catalogInfo",
            "vendorMessage", "nextAction", "localizedTexts", "clazz", "x1", "known", "wire", "one", "index", "rows",
            "id", "title", "from", "lookup", "otherwise", "byValue", "stream", "set", "arrays", "when", "cases",
            "texts", "variant", "string", "integer", "override", "part1", "group1", "item", "it", "var1");
    /** Attribute names the processor must refuse: reserved accessors, keys of codes, not lowerCamel. */
    static final List<String> INVALID_ATTRIBUTE_NAMES = List.of(
            "row", "name", "group", "values", "code", "description", "match", "hashCode", "class", "x_1", "Upper",
            "canonicalReason", "defaultAction", "documentedAction", "ordinal", "key", "notes", "catalog", "var");

    static final List<String> ID_WORDS = List.of(
            "acme", "vendor", "id", "analyzer", "x", "string", "error", "class", "new", "default", "unknown", "cases",
            "group", "texts", "variant", "part1", "catalog", "by", "priority", "x1", "override", "java", "lang",
            "table", "request", "outcome", "codebook", "existing", "a", "b", "ab", "step1", "retry", "again", "face",
            "liveness", "document", "to", "match", "values", "record", "optional", "list", "1", "102", "0");

    static final List<String> TYPE_NAMES = List.of(
            "AcmeCode", "Widget", "Ошибки", "Λάθη", "Café", "Codes", "X", "FOO", "Foo_Bar", "WidgetWarning", "Z9",
            "Ünsal", "顔Code", "Generated", "Optional", "List", "Map", "Locale", "Objects", "Comparator",
            "Collection", "Arrays", "Collections", "HashMap", "ArrayList", "OptionalInt", "LinkedHashMap",
            "CodebookGenerated", "CatalogInfo", "CatalogCode", "MappedCode", "LocalizedTexts", "NextAction",
            "VendorMessage", "AttributeValue", "CatalogGroup", "LocalizedCode", "CanonicalReasonCode", "Codebook",
            "Table", "R", "Row", "MappedCodes", "Texts1", "Retry", "RetryCode", "Code", "Group", "Cases", "Texts",
            "Variant", "Part", "Part0", "Request1");
    static final List<String> INVALID_TYPE_NAMES = List.of(
            "String", "Error", "Override", "Request", "Unknown", "PartialCases", "Part1", "lowerCase", "1Abc",
            "class", "RETRY");

    static final List<String> CONSTANT_NAMES = List.of(
            "SPECIAL", "X_1", "X1", "_1", "CODE_1", "ОШИБКА", "ΛΑΘΟΣ", "A$B", "ÀB", "TRUE", "NEW", "ENUM", "Z",
            "VALUES", "ROWS", "INDEX", "TEXTS", "$VALUES", "$", "__", "BY_CODE", "BY_REASON", "MAPPED_CODES",
            "ENUM$VALUES", "_", "$1");
    static final List<String> INVALID_CONSTANT_NAMES = List.of(
            "class", "Mixed", "CATALOG", "BY_PRIORITY", "BY_VALUE", "1A", "x");

    static final List<String> GROUP_ID_WORDS = List.of(
            "document", "face", "liveness", "step1", "error", "x", "1", "x1", "class", "new", "default", "catalog",
            "unknown", "group", "title", "values", "value", "of", "by", "priority", "a", "b", "ab", "to", "string",
            "001", "id", "retry");

    static final List<String> OUTCOME_IDS = List.of(
            "retry", "retry-again", "warning", "document-problem", "aborted", "severe", "blocking", "x-1", "x1",
            "match", "to-string", "otherwise", "code", "retry-code", "optional", "list", "value", "group",
            "hash-code", "map", "locale", "objects", "known", "generated");
    static final List<String> INVALID_OUTCOME_IDS = List.of(
            "error", "unknown", "cases", "partial-cases", "string", "override", "part1", "1st", "record");
    static final List<String> FIELD_NAMES = List.of(
            "attempts", "retryCount", "decision", "reason", "step", "kind", "list", "optional", "locale", "cases", "r",
            "value", "values", "known", "wire", "one", "attemptsValue", "item", "unknownRetry", "severity", "map",
            "objects", "collections", "linkedHashMap");
    static final List<String> INVALID_FIELD_NAMES = List.of("code", "codes", "raw", "outcome", "hashCode", "match");

    static final List<String> LOCALES = List.of("ru", "kk", "no", "pt-BR", "ko", "el", "zh", "ar", "ja", "de-CH",
            "sr-Latn", "zh-Hant-TW", "he", "tr");

    static final List<String> PLACEHOLDER_NAMES = List.of(
            "email", "age", "score", "locale", "code", "text", "value", "it", "r", "result", "names", "pick",
            "string", "country", "attempts", "localizedTexts", "length", "list", "optional");
    static final List<String> INVALID_PLACEHOLDER_NAMES = List.of("switch", "_x", "Upper", "class");

    static final List<String> TEXTS = List.of(
            "Document has already expired.", "Don't use it.", "He said \"no\".", "C:\\path\\file", "*/ end comment",
            "\\u002a/ sneaky", "\\u000a newline escape", "$L $S $$ $N", "<b>bold</b> & co", "@param x",
            "{@code x}", "Ошибка документа.", "λάθος εγγράφου", "顔認証に失敗しました。", "🙂 emoji", "tab\there",
            "line\nbreak", "trailing backslash \\", "'single'", "100 %", "{0} and {}", "# hash", "a: colon",
            "- dash", "\u202Eright-to-left", "x\u0000y", "Ӏ", "\\", "\"", "*", "/", "end *", "*/*/", "&#64;",
            "</code>", "{", "}", "{{}}");

    static final List<String> ACTIONS = List.of(
            "proceed", "retry-capture", "retry-later", "user-action", "manual-review", "fix-integration", "reject");

    // --- one spec -------------------------------------------------------------------------------

    /**
     * The share of specs that describe their responses (and so declare outcomes): about 40% of those
     * that declare outcomes, the others doing so in 35% of specs.
     */
    private static final double RESPONSES = 0.19;

    private final Random random;
    /** Whether the spec describes its responses: then it declares outcomes, and is calm (valid) more often. */
    private final boolean responses;
    /** How likely each choice is to be a name the processor must refuse: none in some specs, a few in others. */
    private final double mischief;
    /** Whether this spec may hold one text too long for a class file constant (rare: it makes javac slow). */
    private boolean longTextLeft;
    private final StringBuilder out = new StringBuilder();
    private final String id;
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<String> key = new ArrayList<>();
    private final List<String> locales = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private Optional<String> catalogJavaName = Optional.empty();
    private Optional<String> outcomeJavaName = Optional.empty();
    /** The outcomes written, for the shapes of 'responses'. */
    private final List<DrawnOutcome> outcomes = new ArrayList<>();
    /** Every wire spelling of a code (codes and aliases), for references and aliases. */
    private final Set<String> wireSpellings = new HashSet<>();

    /**
     * Draws what is deprecated, from its own stream, so that every other choice is drawn as it was before
     * deprecation existed (the fixed reproductions keep reproducing).
     */
    private final Random lifecycle;

    /** Reasons a spec gives for deprecating: plain, and some that javadoc must escape. */
    private static final List<String> REASONS = List.of("Renamed in a later version of the vendor's page.",
            "No longer sent */ since @deprecated {@link X} <b>2024</b> \\u0041", "Retired.", "Use the new code.");

    private RandomSpecs(Random random, Random plan, Random lifecycle) {
        this.random = random;
        this.lifecycle = lifecycle;
        // drawn from their own stream, so that a spec without responses is drawn as it was before they existed
        this.responses = plan.nextDouble() < RESPONSES;
        boolean calm = responses && plan.nextBoolean();
        double mischief = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.08;
        this.mischief = calm ? 0 : mischief;
        this.longTextLeft = random.nextInt(40) == 0;
        this.id = catalogId();
    }

    /** The spec drawn from {@code seed}. */
    static RandomSpec draw(long seed) {
        RandomSpecs specs = new RandomSpecs(new Random(seed), new Random(~seed * 0x9E3779B97F4A7C15L),
                new Random(seed * 0xC2B2AE3D27D4EB4FL + 1));
        return new RandomSpec(specs.id, specs.write());
    }

    // --- the model of what is drawn ---------------------------------------------------------------

    private static final class Attribute {
        final String name;
        final String type;
        boolean list;
        boolean required;
        /** Enum values: each value's spellings, the value first. */
        final List<List<String>> values = new ArrayList<>();
        boolean hasDefault;
        /** The default as written (its items, each a quoted scalar), once written. */
        List<String> defaultItems;
        final List<String> noneValues = new ArrayList<>();

        Attribute(String name, String type) {
            this.name = name;
            this.type = type;
        }

        boolean keyable() {
            return !list && (type.equals("enum") || type.equals("string") || type.equals("integer"));
        }
    }

    private static final class Code {
        /** Key-part values written on the code (a quoted scalar). */
        final Map<String, String> values = new LinkedHashMap<>();
        /** The values written on the code that a selector's 'where' may name (a list's items each). */
        final Map<String, List<String>> selectable = new LinkedHashMap<>();
        Optional<String> code = Optional.empty();
        final List<String> aliases = new ArrayList<>();
        /** Attributes written on the code with one of their "no value" spellings: the code has none. */
        final Set<String> none = new HashSet<>();
        /** Attributes left to the code's variants: the code itself has the default, if any. */
        final Set<String> variantOnly = new HashSet<>();
    }

    private static final class Group {
        final String id;
        final Map<String, String> shared = new LinkedHashMap<>();
        /** The shared values' items, each a quoted scalar. */
        final Map<String, List<String>> sharedItems = new LinkedHashMap<>();
        final List<Code> codes = new ArrayList<>();

        Group(String id) {
            this.id = id;
        }
    }

    // --- drawing ------------------------------------------------------------------------------------

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** From {@code invalid} as often as the spec's mischief says, else from {@code valid}. */
    private <T> T pick(List<T> valid, List<T> invalid) {
        return chance(mischief) ? pick(invalid) : pick(valid);
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Draws until the value is not {@code taken}, at most a few times (the last draw otherwise), and takes it. */
    private <T> T distinct(Supplier<T> draw, Set<T> taken) {
        T value = draw.get();
        for (int tries = 0; tries < 12 && taken.contains(value); tries++) {
            value = draw.get();
        }
        taken.add(value);
        return value;
    }

    private String catalogId() {
        List<String> words = new ArrayList<>();
        for (int i = between(1, 3); i > 0; i--) {
            words.add(pick(ID_WORDS));
        }
        if (Character.isDigit(words.get(0).charAt(0)) && !chance(mischief * 3)) {
            words.add(0, "v"); // a type name derived from a leading digit is no identifier: rarely
        }
        return String.join("-", words);
    }

    private String groupId() {
        List<String> words = new ArrayList<>();
        for (int i = between(1, 2); i > 0; i--) {
            words.add(pick(GROUP_ID_WORDS));
        }
        String id = String.join("-", words);
        return id.matches("[a-z0-9]+(-[a-z0-9]+)*") ? id : "g-" + words.size(); // 'ошибка' is no id: a valid one
    }

    private String wireCode() {
        if (chance(mischief)) {
            return pick(INVALID_CODES);
        }
        double r = random.nextDouble();
        List<String> pool = r < 0.30 ? PLAIN_CODES : r < 0.45 ? SCRIPT_CODES : r < 0.55 ? ACCENTED_CODES
                : r < 0.65 ? DIGIT_CODES : r < 0.72 ? KEYWORD_CODES : r < 0.80 ? JAVA_LANG_CODES
                : r < 0.93 ? GENERATOR_CODES : SNEAKY_CODES;
        return pick(pool);
    }

    private String enumValue() {
        return pick(VALUES, INVALID_VALUES);
    }

    private String text() {
        if (longTextLeft && chance(0.1)) {
            longTextLeft = false;
            return longText();
        }
        StringBuilder text = new StringBuilder(pick(TEXTS));
        for (int i = between(0, 2); i > 0; i--) {
            text.append(' ').append(pick(TEXTS));
        }
        return text.toString();
    }

    /** A text longer than a class file's constant may hold once encoded, without a space to cut at. */
    private String longText() {
        return (chance(0.5) ? "顔" : "é").repeat(between(22_000, 40_000));
    }

    private String typeName() {
        return pick(TYPE_NAMES, INVALID_TYPE_NAMES);
    }

    /** A name for a nested type: sometimes one of the top-level types the catalog generates. */
    private String nestedTypeName() {
        if (!chance(0.25)) {
            return typeName();
        }
        String codeType = catalogJavaName.orElse(JavaNames.typeName(id) + "Code");
        return pick(List.of(codeType, codeType + "Table", outcomeJavaName.orElse(JavaNames.typeName(id) + "Outcome"),
                "Row", "MappedCodes", "Generated", "CodebookGenerated", "Objects", "List", "Optional", "Map"));
    }

    private String constantName() {
        return pick(CONSTANT_NAMES, INVALID_CONSTANT_NAMES);
    }

    private void drawAttributes() {
        int count = chance(0.2) ? 0 : between(1, 4);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String name = distinct(() -> pick(ATTRIBUTE_NAMES, INVALID_ATTRIBUTE_NAMES), names);
            if (attributes.stream().anyMatch(a -> a.name.equals(name))) {
                continue;
            }
            double r = random.nextDouble();
            String type = r < 0.35 ? "enum" : r < 0.55 ? "string" : r < 0.70 ? "integer" : r < 0.80 ? "boolean"
                    : r < 0.90 ? "code" : "action";
            Attribute attribute = new Attribute(name, type);
            attribute.list = chance(0.2);
            attribute.required = chance(0.3);
            if (type.equals("enum")) {
                Set<String> spellings = new HashSet<>();
                for (int v = between(1, 5); v > 0; v--) {
                    String value = distinct(this::enumValue, spellings);
                    List<String> all = new ArrayList<>(List.of(value));
                    if (chance(0.15)) {
                        all.add(distinct(this::enumValue, spellings));
                    }
                    if (attribute.values.stream().noneMatch(s -> s.contains(value))) {
                        attribute.values.add(all);
                    }
                }
            }
            if (!attribute.list && !attribute.required) {
                attribute.hasDefault = chance(0.2) && !type.equals("code");
                if (chance(0.15)) {
                    attribute.noneValues.addAll(chance(0.5) ? List.of("None") : List.of("-", "n/a"));
                }
            }
            attributes.add(attribute);
        }
    }

    private void drawKey() {
        List<Attribute> keyable = attributes.stream().filter(Attribute::keyable).toList();
        if (keyable.isEmpty() || chance(0.75)) {
            return; // keyed by code
        }
        for (Attribute attribute : keyable) {
            if (key.size() < 2 && chance(0.7)) {
                key.add(attribute.name);
            }
        }
        if (key.isEmpty() || chance(0.5)) {
            key.add(random.nextInt(key.size() + 1), "code");
        }
    }

    private boolean keyHasCode() {
        return key.isEmpty() || key.contains("code");
    }

    private boolean isKeyPart(Attribute attribute) {
        return key.contains(attribute.name);
    }

    private void drawLocales() {
        if (!chance(0.25)) {
            return;
        }
        locales.add("en");
        for (int i = between(0, 3); i > 0; i--) {
            String tag = pick(LOCALES);
            if (!locales.contains(tag)) {
                locales.add(tag);
            }
        }
    }

    /** One value of an attribute, as written in YAML (a quoted scalar, or a flow list of them). */
    private String valueOf(Attribute attribute) {
        return written(attribute, items(attribute));
    }

    /** The values of one attribute for one code, each a quoted scalar: one, or a list's items. */
    private List<String> items(Attribute attribute) {
        List<String> items = new ArrayList<>();
        for (int i = attribute.list ? between(attribute.required ? 1 : 0, 2) : 1; i > 0; i--) {
            items.add(q(oneValueOf(attribute)));
        }
        return items;
    }

    private static String written(Attribute attribute, List<String> items) {
        return attribute.list ? "[" + String.join(", ", items) + "]" : items.get(0);
    }

    private String oneValueOf(Attribute attribute) {
        return switch (attribute.type) {
            case "enum" -> {
                List<String> spellings = pick(attribute.values);
                yield chance(0.8) ? spellings.get(0) : pick(spellings);
            }
            case "string" -> chance(0.5) ? wireCode() : pick(TEXTS);
            case "integer" -> pick(List.of("0", "400", "-1", "2147483647", "-2147483648", "1", "2", "3", "42"));
            case "boolean" -> pick(List.of("true", "false"));
            case "code" -> wireSpellings.isEmpty() ? "NONE_YET" : pick(new ArrayList<>(wireSpellings));
            case "action" -> pick(ACTIONS);
            default -> throw new IllegalStateException(attribute.type);
        };
    }

    private void drawCodes() {
        Set<String> groupIds = new HashSet<>();
        Set<String> drawn = new HashSet<>();
        Set<List<String>> keys = new HashSet<>();
        int groupCount = between(1, 4);
        for (int g = 0; g < groupCount; g++) {
            Group group = new Group(distinct(this::groupId, groupIds));
            if (groups.stream().anyMatch(other -> other.id.equals(group.id))) {
                continue;
            }
            for (Attribute attribute : attributes) {
                if (!attribute.type.equals("code") && chance(0.2)) {
                    List<String> items = items(attribute);
                    group.shared.put(attribute.name, written(attribute, items));
                    group.sharedItems.put(attribute.name, items);
                }
            }
            int codeCount = between(1, chance(0.3) ? 8 : 4);
            List<String> pair = chance(mischief * 2) ? pick(COLLIDING_CODES) : List.of();
            for (int c = 0; c < codeCount; c++) {
                Code code = new Code();
                String wire = c < pair.size() && drawn.add(pair.get(c)) ? pair.get(c) : distinct(this::wireCode, drawn);
                if (keyHasCode()) {
                    code.code = Optional.of(wire);
                    wireSpellings.add(wire);
                }
                for (int tries = 0; tries < 8; tries++) {
                    code.values.clear();
                    for (Attribute attribute : attributes) {
                        if (isKeyPart(attribute) && !group.shared.containsKey(attribute.name)
                                && (attribute.required || chance(0.8))) {
                            code.values.put(attribute.name, chance(0.1) && !attribute.noneValues.isEmpty()
                                    ? q(pick(attribute.noneValues)) : valueOf(attribute));
                        }
                    }
                    if (keys.add(keyOf(code, group))) {
                        break;
                    }
                }
                group.codes.add(code);
            }
            groups.add(group);
        }
    }

    /** The code's key as the spec identifies it, to avoid drawing the same key twice. */
    private List<String> keyOf(Code code, Group group) {
        List<String> parts = new ArrayList<>();
        for (String part : key.isEmpty() ? List.of("code") : key) {
            parts.add(part.equals("code") ? code.code.orElse("") : code.values.getOrDefault(part,
                    group.shared.getOrDefault(part, "")));
        }
        return parts;
    }

    private void drawAliases() {
        if (!keyHasCode()) {
            return;
        }
        for (Group group : groups) {
            for (Code code : group.codes) {
                if (chance(0.1)) {
                    String alias = wireCode();
                    if (wireSpellings.add(alias)) {
                        code.aliases.add(alias);
                    }
                }
            }
        }
    }

    // --- writing --------------------------------------------------------------------------------------

    private String write() {
        drawAttributes();
        drawKey();
        drawLocales();
        drawCodes();
        drawAliases();
        line(0, "codebook: 1");
        writeCatalog();
        if (!key.isEmpty()) {
            line(0, "key: [" + String.join(", ", key) + "]");
        }
        writeAttributes();
        if (!locales.isEmpty()) {
            line(0, "locales: [" + String.join(", ", locales.stream()
                    .map(tag -> !tag.equals("en") && chance(0.2) ? "{tag: " + q(tag) + ", draft: true}" : q(tag))
                    .toList()) + "]");
        }
        line(0, "groups:");
        for (Group group : groups) {
            writeGroup(group);
        }
        if (keyHasCode() && chance(0.2)) {
            writePriority();
        }
        if (chance(0.35) || responses) {
            writeOutcomes(responses);
            if (responses) {
                writeResponses();
            }
        }
        return out.toString();
    }

    private void line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }

    private void writeCatalog() {
        line(0, "catalog:");
        line(1, "id: " + id);
        line(1, "vendor: " + q(chance(0.7) ? pick(List.of("Acme", "ID Analyzer", "Ёлка Inc.", "Vendor \"Q\"")) : text()));
        line(1, "title: " + q(chance(0.5) ? "Codes" : text()));
        if (chance(0.5)) {
            line(1, "description: " + q(text()));
        }
        if (chance(0.3)) {
            catalogJavaName = Optional.of(typeName());
            line(1, "javaName: " + q(catalogJavaName.get()));
        }
        if (chance(0.15)) {
            outcomeJavaName = Optional.of(typeName());
            line(1, "outcomeJavaName: " + q(outcomeJavaName.get()));
        }
        if (chance(0.1)) {
            line(1, "javaNamePattern: " + q(namePattern()));
        }
        if (chance(0.15)) {
            line(1, "attemptLimit: " + between(1, 5));
        }
        line(1, "source:");
        line(2, "document: " + q(chance(0.8) ? "doc.txt" : text()));
        if (chance(0.3)) {
            line(2, "url: " + q("https://example.com/docs?a=1&b=*/"));
        }
        if (chance(0.2)) {
            line(2, "retrieved: " + q("2024-01-31"));
        }
        if (chance(0.3)) {
            writeNotes(1);
        }
    }

    private void writeNotes(int indent) {
        if (chance(0.5)) {
            line(indent, "notes: " + q(text()));
        } else {
            line(indent, "notes:");
            for (int i = between(1, 2); i > 0; i--) {
                line(indent + 1, "- " + q(text()));
            }
        }
    }

    /** A {@code javaNamePattern} from the parts a code can have one value of. */
    private String namePattern() {
        List<String> parts = new ArrayList<>();
        if (keyHasCode()) {
            parts.add("code");
        }
        attributes.stream().filter(Attribute::keyable).forEach(a -> parts.add(a.name));
        if (parts.isEmpty() || chance(0.05)) {
            return "X_{cod}";
        }
        String part = pick(parts);
        String other = pick(parts);
        return pick(List.of("CODE_{" + part + "}", "{" + part + "}", "X_{" + part + "}", "STEP{" + other + "}_{" + part
                + "}", "{" + other + "}_{" + part + "}", "_{" + part + "}", "lower{" + part + "}", "{" + part + "}{"
                + part + "}", "Part{" + part + "}"));
    }

    private void writeAttributes() {
        if (attributes.isEmpty()) {
            return;
        }
        line(0, "attributes:");
        for (Attribute attribute : attributes) {
            line(1, attribute.name + ":");
            line(2, "type: " + attribute.type);
            if (attribute.list) {
                line(2, "list: true");
            }
            if (attribute.required) {
                line(2, "required: true");
            }
            if (attribute.type.equals("code") && chance(0.3)) {
                line(2, "catalog: " + id);
            }
            if (attribute.type.equals("enum")) {
                if (chance(0.2)) {
                    line(2, "javaName: " + q(nestedTypeName()));
                }
                line(2, "values:");
                for (List<String> spellings : attribute.values) {
                    writeEnumValue(spellings);
                }
            }
            if (!attribute.noneValues.isEmpty()) {
                line(2, "noneValues: [" + String.join(", ", attribute.noneValues.stream().map(RandomSpecs::q).toList())
                        + "]");
            }
            if (attribute.hasDefault) {
                attribute.defaultItems = items(attribute);
                line(2, "default: " + written(attribute, attribute.defaultItems));
            }
            if (chance(0.3)) {
                line(2, "description: " + q(text()));
            }
        }
    }

    private void writeEnumValue(List<String> spellings) {
        boolean asMap = spellings.size() > 1 || chance(0.3);
        if (!asMap) {
            line(3, "- " + q(spellings.get(0)));
            return;
        }
        line(3, "- value: " + q(spellings.get(0)));
        if (chance(0.3)) {
            line(4, "javaName: " + q(constantName()));
        }
        if (spellings.size() > 1) {
            line(4, "aliases: [" + String.join(", ", spellings.subList(1, spellings.size()).stream()
                    .map(RandomSpecs::q).toList()) + "]");
        }
        if (chance(0.3)) {
            line(4, "description: " + q(text()));
        }
        if (chance(0.3)) {
            line(4, "action: " + pick(ACTIONS));
        }
        if (lifecycle.nextDouble() < 0.1) {
            line(4, "deprecated: {reason: " + q(REASONS.get(lifecycle.nextInt(REASONS.size())))
                    + (lifecycle.nextBoolean() ? ", retired: true" : "") + "}");
        }
    }

    /** A code's {@code deprecated:} line, for about one code in eight; a replacement where the key has a code. */
    private Optional<String> deprecation(Code code) {
        if (lifecycle.nextDouble() >= 0.12) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add("reason: " + q(REASONS.get(lifecycle.nextInt(REASONS.size()))));
        List<String> others = groups.stream().flatMap(g -> g.codes.stream()).filter(c -> c != code)
                .map(c -> c.code).flatMap(Optional::stream).toList();
        if (code.code.isPresent() && !others.isEmpty() && lifecycle.nextBoolean()) {
            parts.add("replacedBy: " + q(others.get(lifecycle.nextInt(others.size()))));
        }
        if (lifecycle.nextDouble() < 0.3) {
            parts.add("since: " + q("2024-05"));
        }
        if (lifecycle.nextDouble() < 0.3) {
            parts.add("retired: true");
        }
        return Optional.of("deprecated: {" + String.join(", ", parts) + "}");
    }

    private void writeGroup(Group group) {
        line(1, "- id: " + group.id);
        line(2, "title: " + q(chance(0.5) ? group.id.toUpperCase(java.util.Locale.ROOT) : text()));
        if (chance(0.1)) {
            line(2, "javaName: " + q(constantName()));
        }
        if (chance(0.1)) {
            line(2, "javaNamePattern: " + q(namePattern()));
        }
        if (chance(0.3)) {
            line(2, "description: " + q(text()));
        }
        if (chance(0.2)) {
            writeNotes(2);
        }
        if (!group.shared.isEmpty()) {
            line(2, "shared:");
            group.shared.forEach((name, value) -> line(3, name + ": " + value));
        }
        line(2, "codes:");
        for (Code code : group.codes) {
            writeCode(code, group);
        }
    }

    private void writeCode(Code code, Group group) {
        List<String> lines = new ArrayList<>();
        code.code.ifPresent(wire -> lines.add("code: " + q(wire)));
        lines.addAll(code.values.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        List<Attribute> inVariants = new ArrayList<>();
        boolean variants = chance(0.08);
        for (Attribute attribute : attributes) {
            if (isKeyPart(attribute) || group.shared.containsKey(attribute.name)) {
                continue;
            }
            boolean needed = attribute.required && !attribute.hasDefault;
            if (variants && !attribute.required && chance(0.5)) {
                inVariants.add(attribute);
                code.variantOnly.add(attribute.name);
            } else if (needed || chance(0.5)) {
                boolean none = !attribute.noneValues.isEmpty() && chance(0.15);
                List<String> items = none ? List.of(q(pick(attribute.noneValues))) : items(attribute);
                lines.add(attribute.name + ": " + written(attribute, items));
                if (none) {
                    code.none.add(attribute.name);
                } else {
                    code.selectable.put(attribute.name, items);
                }
            }
        }
        List<String> placeholders = new ArrayList<>();
        List<String> placeholderTypes = new ArrayList<>();
        boolean positional = chance(0.5);
        if (chance(0.6)) {
            StringBuilder description = new StringBuilder(text());
            if (chance(0.25)) {
                Set<String> names = new HashSet<>();
                for (int i = between(1, 2); i > 0; i--) {
                    String name = distinct(() -> pick(PLACEHOLDER_NAMES, INVALID_PLACEHOLDER_NAMES), names);
                    if (placeholders.contains(name)) {
                        continue;
                    }
                    String type = pick(List.of("string", "integer", "decimal"));
                    placeholders.add(name);
                    placeholderTypes.add(type);
                    description.append(' ').append(positional ? switch (type) {
                        case "integer" -> "%d";
                        case "decimal" -> "%.2f";
                        default -> "%s";
                    } : "{" + name + "}");
                }
            }
            lines.add("description: " + q(description.toString()));
        }
        if (!placeholders.isEmpty()) {
            List<String> declared = new ArrayList<>();
            for (int i = 0; i < placeholders.size(); i++) {
                declared.add("{name: " + q(placeholders.get(i)) + ", type: " + placeholderTypes.get(i) + "}");
            }
            lines.add("placeholders: [" + String.join(", ", declared) + "]");
        }
        if (chance(0.25)) {
            lines.add("messages:");
            for (int i = between(1, 2); i > 0; i--) {
                String message = text() + (positional ? "" : String.join("", placeholders.stream()
                        .filter(p -> chance(0.5)).map(p -> " {" + p + "}").toList()));
                lines.add(chance(0.5) ? "  - " + q(message)
                        : "  - {text: " + q(message) + ", description: " + q(text()) + "}");
            }
        }
        if (chance(0.1)) {
            lines.add("javaName: " + q(constantName()));
        }
        if (!code.aliases.isEmpty()) {
            lines.add("aliases: [" + String.join(", ", code.aliases.stream().map(RandomSpecs::q).toList()) + "]");
        }
        deprecation(code).ifPresent(lines::add);
        if (chance(0.1)) {
            lines.add("notes: " + q(text()));
        }
        if (!locales.isEmpty()) {
            List<String> used = placeholders.stream().filter(p -> chance(0.7)).toList();
            lines.add("userText:");
            for (String locale : locales) {
                StringBuilder text = new StringBuilder(text());
                used.forEach(p -> text.append(" {").append(p).append('}'));
                lines.add("  " + q(locale) + ": " + q(text.toString()));
            }
        }
        if (variants) {
            lines.add("variants:");
            for (int i = between(2, 3); i > 0; i--) {
                List<String> variant = new ArrayList<>();
                if (chance(0.7)) {
                    variant.add("description: " + q(text()));
                }
                if (chance(0.4)) {
                    variant.add("when: " + q(text()));
                }
                for (Attribute attribute : inVariants) {
                    if (chance(0.7)) {
                        variant.add(attribute.name + ": " + valueOf(attribute));
                    }
                }
                if (variant.isEmpty()) {
                    variant.add("description: " + q(text()));
                }
                lines.add("  - " + variant.get(0));
                variant.subList(1, variant.size()).forEach(v -> lines.add("    " + v));
            }
        }
        if (lines.isEmpty()) {
            lines.add("description: " + q(text())); // a code of a composite key whose parts are all shared
        }
        line(3, "- " + lines.get(0));
        lines.subList(1, lines.size()).forEach(l -> line(4, l));
    }

    private void writePriority() {
        line(0, "priority:");
        if (chance(0.5)) {
            line(1, "description: " + q(text()));
        }
        List<String> codes = new ArrayList<>();
        groups.forEach(g -> g.codes.forEach(c -> c.code.ifPresent(codes::add)));
        java.util.Collections.shuffle(codes, random);
        List<String> order = codes.subList(0, between(1, codes.size()));
        line(1, "order: [" + String.join(", ", order.stream().map(RandomSpecs::q).toList()) + "]");
    }

    /** An outcome as drawn: what its builds in 'responses' must know of it. */
    private static final class DrawnOutcome {
        final String id;
        Optional<String> javaName = Optional.empty();
        /** Which codes it may hold; empty when it holds none. */
        Optional<Selector> selector = Optional.empty();
        boolean list;
        final List<OutcomeField> fields = new ArrayList<>();

        DrawnOutcome(String id) {
            this.id = id;
        }
    }

    private record OutcomeField(String name, String type, boolean list) {}

    /**
     * An outcome's 'codes': its groups (none for all) and the one attribute value it names under
     * 'where', if any (the attribute's name and the value as written, a quoted scalar).
     */
    private record Selector(List<String> groups, Optional<List<String>> where) {}

    /** @param responsesPlanned whether a 'responses' part follows, so the outcomes should mostly be valid */
    private void writeOutcomes(boolean responsesPlanned) {
        line(0, "outcomes:");
        Set<String> ids = new HashSet<>();
        for (int i = between(1, 3); i > 0; i--) {
            String outcome = distinct(() -> pick(OUTCOME_IDS, INVALID_OUTCOME_IDS), ids);
            DrawnOutcome drawn = new DrawnOutcome(outcome);
            line(1, "- id: " + outcome);
            if (outcome.equals("retry-again") && chance(0.5)) {
                drawn.javaName = Optional.of("RETRY");
                line(2, "javaName: RETRY");
            } else if (chance(0.2)) {
                drawn.javaName = Optional.of(nestedTypeName());
                line(2, "javaName: " + q(drawn.javaName.get()));
            }
            if (chance(0.3)) {
                line(2, "description: " + q(text()));
            }
            boolean codes = chance(0.7);
            if (codes) {
                drawn.selector = Optional.of(writeSelector());
            }
            if (codes && keyHasCode() && chance(0.2)) {
                line(2, "list: true");
                drawn.list = true;
            }
            if (chance(0.4)) {
                line(2, "fields:");
                Set<String> names = new HashSet<>();
                for (int f = between(1, 2); f > 0; f--) {
                    String name = distinct(() -> pick(FIELD_NAMES, INVALID_FIELD_NAMES), names);
                    if (drawn.fields.stream().noneMatch(field -> field.name().equals(name))) {
                        drawn.fields.add(writeField(name, responsesPlanned));
                    }
                }
            }
            if (outcomes.stream().noneMatch(o -> o.id.equals(outcome))) {
                outcomes.add(drawn);
            }
        }
    }

    /** Selects codes that exist: by groups, by a value some code has, or all. */
    private Selector writeSelector() {
        double r = random.nextDouble();
        if (r < 0.25) {
            line(2, "codes: {}");
            return new Selector(List.of(), Optional.empty());
        }
        line(2, "codes:");
        List<List<String>> where = new ArrayList<>();
        for (Group group : groups) {
            for (Code code : group.codes) {
                code.values.forEach((name, value) -> where.add(List.of(name, value)));
                code.selectable.forEach((name, values) -> values.forEach(value -> where.add(List.of(name, value))));
            }
        }
        where.removeIf(w -> isNone(w.get(0) + ": " + w.get(1)));
        List<String> selected = List.of();
        if (r < 0.6 || where.isEmpty()) {
            List<String> ids = groups.stream().map(g -> g.id).filter(g -> chance(0.5)).toList();
            selected = ids.isEmpty() ? List.of(groups.get(0).id) : ids;
            line(3, "groups: [" + String.join(", ", selected) + "]");
        }
        Optional<List<String>> chosen = Optional.empty();
        if (r >= 0.5 && !where.isEmpty()) {
            chosen = Optional.of(pick(where));
            line(3, "where:");
            line(4, chosen.get().get(0) + ": " + chosen.get().get(1));
        }
        return new Selector(selected, chosen);
    }

    /** Whether {@code name: value} gives one of the attribute's "no value" spellings. */
    private boolean isNone(String nameAndValue) {
        return attributes.stream().anyMatch(a -> a.noneValues.stream().map(v -> a.name + ": " + q(v))
                .anyMatch(nameAndValue::equals));
    }

    private OutcomeField writeField(String name, boolean responsesPlanned) {
        double r = random.nextDouble();
        boolean simpleKey = key.isEmpty();
        String type = r < 0.25 ? "enum" : r < 0.45 ? "string" : r < 0.65 ? "integer" : r < 0.75 ? "boolean"
                : r < 0.9 && simpleKey ? "code" : "action";
        line(3, name + ":");
        line(4, "type: " + type);
        if (chance(responsesPlanned ? 0.04 : 0.4)) {
            line(4, "required: true");
        }
        boolean list = chance(0.15);
        if (list) {
            line(4, "list: true");
        }
        if (type.equals("enum")) {
            if (chance(0.2)) {
                line(4, "javaName: " + q(nestedTypeName()));
            }
            Set<String> values = new HashSet<>();
            List<String> written = new ArrayList<>();
            for (int i = between(1, 3); i > 0; i--) {
                String value = distinct(this::enumValue, values);
                if (!written.contains(value)) {
                    written.add(value);
                }
            }
            double actions = responsesPlanned ? random.nextDouble() : 1;
            if (actions < 0.3) {
                // the vendor's own decision: every value (or some) stands for a next action
                line(4, "values:");
                boolean all = actions < 0.2;
                for (String value : written) {
                    line(5, "- {value: " + q(value) + (all || chance(0.5) ? ", action: " + pick(ACTIONS) : "") + "}");
                }
            } else {
                line(4, "values: [" + String.join(", ", written.stream().map(RandomSpecs::q).toList()) + "]");
            }
        }
        if (type.equals("code") && chance(0.5)) {
            line(4, "catalog: " + id);
        }
        if (chance(0.2)) {
            line(4, "description: " + q(text()));
        }
        return new OutcomeField(name, type, list);
    }

    // --- responses ----------------------------------------------------------------------------------

    static final List<String> SHAPE_ID_WORDS = List.of(
            "read", "match", "a", "b", "ab", "step", "retry", "result", "webhook", "transaction", "recognises",
            "matches", "verdict", "tree", "list", "map", "optional", "default", "is", "to", "hash", "code", "get",
            "finding", "resolution", "wire", "pointer", "values", "reader", "response", "unknown", "part1", "known",
            "catalog", "info", "x1", "x", "status", "reading", "partial", "objects", "collections", "linked",
            "vendor", "int", "shape", "empty", "absent", "context", "r1", "equals", "wait", "get-class", "notify");
    /** Shape ids whose derived record name the processor must refuse (a java.lang type, a nested type's name). */
    static final List<String> RESERVED_SHAPE_IDS = List.of(
            "error", "unrecognized", "cases", "r", "string", "object", "record", "class", "1st", "1", "enum",
            "override", "thread");
    /** Shape ids the processor must refuse: not lower-case words joined by '-'. */
    static final List<String> INVALID_SHAPE_IDS = List.of("Error", "a_b", "-x", "a--b", "x-", "step retry", "ошибка");
    /** Pairs of shape ids whose records (or handlers) collide once derived. */
    static final List<List<String>> COLLIDING_SHAPE_IDS = List.of(List.of("a-b", "ab"), List.of("x-1", "x1"),
            List.of("to-string", "tostring"), List.of("step-retry", "stepretry"), List.of("read", "r-e-a-d"),
            List.of("unrecognized", "un-recognized"), List.of("cases", "ca-ses"));
    static final List<String> SHAPE_TYPE_NAMES = List.of(
            "ErrorBody", "StepRetry", "Webhook", "Finding", "Verdict", "Resolution", "WireCode", "VendorResponse",
            "ResponseReader", "StatusReading", "WirePointer", "WireValues", "OptionalInt", "Objects", "Collections",
            "LinkedHashMap", "ArrayList", "Map", "List", "Optional", "Match", "Read", "Shape", "Tree", "Ünsal",
            "顔Body", "X", "Z9", "CatalogInfo", "Generated", "CodebookGenerated", "Known", "Unknown1", "Retry");
    static final List<String> INVALID_SHAPE_TYPE_NAMES = List.of(
            "Unrecognized", "Cases", "R", "Error", "String", "lowerCase", "1Abc", "class", "UNRECOGNIZED", "Override");
    static final List<String> RESPONSE_TYPE_NAMES = List.of(
            "AcmeResponse", "Response", "VendorResponse", "ResponseReader", "Finding", "Verdict", "Resolution",
            "WireCode", "WirePointer", "WireValues", "StatusReading", "Answers", "Ответ", "Widget", "Codes", "X",
            "Optional", "List", "Map", "Objects");

    /** Names of context values: several are the names of the reader's parameters and locals. */
    static final List<String> CONTEXT_NAMES = List.of(
            "step", "tree", "candidate", "statuses", "findings", "code", "given", "context", "element", "i", "value",
            "known", "r", "details", "attempts", "verdict", "codeSent", "codeMatches", "stepSent", "stepKnown",
            "companions", "matches", "read", "list", "one", "codesSent", "string", "integer", "session", "kind");
    static final List<String> INVALID_CONTEXT_NAMES = List.of("class", "EMPTY_IS_ABSENT", "Step", "step-1", "_x", "var",
            "1st");
    /** Names of status vocabularies: several are the names of the reader's own methods. */
    static final List<String> VOCABULARY_NAMES = List.of(
            "kycStatus", "status", "decision", "read", "matches", "isKnown", "recognises", "catalog", "context", "tree",
            "value", "statuses", "verdict", "r", "result", "requirementsMet", "runStatus", "empty", "onlyOne", "text",
            "findings", "details", "values", "match", "equals", "hashCode", "toString", "main", "wait");
    static final List<String> INVALID_VOCABULARY_NAMES = List.of("class", "Status", "run_status", "1st", "default",
            "kyc-status");
    /** Status values as vendors send them: cases, scripts, booleans, numbers, spaces, quotes. */
    static final List<String> STATUS_VALUES = List.of(
            "approved", "APPROVED", "rejected", "pending", "incomplete", "COMPLETED", "FAILED", "in progress",
            "In Review", "true", "false", "0", "1", "3", "-1", "1.5", "ÉCHEC", "échec", "ошибка", "Ошибка", "顔",
            "straße", "STRASSE", "İstanbul", "ǅ", "a\"b", "back\\slash", " padded ", "", "null", "~", "yes", "ok",
            "Ok", "OK", "x*/y", "$L", "tab\there", "😀", "ı", "#hash", "a: b", "- dash", "{}", "[x]");
    static final List<String> VERDICTS = List.of(
            "approved", "in-progress", "pending", "retry-requested", "review", "error", "aborted", "declined");
    static final List<String> INVALID_VERDICTS = List.of(
            "aproved", "rejected", "unknown", "UNKNOWN", "in_progress", "Approved", "proceed", "undecided");
    /** Where shapes are told apart: kept apart from {@link #DATA_KEYS}, so most paths can have a value. */
    static final List<String> CONDITION_PATHS = List.of(
            "/event", "/status", "/error", "/errorCode", "/webhook_trigger", "/type", "/meta/kind", "/m~1n", "/p~0q",
            "/1", "/Meta/0/kind", "/событие", "/the event", "/\"e\"", "/success", "/type~0", "/+", "/event/0");
    static final List<String> DATA_KEYS = List.of(
            "retry", "retryCode", "retryMsg", "kyc_result", "commentCode", "comment", "Items", "kyc", "result", "code",
            "message", "data", "decision", "warning", "severity", "a~1b", "x~0y", "ключ", "with space", "emoji😀",
            "\"q\"", "back\\slash", "$ref", "a.b", "", "-", "10", "0", "tree", "details", "failure_reason", "detail",
            "x~1y", "_", "x y");
    /** Paths the processor must refuse. */
    static final List<String> INVALID_PATHS = List.of(
            "retry/code", "/a*", "/a~2b", "/<Tech>_x", "/<a>_<b>", "/<x>/<x>", "/~", "code", "/x/*y", "/<x", "/a>");
    static final List<String> CAPTURE_NAMES = List.of(
            "tech", "technology", "x", "kind", "a1", "step", "tree", "element", "candidate", "i", "code");
    static final List<String> CAPTURE_WIRES = List.of(
            "liveness", "face2face", "document_recognition", "edocument", "x", "1", "true", "", "ключ", "a b", "\"q\"");
    /** Names of build components, details and companions. */
    static final List<String> MEMBER_NAMES = List.of(
            "message", "comment", "confidence", "description", "code", "codes", "tree", "i", "retryMsg", "companions",
            "value", "known", "retry", "retries", "verdict", "findings", "statuses", "details", "attemptsMade", "shape",
            "match", "r", "cases", "read", "candidate", "element", "one", "wire", "list", "warning", "sent", "unknown",
            "hashCode", "toString", "getClass", "wait", "resolve", "status", "errorMessage", "x1", "recognises");
    static final List<String> INVALID_MEMBER_NAMES = List.of("class", "Message", "error_code", "1x", "var", "x-y");
    /** Names for the record component of a shape's outcome. */
    static final List<String> BUILD_NAMES = List.of(
            "retry", "retries", "codes", "code", "i", "retryMsg", "companions", "value", "known", "r", "cases", "read",
            "candidate", "element", "one", "wire", "list", "warning", "sent", "unknown", "status", "x1", "recognises",
            "attempts", "statusReading", "given", "context", "codeSent", "codeMatches", "isKnown", "matches");
    /** Components every response record has: no outcome's component may take them. */
    static final List<String> RESERVED_COMPONENTS = List.of(
            "tree", "verdict", "findings", "statuses", "details", "attemptsMade", "shape", "match", "hashCode",
            "toString", "getClass", "wait", "resolve", "notify", "equals", "clone", "finalize");
    static final List<String> SOURCES = List.of(
            "https://example.com/docs/webhooks#retry", "github:acme/sdk:test/fixture.json@0123456789abcdef", "doc.txt",
            "*/ not a comment", "ошибка.txt", "\\u002a/");

    /** A context value as drawn. */
    private record Context(String name, boolean integer) {}

    private Optional<String> responseJavaName = Optional.empty();

    /** From {@code invalid} half as often as the spec's mischief says (a response has many choices), else {@code valid}. */
    private <T> T slip(List<T> valid, List<T> invalid) {
        return slip() ? pick(invalid) : pick(valid);
    }

    private boolean slip() {
        return chance(mischief / 2);
    }

    private void writeResponses() {
        line(0, "responses:");
        if (chance(0.2)) {
            responseJavaName = Optional.of(chance(0.25) ? typeName() : slip(RESPONSE_TYPE_NAMES,
                    List.of("R", "Cases", "Unrecognized", "Error", "lowerCase", "1Abc")));
            line(1, "javaName: " + q(responseJavaName.get()));
        }
        if (chance(0.3)) {
            line(1, "emptyIsAbsent: " + (chance(0.7) ? "true" : "false"));
        }
        List<String> shapeIds = shapeIds();
        List<Context> contexts = new ArrayList<>();
        if (chance(0.4)) {
            writeContext(contexts);
        }
        List<String> vocabularies = new ArrayList<>();
        if (chance(0.75)) {
            writeStatuses(vocabularies, shapeIds);
        }
        if (slip()) {
            line(1, pick(List.of("shape: []", "statusses: {}", "contxt: {}", "emptyIsAbsent: yes")));
        }
        line(1, "shapes:");
        for (String shape : shapeIds) {
            writeShape(shape, contexts, vocabularies);
        }
    }

    private List<String> shapeIds() {
        List<String> ids = new ArrayList<>();
        if (chance(mischief * 2)) {
            ids.addAll(pick(COLLIDING_SHAPE_IDS));
        }
        int count = between(1, 4);
        for (int tries = 0; ids.size() < count && tries < 20; tries++) {
            String shape = slip() ? pick(INVALID_SHAPE_IDS) : chance(0.03)
                    ? id + pick(List.of("-response", "-code", "-outcome", "-response-reader", "-code-table"))
                    : shapeId();
            if (!ids.contains(shape) || slip()) {
                ids.add(shape);
            }
        }
        return ids;
    }

    /** One or two words; alone, a word may name a reserved type ('error' is Error), after another it may not. */
    private String shapeId() {
        if (chance(0.6)) {
            return chance(0.06) ? pick(RESERVED_SHAPE_IDS) : pick(SHAPE_ID_WORDS);
        }
        return pick(SHAPE_ID_WORDS) + "-" + (chance(0.2) ? pick(RESERVED_SHAPE_IDS) : pick(SHAPE_ID_WORDS));
    }

    private String shapeTypeName() {
        if (!chance(0.25)) {
            return slip(SHAPE_TYPE_NAMES, INVALID_SHAPE_TYPE_NAMES);
        }
        String base = JavaNames.typeName(id);
        String response = responseJavaName.orElse(base + "Response");
        return pick(List.of(response, response + "Reader", catalogJavaName.orElse(base + "Code"),
                outcomeJavaName.orElse(base + "Outcome"), base + "CodeTable"));
    }

    private void writeContext(List<Context> contexts) {
        line(1, "context:");
        Set<String> names = new HashSet<>();
        for (int i = between(1, 2); i > 0; i--) {
            String name = distinct(() -> slip(CONTEXT_NAMES, INVALID_CONTEXT_NAMES), names);
            if (contexts.stream().anyMatch(c -> c.name().equals(name))) {
                continue;
            }
            boolean integer = chance(0.5);
            line(2, q(name) + ":");
            line(3, "type: " + (slip() ? pick(List.of("decimal", "int", "Integer", "boolean")) : integer ? "integer"
                    : "string"));
            if (chance(0.4)) {
                line(3, "description: " + q(text()));
            }
            contexts.add(new Context(name, integer));
        }
    }

    private void writeStatuses(List<String> vocabularies, List<String> shapeIds) {
        line(1, "statuses:");
        // names the reader gives its own methods for the shapes: isStepRetry, stepRetry
        List<String> derived = new ArrayList<>();
        for (String shape : shapeIds) {
            String type = JavaNames.typeName(shape);
            derived.add("is" + type);
            derived.add(JavaNames.memberName(type, Set.of()));
        }
        derived.removeIf(name -> !name.matches("[a-z][A-Za-z0-9]*") || !JavaNames.isIdentifier(name));
        Set<String> names = new HashSet<>();
        for (int i = between(1, 3); i > 0; i--) {
            String name = distinct(() -> !derived.isEmpty() && chance(0.15) ? pick(derived)
                    : slip(VOCABULARY_NAMES, INVALID_VOCABULARY_NAMES), names);
            if (vocabularies.contains(name)) {
                continue;
            }
            vocabularies.add(name);
            line(2, q(name) + ":");
            if (chance(0.3)) {
                line(3, "description: " + q(text()));
            }
            String textCase = chance(0.6) ? "exact" : pick(List.of("exact", "upper", "lower"));
            if (!textCase.equals("exact") || chance(0.2)) {
                line(3, "case: " + (slip() ? pick(List.of("Upper", "title", "none", "insensitive")) : textCase));
            }
            line(3, "values:");
            Set<String> wires = new HashSet<>();
            for (int v = between(1, 5); v > 0; v--) {
                String raw = pick(STATUS_VALUES);
                String wire = slip() ? raw : normalised(raw, textCase); // as written: not yet normalised, a mistake
                if (!wires.add(normalised(wire, textCase)) && !slip()) {
                    continue; // twice (once normalised) is a mistake too
                }
                String verdict = chance(0.2) ? "undecided" : slip(VERDICTS, INVALID_VERDICTS.subList(0, 7));
                line(4, yamlScalar(wire) + ": " + verdict);
            }
        }
    }

    private static String normalised(String text, String textCase) {
        return switch (textCase) {
            case "upper" -> text.toUpperCase(java.util.Locale.ROOT);
            case "lower" -> text.toLowerCase(java.util.Locale.ROOT);
            default -> text;
        };
    }

    /** A scalar as YAML: plain where it can be (so {@code true}, {@code 3} and {@code ~} are written bare), else quoted. */
    private String yamlScalar(String text) {
        return text.matches("[A-Za-z0-9_.~][A-Za-z0-9_.~-]*") && chance(0.5) ? text : q(text);
    }

    private void writeShape(String shape, List<Context> contexts, List<String> vocabularies) {
        line(2, "- id: " + q(shape));
        if (chance(0.15)) {
            line(3, "javaName: " + q(shapeTypeName()));
        }
        if (chance(0.4)) {
            line(3, "description: " + q(text()));
        }
        if (!slip()) {
            line(3, "source: " + q(chance(0.7) ? pick(SOURCES) : text()));
        }
        if (chance(0.2)) {
            writeNotes(3);
        }
        if (slip()) {
            line(3, "when: []");
        } else {
            line(3, "when:");
            for (int i = chance(0.7) ? 1 : 2; i > 0; i--) {
                line(4, "- " + condition());
            }
        }
        if (!vocabularies.isEmpty() && chance(0.65) || slip()) {
            line(3, "verdict:");
            for (int i = between(1, 3); i > 0; i--) {
                String vocabulary = vocabularies.isEmpty() ? "kycStatus" : pick(vocabularies);
                if (slip()) {
                    vocabulary = misspelt(vocabulary);
                }
                // a status read through '*' reads every value: a requirement met per scheme
                String path = dataPath(chance(0.3) ? between(1, 2) : 0, false, new ArrayList<>());
                line(4, "- {at: " + q(path) + ", status: " + q(vocabulary) + "}");
            }
        } else {
            line(3, "verdict: " + slip(VERDICTS, INVALID_VERDICTS));
        }
        if (chance(0.25)) {
            line(3, "attempts: " + q(dataPath(slip() ? 1 : 0, false, new ArrayList<>())));
        }
        if (chance(0.3)) {
            line(3, "details:");
            Set<String> names = new HashSet<>();
            for (int i = between(1, 2); i > 0; i--) {
                String name = distinct(() -> slip(MEMBER_NAMES, INVALID_MEMBER_NAMES), names);
                line(4, q(name) + ": " + q(dataPath(slip() ? 1 : 0, false, new ArrayList<>())));
            }
        }
        if (!outcomes.isEmpty() && chance(0.75)) {
            line(3, "outcomes:");
            Set<String> components = new HashSet<>();
            for (int i = chance(0.7) ? 1 : 2; i > 0; i--) {
                writeBuild(contexts, components);
            }
        }
    }

    /** A name one letter off: a vocabulary, a context or a kind the spec does not declare. */
    private String misspelt(String name) {
        if (name.length() < 2) {
            return name + "x";
        }
        int at = random.nextInt(name.length() - 1);
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2)
                + (name.charAt(at) == name.charAt(at + 1) ? "s" : "");
    }

    private String condition() {
        // the empty path is the body itself: absent, or a text, no other path of the shape can reach a value
        String path = slip() ? pick(List.of(pick(INVALID_PATHS), "/items/*", "/<x>_result"))
                : chance(0.03) ? "" : pick(CONDITION_PATHS);
        double r = random.nextDouble();
        if (r < 0.35) {
            return "{present: " + q(path) + "}";
        }
        if (r < 0.5) {
            return "{absent: " + q(path) + "}";
        }
        if (r < 0.8) {
            return "{at: " + q(path) + ", equals: " + yamlScalar(pick(STATUS_VALUES)) + "}";
        }
        if (r < 0.97 || !slip()) {
            List<String> values = new ArrayList<>();
            for (int i = between(1, 3); i > 0; i--) {
                values.add(yamlScalar(pick(STATUS_VALUES)));
            }
            return "{at: " + q(path) + ", in: [" + String.join(", ", values) + "]}";
        }
        return pick(List.of("{present: " + q(path) + ", absent: " + q(path) + "}", "{at: " + q(path) + "}",
                "{equals: x}", "{at: " + q(path) + ", equals: x, in: [y]}"));
    }

    /**
     * A path into a body: a JSON Pointer of a few keys (with '~0' and '~1' escapes, indexes, empty
     * keys), with {@code wildcards} of '*' and key families; its families' captures are added to
     * {@code captures}. Relative to an element ({@code relative}), it may be empty: the element itself.
     */
    private String dataPath(int wildcards, boolean relative, List<String> captures) {
        if (slip()) {
            return pick(INVALID_PATHS);
        }
        List<String> tokens = new ArrayList<>();
        for (int i = between(relative ? 0 : 1, 3); i > 0; i--) {
            tokens.add(pick(DATA_KEYS));
        }
        for (int i = 0; i < wildcards; i++) {
            String token = "*";
            if (chance(0.3)) {
                Set<String> taken = new HashSet<>(captures);
                String capture = distinct(() -> pick(CAPTURE_NAMES), taken);
                if (!captures.contains(capture)) {
                    captures.add(capture);
                    token = pick(List.of("<" + capture + ">_result", "<" + capture + ">", "pre_<" + capture + ">"));
                }
            }
            tokens.add(random.nextInt(tokens.size() + 1), token);
        }
        return tokens.isEmpty() ? "" : "/" + String.join("/", tokens);
    }

    /** {@code path} with its last key replaced: a value beside each of its matches ({@code /retry/*}{@code /retryMsg}). */
    private String sibling(String path) {
        List<String> tokens = new ArrayList<>(List.of(path.substring(1).split("/", -1)));
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String token = tokens.get(i);
            if (!token.equals("*") && !token.contains("<")) {
                tokens.set(i, pick(List.of("retryMsg", "message", "comment", "confidence", "")));
                return "/" + String.join("/", tokens);
            }
        }
        return path + "/" + pick(List.of("message", "comment"));
    }

    /** One outcome of a shape: where its code or codes, its key parts, fields and companions sit. */
    private void writeBuild(List<Context> contexts, Set<String> components) {
        DrawnOutcome outcome = pick(outcomes);
        line(4, "- kind: " + q(slip() ? pick(List.of(misspelt(outcome.id), "unknown", "error", "warnings"))
                : outcome.id));
        boolean each = chance(0.3);
        // the record component: the outcome's name (plural with 'each'), unless that is taken or reserved
        String derived = JavaNames.memberName(outcome.javaName.orElse(JavaNames.typeName(outcome.id)), Set.of());
        String component = each ? JavaNames.plural(derived) : derived;
        boolean taken = components.contains(component) || RESERVED_COMPONENTS.contains(component);
        if (taken ? !slip() : chance(0.15)) {
            String name = slip() ? pick(chance(0.5) ? RESERVED_COMPONENTS : INVALID_MEMBER_NAMES) : pick(BUILD_NAMES);
            for (int tries = 0; components.contains(name) && tries < 5; tries++) {
                name = pick(BUILD_NAMES);
            }
            component = name;
            line(5, "name: " + q(name));
        }
        components.add(component);
        List<String> captures = new ArrayList<>();
        String eachPath = "";
        if (each) {
            eachPath = dataPath(slip() ? 0 : chance(0.75) ? 1 : 2, false, captures);
            line(5, "each: " + q(eachPath));
        }
        String codesPath = null;
        if (outcome.selector.isPresent() && keyHasCode()) {
            boolean wrongForm = slip();
            if (outcome.list) {
                codesPath = dataPath(slip() ? 0 : chance(0.8) ? 1 : 2, each, new ArrayList<>());
                line(5, (wrongForm ? "code: " : "codes: ") + q(codesPath));
            } else if (!slip()) {
                codesPath = dataPath(slip() ? 1 : 0, each, new ArrayList<>());
                line(5, (wrongForm ? "codes: " : "code: ") + q(codesPath));
            }
        } else if (slip()) {
            line(5, "code: " + q(dataPath(0, each, new ArrayList<>()))); // it holds no code, or has no code in its key
        }
        if (chance(0.2)) {
            line(5, "oneOrMany: " + (chance(0.8) ? "true" : "false"));
        }
        if (outcome.selector.isPresent()) {
            writeKey(outcome, contexts, each, captures);
        }
        List<OutcomeField> given = outcome.fields.stream().filter(f -> chance(0.6)).toList();
        boolean unknownField = slip();
        if (!given.isEmpty() || unknownField) {
            line(5, "fields:");
            for (OutcomeField field : given) {
                int wildcards = field.list() && chance(0.6) ? between(1, 2) : slip() ? 1 : 0;
                line(6, q(field.name()) + ": " + q(dataPath(wildcards, each, new ArrayList<>())));
            }
            if (unknownField) {
                line(6, q(outcome.fields.isEmpty() ? "retryCount" : misspelt(outcome.fields.get(0).name())) + ": \"/x\"");
            }
        }
        if (chance(0.35)) {
            line(5, "companions:");
            Set<String> names = new HashSet<>();
            for (int i = between(1, 2); i > 0; i--) {
                String name = distinct(() -> slip(MEMBER_NAMES, INVALID_MEMBER_NAMES), names);
                String path;
                if (each && !eachPath.isEmpty() && chance(0.5)) {
                    path = eachPath + "/" + pick(List.of("message", "confidence", "", "a~1b")); // bound to each element
                } else if (!each && outcome.list && codesPath != null && codesPath.startsWith("/") && chance(0.6)) {
                    path = sibling(codesPath); // bound to each code
                } else {
                    path = dataPath(slip() ? 1 : 0, each, new ArrayList<>());
                }
                line(6, q(name) + ": " + q(path));
            }
        }
        List<String> codeFields = outcome.fields.stream().filter(f -> f.type().equals("code")).map(OutcomeField::name)
                .toList();
        if (!codeFields.isEmpty() && chance(0.4)) {
            line(5, "informational: [" + String.join(", ", codeFields.stream().filter(f -> chance(0.7))
                    .map(RandomSpecs::q).toList()) + "]");
        } else if (!outcome.fields.isEmpty() && slip()) {
            line(5, "informational: [" + q(pick(outcome.fields).name()) + "]");
        }
    }

    /** The key parts the outcome's lookup needs besides the code: every one that varies among its codes. */
    private void writeKey(DrawnOutcome outcome, List<Context> contexts, boolean each, List<String> captures) {
        List<String> parts = new ArrayList<>(neededKeyParts(outcome));
        if (!parts.isEmpty() && slip()) {
            parts.remove(random.nextInt(parts.size()));
        }
        if (slip()) {
            parts.add(pick(key.isEmpty() ? List.of("code", "step") : key));
        }
        if (parts.isEmpty()) {
            return;
        }
        line(5, "key:");
        for (String part : parts) {
            Optional<Attribute> attribute = attributes.stream().filter(a -> a.name.equals(part)).findFirst();
            boolean integer = attribute.filter(a -> a.type.equals("integer")).isPresent();
            double r = random.nextDouble();
            if (!captures.isEmpty() && r < 0.35) {
                line(6, q(part) + ":");
                line(7, "capture: " + q(pick(captures)));
                if (chance(0.7)) {
                    List<String> values = attribute.map(a -> valuesAmong(outcome, a)).orElse(List.of());
                    Set<String> wires = new HashSet<>();
                    List<String> entries = new ArrayList<>();
                    for (int i = between(1, 3); i > 0; i--) {
                        String wire = pick(CAPTURE_WIRES);
                        if (wires.add(wire)) {
                            entries.add(q(wire) + ": " + q(!values.isEmpty() && chance(0.7) ? pick(values)
                                    : pick(STATUS_VALUES)));
                        }
                    }
                    line(7, "values: {" + String.join(", ", entries) + "}");
                }
            } else if (!contexts.isEmpty() && r < 0.65
                    && (contexts.stream().anyMatch(c -> c.integer() == integer) || chance(0.3))) {
                // a context of the part's type, mostly: an integer step, a string kind
                List<Context> fitting = contexts.stream().filter(c -> c.integer() == integer).toList();
                Context context = fitting.isEmpty() || chance(0.1) ? pick(contexts) : pick(fitting);
                line(6, q(part) + ": {context: " + q(slip() ? misspelt(context.name()) : context.name()) + "}");
            } else if (slip()) {
                line(6, q(part) + ": " + pick(List.of("{context: \"step\"}", "{capture: \"tech\"}", "{}", "[]")));
            } else {
                line(6, q(part) + ": " + q(dataPath(slip() ? 1 : 0, each, new ArrayList<>())));
            }
        }
    }

    /** The key parts (besides the code) whose value differs among the codes the outcome may hold. */
    private List<String> neededKeyParts(DrawnOutcome outcome) {
        List<String> needed = new ArrayList<>();
        for (String part : key) {
            if (part.equals("code")) {
                continue;
            }
            Attribute attribute = attributes.stream().filter(a -> a.name.equals(part)).findFirst().orElseThrow();
            Set<Optional<String>> values = new HashSet<>();
            for (Group group : groups) {
                for (Code code : group.codes) {
                    if (selects(outcome.selector.orElseThrow(), code, group)) {
                        values.add(valueRead(code, group, attribute).map(items -> items.isEmpty() ? "" : items.get(0)));
                    }
                }
            }
            if (values.size() > 1) {
                needed.add(part);
            }
        }
        return needed;
    }

    /** The values an attribute has among the codes the outcome may hold, as the processor reads them. */
    private List<String> valuesAmong(DrawnOutcome outcome, Attribute attribute) {
        Set<String> values = new java.util.LinkedHashSet<>();
        for (Group group : groups) {
            for (Code code : group.codes) {
                if (selects(outcome.selector.orElseThrow(), code, group)) {
                    valueRead(code, group, attribute).ifPresent(values::addAll);
                }
            }
        }
        return List.copyOf(values);
    }

    private boolean selects(Selector selector, Code code, Group group) {
        if (!selector.groups().isEmpty() && !selector.groups().contains(group.id)) {
            return false;
        }
        if (selector.where().isEmpty()) {
            return true;
        }
        Optional<Attribute> attribute = attributes.stream().filter(a -> a.name.equals(selector.where().get().get(0)))
                .findFirst();
        if (attribute.isEmpty()) {
            return false;
        }
        String wanted = canonical(attribute.get(), unq(selector.where().get().get(1)));
        return valueRead(code, group, attribute.get()).map(values -> values.contains(wanted)).orElse(false);
    }

    /**
     * A code's value for an attribute as the processor reads it (its own, else its group's shared
     * one, else the default; an enum value by its first spelling): each item of a list, or the one
     * value; empty when the code has none.
     */
    private Optional<List<String>> valueRead(Code code, Group group, Attribute attribute) {
        String name = attribute.name;
        List<String> quoted;
        if (code.values.containsKey(name)) {
            quoted = List.of(code.values.get(name));
        } else if (code.selectable.containsKey(name)) {
            quoted = code.selectable.get(name);
        } else if (code.none.contains(name)) {
            return Optional.empty();
        } else if (code.variantOnly.contains(name)) {
            quoted = attribute.defaultItems;
        } else {
            quoted = group.sharedItems.getOrDefault(name, attribute.defaultItems);
        }
        if (quoted == null) {
            return Optional.empty();
        }
        List<String> values = quoted.stream().map(RandomSpecs::unq).toList();
        if (!attribute.list && values.size() == 1 && attribute.noneValues.contains(values.get(0))) {
            return Optional.empty();
        }
        return Optional.of(values.stream().map(value -> canonical(attribute, value)).toList());
    }

    private static String canonical(Attribute attribute, String value) {
        if (attribute.type.equals("enum")) {
            return attribute.values.stream().filter(spellings -> spellings.contains(value)).findFirst()
                    .map(spellings -> spellings.get(0)).orElse(value);
        }
        if (attribute.type.equals("integer")) {
            try {
                return Integer.toString(Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    // --- YAML ---------------------------------------------------------------------------------------

    /** {@code text} as a YAML double-quoted scalar, whatever characters it holds. */
    static String q(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                            || c == '\ufeff' || (c >= '\u202a' && c <= '\u202e')) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** The text of a YAML double-quoted scalar written by {@link #q}. */
    static String unq(String quoted) {
        if (quoted.length() < 2 || quoted.charAt(0) != '"') {
            return quoted;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = quoted.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'u' -> {
                    text.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }
}
