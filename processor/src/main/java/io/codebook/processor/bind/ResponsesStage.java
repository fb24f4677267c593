package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Responses;
import io.codebook.processor.model.Verdicts;
import io.codebook.processor.model.WirePath;
import io.codebook.processor.naming.JavaNames;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code responses}: the shapes of a vendor's bodies, how to recognise each, where its codes,
 * their companions and its status values sit, and the verdict every documented status value gives.
 * Everything is checked against the rest of the catalog (outcome kinds, their fields, the key), and
 * every path against the shape it belongs to, so a reader is generated only from a description
 * that can work.
 */
final class ResponsesStage {

    static final List<String> RESPONSES_KEYS = SpecGrammar.RESPONSES.names();
    static final List<String> CONTEXT_KEYS = SpecGrammar.CONTEXT.names();
    static final List<String> STATUS_KEYS = SpecGrammar.STATUS.names();
    static final List<String> SHAPE_KEYS = SpecGrammar.SHAPE.names();
    static final List<String> CONDITION_KEYS = SpecGrammar.CONDITION.names();
    static final List<String> STATUS_READ_KEYS = SpecGrammar.STATUS_READ.names();
    static final List<String> BUILD_KEYS = SpecGrammar.BUILD.names();
    static final List<String> CAPTURE_KEYS = SpecGrammar.CAPTURE.names();
    static final List<String> CONTEXT_SOURCE_KEYS = SpecGrammar.CONTEXT_SOURCE.names();

    private static final String NAME = "[a-z][A-Za-z0-9]*";

    private final Problems problems;
    private final Catalog catalog;

    ResponsesStage(Problems problems, Catalog catalog) {
        this.problems = problems;
        this.catalog = catalog;
    }

    Optional<Responses> read(Optional<SpecMap> map) {
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = new Fields(map.get(), "'responses'", RESPONSES_KEYS, problems);
        Optional<Name> javaName = fields.name("javaName");
        boolean emptyIsAbsent = fields.bool("emptyIsAbsent", false).orElse(false);
        List<Responses.ContextValue> context = readContext(fields.submap("context", false));
        List<Responses.StatusVocabulary> statuses = readStatuses(fields.submap("statuses", false));
        List<Responses.Shape> shapes = new ArrayList<>();
        Map<String, SpecPosition> ids = new HashMap<>();
        fields.list("shapes", true).ifPresent(list -> {
            if (list.items().isEmpty()) {
                problems.report(list.position(), Message.RESPONSE_NO_SHAPE);
            }
            for (SpecNode item : list.items()) {
                Fields.asMap(item, "a shape of 'responses'", problems)
                        .flatMap(shape -> readShape(new Fields(shape, "a shape of 'responses'", SHAPE_KEYS, problems),
                                ids, context, statuses))
                        .ifPresent(shapes::add);
            }
        });
        return Optional.of(new Responses(javaName, emptyIsAbsent, context, statuses, shapes, map.get().position()));
    }

    // --- context and status vocabularies ------------------------------------------------------

    /** What a named entry (a context value, a status vocabulary) is read into. */
    private interface NamedReader<T> {
        T read(String name, String what, Fields fields, SpecMap.Entry entry);
    }

    /**
     * Reads each entry of a map of named declarations: the name checked, the value a map of
     * {@code keys} (anything else is reported), in the order written.
     */
    private <T> List<T> readNamed(Optional<SpecMap> map, String kind, List<String> keys, NamedReader<T> reader) {
        List<T> read = new ArrayList<>();
        map.ifPresent(m -> {
            for (SpecMap.Entry entry : m.entries()) {
                String name = entry.key().value();
                String what = kind + " '" + name + "'";
                checkName(name, entry.key().position(), what);
                Fields.asMap(entry.value(), what, problems)
                        .ifPresent(value -> read.add(reader.read(name, what, new Fields(value, what, keys, problems), entry)));
            }
        });
        return read;
    }

