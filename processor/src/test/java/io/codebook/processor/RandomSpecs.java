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

    private final Random random;
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
    /** Every wire spelling of a code (codes and aliases), for references and aliases. */
    private final Set<String> wireSpellings = new HashSet<>();

    private RandomSpecs(Random random) {
        this.random = random;
        this.mischief = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.08;
        this.longTextLeft = random.nextInt(40) == 0;
        this.id = catalogId();
    }

    /** The spec drawn from {@code seed}. */
    static RandomSpec draw(long seed) {
        RandomSpecs specs = new RandomSpecs(new Random(seed));
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
    }

    private static final class Group {
        final String id;
        final Map<String, String> shared = new LinkedHashMap<>();
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
                    group.shared.put(attribute.name, valueOf(attribute));
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
        if (chance(0.35)) {
            writeOutcomes();
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
                line(2, "default: " + valueOf(attribute));
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
            } else if (needed || chance(0.5)) {
                boolean none = !attribute.noneValues.isEmpty() && chance(0.15);
                List<String> items = none ? List.of(q(pick(attribute.noneValues))) : items(attribute);
                lines.add(attribute.name + ": " + written(attribute, items));
                if (!none) {
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

    private void writeOutcomes() {
        line(0, "outcomes:");
        Set<String> ids = new HashSet<>();
        for (int i = between(1, 3); i > 0; i--) {
            String outcome = distinct(() -> pick(OUTCOME_IDS, INVALID_OUTCOME_IDS), ids);
            line(1, "- id: " + outcome);
            if (outcome.equals("retry-again") && chance(0.5)) {
                line(2, "javaName: RETRY");
            } else if (chance(0.2)) {
                line(2, "javaName: " + q(nestedTypeName()));
            }
            if (chance(0.3)) {
                line(2, "description: " + q(text()));
            }
            boolean codes = chance(0.7);
            if (codes) {
                writeSelector();
            }
            if (codes && keyHasCode() && chance(0.2)) {
                line(2, "list: true");
            }
            if (chance(0.4)) {
                line(2, "fields:");
                Set<String> names = new HashSet<>();
                for (int f = between(1, 2); f > 0; f--) {
                    writeField(distinct(() -> pick(FIELD_NAMES, INVALID_FIELD_NAMES), names));
                }
            }
        }
    }

    /** Selects codes that exist: by groups, by a value some code has, or all. */
    private void writeSelector() {
        double r = random.nextDouble();
        if (r < 0.25) {
            line(2, "codes: {}");
            return;
        }
        line(2, "codes:");
        List<String> where = new ArrayList<>();
        for (Group group : groups) {
            for (Code code : group.codes) {
                code.values.forEach((name, value) -> where.add(name + ": " + value));
                code.selectable.forEach((name, values) -> values.forEach(value -> where.add(name + ": " + value)));
            }
        }
        where.removeIf(this::isNone);
        if (r < 0.6 || where.isEmpty()) {
            List<String> ids = groups.stream().map(g -> g.id).filter(g -> chance(0.5)).toList();
            line(3, "groups: [" + String.join(", ", ids.isEmpty() ? List.of(groups.get(0).id) : ids) + "]");
        }
        if (r >= 0.5 && !where.isEmpty()) {
            line(3, "where:");
            line(4, pick(where));
        }
    }

    /** Whether {@code name: value} gives one of the attribute's "no value" spellings. */
    private boolean isNone(String nameAndValue) {
        return attributes.stream().anyMatch(a -> a.noneValues.stream().map(v -> a.name + ": " + q(v))
                .anyMatch(nameAndValue::equals));
    }

    private void writeField(String name) {
        double r = random.nextDouble();
        boolean simpleKey = key.isEmpty();
        String type = r < 0.25 ? "enum" : r < 0.45 ? "string" : r < 0.65 ? "integer" : r < 0.75 ? "boolean"
                : r < 0.9 && simpleKey ? "code" : "action";
        line(3, name + ":");
        line(4, "type: " + type);
        if (chance(0.4)) {
            line(4, "required: true");
        }
        if (chance(0.15)) {
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
            line(4, "values: [" + String.join(", ", written.stream().map(RandomSpecs::q).toList()) + "]");
        }
        if (type.equals("code") && chance(0.5)) {
            line(4, "catalog: " + id);
        }
        if (chance(0.2)) {
            line(4, "description: " + q(text()));
        }
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
}