    private List<Responses.ContextValue> readContext(Optional<SpecMap> map) {
        return readNamed(map, "context value", CONTEXT_KEYS, (name, what, value, entry) -> {
            if (name.equals("tree")) {
                problems.report(entry.key().position(), Message.RESPONSE_CONTEXT_RESERVED);
            }
            Optional<String> type = value.text("type", true);
            type.filter(t -> !t.equals("integer") && !t.equals("string")).ifPresent(t -> problems.report(
                    value.positionOf("type"), Message.RESPONSE_CONTEXT_TYPE, what, t));
            return new Responses.ContextValue(name, type.filter("integer"::equals).isPresent(),
                    value.text("description", false), entry.key().position());
        });
    }

    private List<Responses.StatusVocabulary> readStatuses(Optional<SpecMap> map) {
        return readNamed(map, "status vocabulary", STATUS_KEYS, (name, what, vocabulary, entry) -> {
            Responses.TextCase textCase = readCase(vocabulary, what);
            Map<String, Optional<String>> values = new LinkedHashMap<>();
            vocabulary.submap("values", true).ifPresent(valuesMap -> {
                if (valuesMap.entries().isEmpty()) {
                    problems.report(valuesMap.position(), Message.RESPONSE_STATUS_EMPTY, what);
                }
                for (SpecMap.Entry value : valuesMap.entries()) {
                    String wire = normalised(value.key().value(), textCase);
                    String valueWhat = "value '" + value.key().value() + "' of " + what;
                    if (!wire.equals(value.key().value())) {
                        problems.report(value.key().position(), Message.RESPONSE_STATUS_CASE, valueWhat,
                                textCase.name().toLowerCase(Locale.ROOT), wire);
                    }
                    if (values.containsKey(wire)) {
                        problems.report(value.key().position(), Message.RESPONSE_STATUS_TWICE, valueWhat);
                        continue;
                    }
                    Fields.scalarText(value.value(), "the verdict of " + valueWhat, problems)
                            .flatMap(verdict -> verdict(verdict, value.value().position(), valueWhat, true))
                            .ifPresent(verdict -> values.put(wire,
                                    verdict.equals(Verdicts.UNDECIDED) ? Optional.empty() : Optional.of(verdict)));
                }
            });
            return new Responses.StatusVocabulary(name, vocabulary.text("description", false), textCase, values,
                    entry.key().position());
        });
    }

    private Responses.TextCase readCase(Fields fields, String what) {
        Optional<String> text = fields.text("case", false);
        if (text.isEmpty()) {
            return Responses.TextCase.EXACT;
        }
        return switch (text.get()) {
            case "exact" -> Responses.TextCase.EXACT;
            case "upper" -> Responses.TextCase.UPPER;
            case "lower" -> Responses.TextCase.LOWER;
            default -> {
                problems.report(fields.positionOf("case"), Message.RESPONSE_CASE, text.get(), what);
                yield Responses.TextCase.EXACT;
            }
        };
    }

    private static String normalised(String text, Responses.TextCase textCase) {
        return switch (textCase) {
            case EXACT -> text;
            case UPPER -> text.toUpperCase(Locale.ROOT);
            case LOWER -> text.toLowerCase(Locale.ROOT);
        };
    }

    /** A verdict's spec name, or {@code undecided} where allowed; reported with a suggestion otherwise. */
    private Optional<String> verdict(String name, SpecPosition position, String what, boolean undecidedAllowed) {
        if (Verdicts.isVerdict(name) || (undecidedAllowed && name.equals(Verdicts.UNDECIDED))) {
            return Optional.of(name);
        }
        List<String> known = new ArrayList<>(Verdicts.SPEC_NAMES);
        if (undecidedAllowed) {
            known.add(Verdicts.UNDECIDED);
        }
        problems.report(position, Message.RESPONSE_VERDICT_UNKNOWN, name, what,
                Suggestions.hint(name, known), String.join(", ", known));
        return Optional.empty();
    }

    // --- shapes --------------------------------------------------------------------------------

    private Optional<Responses.Shape> readShape(Fields fields, Map<String, SpecPosition> ids,
            List<Responses.ContextValue> context, List<Responses.StatusVocabulary> statuses) {
        Optional<String> id = fields.text("id", true);
        id.ifPresent(value -> {
            if (!SpecLocator.CATALOG_ID.matcher(value).matches()) {
                problems.report(fields.positionOf("id"), Message.RESPONSE_SHAPE_ID_FORMAT, value);
            }
            SpecPosition first = ids.putIfAbsent(value, fields.positionOf("id"));
            if (first != null) {
                problems.report(fields.positionOf("id"), Message.RESPONSE_SHAPE_ID_DUPLICATE, value, first);
            }
        });
        String where = "shape '" + id.orElse("?") + "'";
        Optional<String> source = fields.text("source", true);
        List<Responses.Condition> when = new ArrayList<>();
        fields.list("when", true).ifPresent(list -> {
            if (list.items().isEmpty()) {
                problems.report(list.position(), Message.RESPONSE_WHEN_EMPTY, where);
            }
            for (SpecNode item : list.items()) {
                Fields.asMap(item, "a condition of " + where, problems)
                        .flatMap(map -> condition(new Fields(map, "a condition of " + where, CONDITION_KEYS, problems),
                                where))
                        .ifPresent(when::add);
            }
        });
        Optional<String> fixedVerdict = Optional.empty();
        List<Responses.StatusRead> reads = new ArrayList<>();
        Optional<SpecNode> verdictNode = fields.node("verdict");
        if (verdictNode.isEmpty()) {
            if (!fields.misspelled("verdict")) {
                problems.report(fields.position(), Message.RESPONSE_VERDICT_MISSING, where);
            }
        } else if (verdictNode.get() instanceof SpecScalar scalar) {
            fixedVerdict = verdict(scalar.value(), scalar.position(), "the verdict of " + where, false);
        } else if (verdictNode.get() instanceof SpecList list) {
            if (list.items().isEmpty()) {
                problems.report(list.position(), Message.RESPONSE_VERDICT_MISSING, where);
            }
            for (SpecNode item : list.items()) {
                Fields.asMap(item, "a status read of " + where, problems)
                        .flatMap(map -> statusRead(new Fields(map, "a status read of " + where, STATUS_READ_KEYS,
                                problems), where, statuses))
                        .ifPresent(reads::add);
            }
        } else {
            problems.report(verdictNode.get().position(), Message.RESPONSE_VERDICT_FORM, where, verdictNode.get().kind());
        }
        Optional<WirePath> attempts = fields.text("attempts", false)
                .flatMap(text -> single(text, fields.positionOf("attempts"), "'attempts' of " + where));
        Map<String, WirePath> details = namedPaths(fields.submap("details", false), "a detail of " + where, false);
        List<Responses.Build> builds = new ArrayList<>();
        fields.list("outcomes", false).ifPresent(list -> {
            for (SpecNode item : list.items()) {
                Fields.asMap(item, "an outcome of " + where, problems)
                        .flatMap(map -> build(new Fields(map, "an outcome of " + where, BUILD_KEYS, problems), where,
                                context))
                        .ifPresent(builds::add);
            }
        });
        if (id.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        Responses.Shape shape = new Responses.Shape(id.get(), fields.name("javaName"), fields.text("description", false),
                source.get(),
                fields.texts("notes"), when, fixedVerdict, reads, attempts, details, builds, fields.positionOf("id"));
        checkReachable(shape, where);
        return Optional.of(shape);
    }

    private Optional<Responses.Condition> condition(Fields fields, String where) {
        String what = "a condition of " + where;
        boolean present = fields.has("present");
        boolean absent = fields.has("absent");
        boolean at = fields.has("at");
        int forms = (present ? 1 : 0) + (absent ? 1 : 0) + (at ? 1 : 0);
        if (forms != 1 || (at && fields.has("equals") == fields.has("in"))
                || (!at && (fields.has("equals") || fields.has("in")))) {
            problems.report(fields.position(), Message.RESPONSE_CONDITION_FORM, where);
            return Optional.empty();
        }
        String key = present ? "present" : absent ? "absent" : "at";
        Optional<WirePath> path = fields.text(key, true).flatMap(text -> single(text, fields.positionOf(key), what));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (present) {
            return Optional.of(new Responses.Present(path.get()));
        }
        if (absent) {
            return Optional.of(new Responses.Absent(path.get()));
        }
        List<String> values = fields.has("equals") ? fields.text("equals", true).map(List::of).orElse(List.of())
                : fields.textList("in", true);
        return values.isEmpty() ? Optional.empty() : Optional.of(new Responses.Equals(path.get(), values));
    }

    private Optional<Responses.StatusRead> statusRead(Fields fields, String where,
            List<Responses.StatusVocabulary> statuses) {
        // a status may occur once per element of a list (a requirement met per scheme): every value counts
        Optional<WirePath> path = fields.text("at", true)
                .flatMap(text -> WirePaths.parse(text, fields.positionOf("at"), "a status read of " + where, problems));
        Optional<String> status = fields.text("status", true);
        status.filter(name -> statuses.stream().noneMatch(s -> s.name().equals(name))).ifPresent(name -> {
            List<String> known = statuses.stream().map(Responses.StatusVocabulary::name).toList();
            problems.report(fields.positionOf("status"), Message.RESPONSE_STATUS_UNKNOWN, name, where,
                    Suggestions.hint(name, known));
        });
        if (path.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Responses.StatusRead(path.get(), status.get(), fields.positionOf("status")));
    }

    /** A path that reaches one value: no wildcards. */
    private Optional<WirePath> single(String text, SpecPosition position, String what) {
        Optional<WirePath> path = WirePaths.parse(text, position, what, problems);
        if (path.isPresent() && path.get().wildcards() > 0) {
            problems.report(position, Message.RESPONSE_PATH_ONE_VALUE, text, what);
            return Optional.empty();
        }
        return path;
    }

    private Map<String, WirePath> namedPaths(Optional<SpecMap> map, String what, boolean wildcardsAllowed) {
        Map<String, WirePath> paths = new LinkedHashMap<>();
        map.ifPresent(m -> {
            for (SpecMap.Entry entry : m.entries()) {
                String name = entry.key().value();
                checkName(name, entry.key().position(), what + " ('" + name + "')");
                Fields.scalarText(entry.value(), "'" + name + "' of " + what, problems)
                        .flatMap(text -> wildcardsAllowed
                                ? WirePaths.parse(text, entry.value().position(), "'" + name + "' of " + what, problems)
                                : single(text, entry.value().position(), "'" + name + "' of " + what))
                        .ifPresent(path -> paths.put(name, path));
            }
        });
        return paths;
    }

    private void checkName(String name, SpecPosition position, String what) {
        if (!name.matches(NAME) || !JavaNames.isIdentifier(name)) {
            problems.report(position, Message.RESPONSE_NAME_FORMAT, name, what);
        }
    }

    // --- outcomes of a shape ---------------------------------------------------------------------

    private Optional<Responses.Build> build(Fields fields, String where, List<Responses.ContextValue> context) {
        Optional<String> kind = fields.text("kind", true);
        Optional<Outcome> outcome = kind.flatMap(k -> catalog.outcomes().stream().filter(o -> o.id().equals(k)).findFirst());
        if (kind.isPresent() && outcome.isEmpty()) {
            List<String> known = catalog.outcomes().stream().map(Outcome::id).toList();
            problems.report(fields.positionOf("kind"), Message.RESPONSE_OUTCOME_UNKNOWN, kind.get(), where,
                    known.isEmpty() ? " The catalog declares no outcomes: add them under 'outcomes'."
                            : Suggestions.hint(kind.get(), known));
        }
        String what = "outcome '" + kind.orElse("?") + "' of " + where;
        Optional<String> name = fields.text("name", false);
        name.ifPresent(n -> checkName(n, fields.positionOf("name"), "the name of " + what));
        Optional<WirePath> each = fields.text("each", false)
                .flatMap(text -> WirePaths.parse(text, fields.positionOf("each"), "'each' of " + what, problems));
        each.filter(path -> path.wildcards() == 0).ifPresent(path -> problems.report(path.position(),
                Message.RESPONSE_EACH_WILDCARD, path.text(), what));
        boolean oneOrMany = fields.bool("oneOrMany", false).orElse(false);
        Optional<WirePath> codes = codes(fields, outcome, each, what);
        Map<String, Responses.KeySource> key = key(fields, outcome, each, codes, context, what);
        Map<String, WirePath> fieldPaths = new LinkedHashMap<>();
        fields.submap("fields", false).ifPresent(map -> {
            for (SpecMap.Entry entry : map.entries()) {
                String field = entry.key().value();
                Optional<Attribute> attribute = outcome.flatMap(o -> o.fields().stream()
                        .filter(f -> f.name().equals(field)).findFirst());
                if (outcome.isPresent() && attribute.isEmpty()) {
                    List<String> known = outcome.get().fields().stream().map(Attribute::name).toList();
                    problems.report(entry.key().position(), Message.RESPONSE_FIELD_UNKNOWN, field, what,
                            known.isEmpty() ? " It has none." : Suggestions.hint(field, known));
                    continue;
                }
                String fieldWhat = "field '" + field + "' of " + what;
                Fields.scalarText(entry.value(), fieldWhat, problems)
                        .flatMap(text -> WirePaths.parse(text, entry.value().position(), fieldWhat, problems))
                        .filter(path -> attribute.isEmpty() || oneValueUnlessList(path, attribute.get(), fieldWhat))
                        .ifPresent(path -> fieldPaths.put(field, path));
            }
        });
        Map<String, WirePath> companions = namedPaths(fields.submap("companions", false), "a companion of " + what, true);
        // a companion with wildcards is bound to each code's match (or each element's): it needs as many
        each.or(() -> codes).ifPresent(path -> companions.values().stream()
                .filter(companion -> companion.wildcards() != 0 && companion.wildcards() != path.wildcards())
                .forEach(companion -> problems.report(companion.position(), Message.RESPONSE_COMPANION_WILDCARDS,
                        companion.text(), what, path.text(), path.wildcards())));
        List<String> informational = fields.textList("informational");
        for (String field : informational) {
            boolean isCodeField = outcome.stream().flatMap(o -> o.fields().stream())
                    .anyMatch(f -> f.name().equals(field) && f.type() == AttributeType.CODE);
            if (outcome.isPresent() && !isCodeField) {
                problems.report(CatalogBinder.positionIn(fields.list("informational", false), field, fields.position()),
                        Message.RESPONSE_INFORMATIONAL, field, what);
            }
        }
        if (kind.isEmpty() || outcome.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Responses.Build(kind.get(), name, each, codes, oneOrMany, key, fieldPaths, companions,
                informational, fields.positionOf("kind")));
    }

    /** A field of one value is read from a path that reaches one value (within an element, with 'each'). */
    private boolean oneValueUnlessList(WirePath path, Attribute field, String what) {
        if (!field.list() && path.wildcards() > 0) {
            problems.report(path.position(), Message.RESPONSE_PATH_ONE_VALUE, path.text(), what);
            return false;
        }
        return true;
    }

    /** Where the outcome's code or codes sit: 'codes' with '*' for a list outcome, else 'code' of one value. */
    private Optional<WirePath> codes(Fields fields, Optional<Outcome> outcome, Optional<WirePath> each, String what) {
        boolean holdsCodes = outcome.map(o -> o.codes().isPresent()).orElse(true);
        boolean list = outcome.map(Outcome::list).orElse(false);
        boolean codeInKey = catalog.keyIncludesCode();
        String expected = list ? "codes" : "code";
        String other = list ? "code" : "codes";
        if (fields.has(other)) {
            problems.report(fields.positionOf(other), Message.RESPONSE_CODES_FORM, what, other,
                    list ? "holds a list of codes: name where they sit with 'codes'"
                            : "holds one code: name where it sits with 'code'");
            return Optional.empty();
        }
        if (!holdsCodes || !codeInKey) {
            if (fields.has(expected)) {
                problems.report(fields.positionOf(expected), Message.RESPONSE_CODES_FORM, what, expected,
                        !holdsCodes ? "holds no codes" : "is looked up by its key parts, given under 'key', not by a code");
            }
            return Optional.empty();
        }
        if (!fields.has(expected)) {
            if (outcome.isPresent() && !fields.misspelled(expected)) {
                problems.report(fields.position(), Message.RESPONSE_CODES_MISSING, what, expected);
            }
            return Optional.empty();
        }
        Optional<WirePath> path = fields.text(expected, true).flatMap(text -> WirePaths.parse(text,
                fields.positionOf(expected), "'" + expected + "' of " + what, problems));
        if (path.isPresent() && list && path.get().wildcards() == 0) {
            problems.report(path.get().position(), Message.RESPONSE_CODES_LIST, path.get().text(), what);
            return Optional.empty();
        }
        if (path.isPresent() && !list && path.get().wildcards() > 0) {
            problems.report(path.get().position(), Message.RESPONSE_PATH_ONE_VALUE, path.get().text(),
                    "'code' of " + what + (each.isPresent() ? " (one per element of 'each')" : ""));
            return Optional.empty();
        }
        return path;
    }

    /** Where each key part the outcome's lookup needs besides the code comes from; every one, and no other. */
    private Map<String, Responses.KeySource> key(Fields fields, Optional<Outcome> outcome, Optional<WirePath> each,
            Optional<WirePath> codes, List<Responses.ContextValue> context, String what) {
        Map<String, Responses.KeySource> key = new LinkedHashMap<>();
        List<String> needed = outcome.filter(o -> o.codes().isPresent())
                .map(o -> catalog.keyPartsVaryingAmong(catalog.selected(o)).stream()
                        .filter(part -> !(part instanceof KeyPart.CodePart)).map(KeyPart::name).toList())
                .orElse(List.of());
        List<String> captures = new ArrayList<>();
        each.ifPresent(path -> captures.addAll(path.captures()));
        fields.submap("key", false).ifPresent(map -> {
            for (SpecMap.Entry entry : map.entries()) {
                String part = entry.key().value();
                String partWhat = "key part '" + part + "' of " + what;
                if (outcome.isPresent() && !needed.contains(part)) {
                    boolean isPart = catalog.key().stream().anyMatch(p -> p.name().equals(part));
                    problems.report(entry.key().position(), Message.RESPONSE_KEY_PART_NOT_NEEDED, part, what,
                            isPart ? "the outcome's kind implies it (or it is the code)"
                                    : "the catalog's key has no such part" + Suggestions.hint(part,
                                            catalog.key().stream().map(KeyPart::name).toList()));
                    continue;
                }
                keySource(entry.value(), partWhat, context, captures).ifPresent(source -> {
                    catalog.key().stream().filter(p -> p.name().equals(part)).findFirst()
                            .ifPresent(keyPart -> checkType(source, keyPart, partWhat, context));
                    key.put(part, source);
                });
            }
        });
        if (outcome.isPresent()) {
            for (String part : needed) {
                if (!key.containsKey(part) && fields.node("key").flatMap(n -> n instanceof SpecMap m
                        ? m.get(part) : Optional.empty()).isEmpty()) {
                    problems.report(fields.has("key") ? fields.positionOf("key") : fields.position(),
                            Message.RESPONSE_KEY_PART_MISSING, what, part);
                }
            }
        }
        return key;
    }

    /**
     * A context value or a capture's translation of another type than its key part would compile
     * into a lookup that can never find a code (or not compile at all): say so where it is written.
     */
    private void checkType(Responses.KeySource source, KeyPart part, String what, List<Responses.ContextValue> context) {
        boolean integerPart = part instanceof KeyPart.AttributePart a && a.attribute().type() == AttributeType.INTEGER;
        String partType = integerPart ? "an integer" : "a string";
        if (source instanceof Responses.FromContext fromContext) {
            context.stream().filter(c -> c.name().equals(fromContext.name()) && c.integer() != integerPart).findFirst()
                    .ifPresent(value -> problems.report(fromContext.position(), Message.RESPONSE_KEY_TYPE, what,
                            "context value '" + value.name() + "', " + (value.integer() ? "an integer" : "a string"),
                            partType, "Declare the context value with type '" + (integerPart ? "integer" : "string")
                                    + "'."));
        } else if (source instanceof Responses.FromCapture capture && integerPart) {
            capture.values().forEach((wire, value) -> {
                if (!value.matches("-?[0-9]{1,9}")) {
                    problems.report(capture.position(), Message.RESPONSE_KEY_TYPE, what,
                            "'" + value + "' for '" + wire + "'", partType, "Translate each key to a whole number.");
                }
            });
        }
    }

    private Optional<Responses.KeySource> keySource(SpecNode node, String what, List<Responses.ContextValue> context,
            List<String> captures) {
        if (node instanceof SpecScalar scalar) {
            return WirePaths.parse(scalar.value(), scalar.position(), what, problems)
                    .filter(path -> {
                        if (path.wildcards() > 0) {
                            problems.report(path.position(), Message.RESPONSE_PATH_ONE_VALUE, path.text(), what);
                        }
                        return path.wildcards() == 0;
                    })
                    .map(Responses.FromPath::new);
        }
        Optional<SpecMap> map = Fields.asMap(node, what, problems);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        if (map.get().get("context").isPresent()) {
            Fields fields = new Fields(map.get(), what, CONTEXT_SOURCE_KEYS, problems);
            return fields.text("context", true).filter(name -> {
                boolean declared = context.stream().anyMatch(c -> c.name().equals(name));
                if (!declared) {
                    problems.report(fields.positionOf("context"), Message.RESPONSE_CONTEXT_UNKNOWN, what, name,
                            Suggestions.hint(name, context.stream().map(Responses.ContextValue::name).toList()));
                }
                return declared;
            }).map(name -> new Responses.FromContext(name, fields.positionOf("context")));
        }
        Fields fields = new Fields(map.get(), what, CAPTURE_KEYS, problems);
        Optional<String> capture = fields.text("capture", true);
        capture.filter(name -> !captures.contains(name)).ifPresent(name -> problems.report(fields.positionOf("capture"),
                Message.RESPONSE_CAPTURE_UNKNOWN, name, what, captures.isEmpty() ? "none"
                        : "'" + String.join("', '", captures) + "'"));
        Map<String, String> values = new LinkedHashMap<>();
        fields.submap("values", false).ifPresent(valuesMap -> {
            for (SpecMap.Entry entry : valuesMap.entries()) {
                Fields.scalarText(entry.value(), "the value for '" + entry.key().value() + "' in " + what, problems)
                        .ifPresent(value -> values.put(entry.key().value(), value));
            }
        });
        return capture.filter(captures::contains)
                .map(name -> new Responses.FromCapture(name, values, fields.positionOf("capture")));
    }

    // --- paths that can never match --------------------------------------------------------------

    /**
     * Reports a path of a shape that no body of that shape can have a value at: one that goes through
     * a value the shape's conditions say is absent, or through one they say is a text.
     */
    private void checkReachable(Responses.Shape shape, String where) {
        List<WirePath> paths = new ArrayList<>();
        shape.verdictReads().forEach(read -> paths.add(read.path()));
        shape.attempts().ifPresent(paths::add);
        paths.addAll(shape.details().values());
        for (Responses.Build build : shape.outcomes()) {
            if (build.each().isPresent()) {
                paths.add(build.each().get());
                continue; // the build's other paths are relative to an element
            }
            build.codes().ifPresent(paths::add);
            paths.addAll(build.fields().values());
            paths.addAll(build.companions().values());
            build.key().values().stream().filter(Responses.FromPath.class::isInstance)
                    .forEach(source -> paths.add(((Responses.FromPath) source).path()));
        }
        for (Responses.Condition condition : shape.when()) {
            for (WirePath path : paths) {
                if (condition instanceof Responses.Absent absent && path.goesThrough(absent.path())) {
                    problems.report(path.position(), Message.RESPONSE_NEVER_MATCHES, path.text(), where,
                            "the shape is recognised only when " + absent.path().text() + " is absent");
                } else if (condition instanceof Responses.Equals equals && path.goesThrough(equals.path())
                        && path.steps().size() > equals.path().steps().size()) {
                    problems.report(path.position(), Message.RESPONSE_NEVER_MATCHES, path.text(), where,
                            "the shape is recognised only when " + equals.path().text() + " is a text, which has"
                                    + " nothing inside it");
                }
            }
        }
    }
}
