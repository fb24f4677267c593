package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Deprecation;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.NamePattern;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.Variant;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code groups} list: the document's sections and the codes each lists. */
final class GroupsStage {

    static final List<String> GROUP_KEYS = SpecGrammar.GROUP.names();
    static final List<String> CODE_KEYS = SpecGrammar.CODE.names();
    static final List<String> VARIANT_KEYS = SpecGrammar.VARIANT.names();
    static final List<String> MESSAGE_KEYS = SpecGrammar.MESSAGE.names();

    /**
     * What a group's {@code shared} gives its codes.
     *
     * @param values the valid values, by attribute name
     * @param meant the attributes it gives a value for that is not valid, or under a misspelled
     *     name (both reported): its codes do not lack them
     */
    private record Shared(Map<String, AttributeValue> values, Set<String> meant) {}

    /**
     * A code's variants.
     *
     * @param given per variant, the attributes it gives: with a valid value, an invalid one or
     *     under a misspelled name (the last two reported), so none is reported missing as well
     */
    private record Variants(List<Variant> variants, List<Set<String>> given) {

        boolean inAny(String attribute) {
            return given.stream().anyMatch(names -> names.contains(attribute));
        }

        boolean inEvery(String attribute) {
            return given.stream().allMatch(names -> names.contains(attribute));
        }
    }

    private final Problems problems;
    private final AttributesStage.Declared declared;
    private final List<Attribute> attributes;
    private final List<KeyPart> key;
    private final List<String> codeKeys;
    private final PlaceholderCheck placeholderCheck;
    private final LocalesStage.Declared locales;
    private final LocalesStage localesStage;

    GroupsStage(Problems problems, AttributesStage.Declared declared, List<KeyPart> key, LocalesStage.Declared locales) {
        this.problems = problems;
        this.locales = locales;
        this.localesStage = new LocalesStage(problems);
        this.declared = declared;
        this.attributes = declared.attributes();
        this.key = key;
        List<String> known = new ArrayList<>(CODE_KEYS);
        known.addAll(declared.names()); // an attribute whose declaration is wrong is still a key of codes
        this.codeKeys = List.copyOf(known);
        this.placeholderCheck = new PlaceholderCheck(problems);
    }

    List<Group> read(Optional<SpecList> groups) {
        List<Group> result = new ArrayList<>();
        if (groups.isEmpty()) {
            return result;
        }
        if (groups.get().items().isEmpty()) {
            problems.report(groups.get().position(), Message.NO_GROUPS);
        }
        Map<String, SpecPosition> ids = new HashMap<>();
        for (SpecNode item : groups.get().items()) {
            Fields.asMap(item, "a group", problems)
                    .flatMap(map -> readGroup(new Fields(map, "a group", GROUP_KEYS, problems), ids))
                    .ifPresent(result::add);
        }
        // codes are numbered in the document's order across the groups that could be read
        List<Group> numbered = new ArrayList<>();
        int next = 0;
        for (Group group : result) {
            numbered.add(group.numberedFrom(next));
            next += group.codes().size();
        }
        return numbered;
    }

    private Optional<Group> readGroup(Fields fields, Map<String, SpecPosition> ids) {
        Optional<String> id = fields.uniqueId(Message.GROUP_ID_FORMAT, Message.GROUP_ID_DUPLICATE, ids);
        String where = "group '" + id.orElse("?") + "'";
        Optional<String> title = fields.text("title", true);
        Optional<Name> javaName = fields.name("javaName");
        Optional<NamePattern> javaNamePattern = NamePatternReader.read(fields, problems);
        Optional<String> description = fields.text("description", false);
        List<String> notes = fields.texts("notes");
        Shared shared = readShared(fields.submap("shared", false), where);
        List<Code> codes = new ArrayList<>();
        fields.list("codes", true).ifPresent(list -> {
            if (list.items().isEmpty()) {
                problems.report(list.position(), Message.GROUP_EMPTY, where);
            }
            for (SpecNode item : list.items()) {
                Fields.asMap(item, "a code of " + where, problems)
                        .flatMap(map -> readCode(map, id.orElse(""), shared, where))
                        .ifPresent(codes::add);
            }
        });
        if (id.isEmpty()) {
            return Optional.empty();
        }
        // a group whose title is missing (reported) still has its codes, which later checks look at
        return Optional.of(new Group(id.get(), title.orElse(""), javaName, javaNamePattern, description, notes,
                shared.values(), codes, fields.positionOf("id")));
    }

    private Shared readShared(Optional<SpecMap> sharedMap, String where) {
        Map<String, AttributeValue> shared = new LinkedHashMap<>();
        Set<String> meant = new HashSet<>();
        if (sharedMap.isEmpty()) {
            return new Shared(shared, meant);
        }
        Fields fields = new Fields(sharedMap.get(), "'shared' of " + where, List.copyOf(declared.names()), problems);
        for (SpecMap.Entry entry : sharedMap.get().entries()) {
            attributeNamed(entry.key().value()).ifPresent(attribute -> {
                if (!Values.isNone(attribute, entry.value())) {
                    Values.convert(attribute, entry.value(), "'" + attribute.name() + "' shared by " + where, problems)
                            .ifPresentOrElse(value -> shared.put(attribute.name(), value),
                                    () -> meant.add(attribute.name()));
                }
            });
        }
        attributes.stream().map(Attribute::name).filter(fields::misspelled).forEach(meant::add);
        return new Shared(shared, meant);
    }

    private Optional<Code> readCode(SpecMap map, String groupId, Shared shared, String groupWhere) {
        String label = map.get("code").filter(n -> n instanceof SpecScalar)
                .map(n -> "code '" + ((SpecScalar) n).value() + "'")
                .orElse("a code of " + groupWhere);
        Fields fields = new Fields(map, label, codeKeys, problems);
        boolean keyHasCode = key.stream().anyMatch(part -> part instanceof KeyPart.CodePart);
        Optional<String> code = fields.text("code", keyHasCode);
        if (!keyHasCode && fields.has("code")) {
            problems.report(fields.positionOf("code"), Message.CODE_NOT_IN_KEY, label);
        }
        Variants variants = readVariants(fields, shared, label);
        Map<String, AttributeValue> values = readValues(fields, shared, variants, label);
        Optional<String> description = fields.text("description", false);
        List<io.codebook.processor.model.Message> messages = readMessages(fields, label);
        PlaceholderCheck.Declared placeholders = placeholderCheck.readDeclared(fields, label);
        List<String> aliases = fields.textList("aliases");
        if (!aliases.isEmpty() && !keyHasCode) {
            problems.report(fields.positionOf("aliases"), Message.ALIAS_WITHOUT_CODE);
        }
        List<String> notes = fields.texts("notes");
        Optional<Deprecation> deprecation = DeprecationReader.read(fields, label, problems);
        placeholderCheck.check(fields, placeholders, label);
        Map<String, String> userText = localesStage.readUserText(fields, locales, placeholders.placeholders(),
                placeholders.complete(), label);

        List<Optional<String>> keyParts = new ArrayList<>();
        for (KeyPart part : key) {
            keyParts.add(part instanceof KeyPart.CodePart ? code
                    : Optional.ofNullable(values.get(part.name())).map(AttributeValue::wire));
        }
        if (keyHasCode && code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Code(0, code, values, description, messages, placeholders.placeholders(),
                fields.name("javaName"), aliases, notes, userText, variants.variants(), keyParts, groupId,
                deprecation, map.position()));
    }

    private Variants readVariants(Fields fields, Shared shared, String label) {
        List<Variant> variants = new ArrayList<>();
        List<Set<String>> given = new ArrayList<>();
        Optional<SpecList> list = fields.list("variants", false);
        if (list.isEmpty()) {
            return new Variants(variants, given);
        }
        if (list.get().items().size() < 2) {
            problems.report(list.get().position(), Message.VARIANTS_TOO_FEW, label);
        }
        List<String> known = new ArrayList<>(VARIANT_KEYS);
        attributes.stream().filter(a -> !isKeyPart(a)).forEach(a -> known.add(a.name()));
        known.addAll(declared.unreadable());
        for (SpecNode item : list.get().items()) {
            String what = "a variant of " + label;
            Optional<SpecMap> map = Fields.asMap(item, what, problems);
            if (map.isEmpty()) {
                continue;
            }
            Fields variant = new Fields(map.get(), what, known, problems);
            Map<String, AttributeValue> values = new LinkedHashMap<>();
            Set<String> names = new HashSet<>();
            for (Attribute attribute : attributes) {
                if (variant.misspelled(attribute.name())) {
                    names.add(attribute.name());
                }
                variant.node(attribute.name()).filter(n -> !isKeyPart(attribute)).ifPresent(node -> {
                    if (fields.has(attribute.name()) || shared.values().containsKey(attribute.name())) {
                        problems.report(node.position(), Message.VARIANT_VALUE_TWICE,
                                attribute.name(), label);
                    } else if (!Values.isNone(attribute, node)) {
                        Values.convert(attribute, node, "'" + attribute.name() + "' of " + what, problems)
                                .ifPresent(value -> values.put(attribute.name(), value));
                        names.add(attribute.name()); // valid or not: given
                    }
                });
            }
            variants.add(new Variant(variant.text("description", false), variant.text("when", false), values));
            given.add(names);
        }
        return new Variants(variants, given);
    }

    private boolean isKeyPart(Attribute attribute) {
        return key.stream().anyMatch(part -> part.name().equals(attribute.name()));
    }

    private Map<String, AttributeValue> readValues(Fields fields, Shared shared, Variants variants, String label) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            String name = attribute.name();
            if (variants.inAny(name)) {
                if (attribute.required()) {
                    problems.report(fields.positionOf("variants"), Message.VARIANT_REQUIRED_VALUE, label, name);
                }
                // the code's own value is the default, where there is one: its accessor never lacks one
                attribute.defaultValue().ifPresent(value -> values.put(name, value));
                continue;
            }
            Optional<SpecNode> node = fields.node(name);
            if (node.isPresent() && shared.values().containsKey(name)) {
                problems.report(node.get().position(), Message.SHARED_VALUE_REPEATED,
                        label, name);
                continue;
            }
            Optional<AttributeValue> value = Optional.empty();
            if (node.isPresent() && !Values.isNone(attribute, node.get())) {
                value = Values.convert(attribute, node.get(), "'" + name + "' of " + label, problems);
                if (value.isEmpty()) {
                    continue; // reported; a value given wrongly is not also a value missing
                }
            } else if (node.isEmpty()) {
                value = Optional.ofNullable(shared.values().get(name)).or(attribute::defaultValue);
            }
            if (value.isPresent() && attribute.required() && value.get() instanceof AttributeValue.Many many
                    && many.values().isEmpty()) {
                problems.report(node.map(SpecNode::position).orElse(fields.position()),
                        Message.REQUIRED_LIST_EMPTY, label, name);
            } else if (value.isPresent()) {
                values.put(name, value.get());
            } else if (attribute.required() && node.isEmpty() && !givenElsewhere(name, fields, shared)) {
                problems.report(fields.position(), Message.REQUIRED_VALUE_MISSING,
                        label, name);
            }
        }
        return values;
    }

    /**
     * Whether a value for the attribute is given, though not where or how it should be: under a
     * misspelled key of the code, wrongly in the group's {@code shared}, or as an invalid default.
     * Each of these is reported where it is written; the code does not lack the value as well.
     */
    private boolean givenElsewhere(String attribute, Fields code, Shared shared) {
        return code.misspelled(attribute) || shared.meant().contains(attribute)
                || declared.brokenDefaults().contains(attribute);
    }

    /** The vendor's message texts of a code (the model's {@code Message}, not a diagnostic one). */
    private List<io.codebook.processor.model.Message> readMessages(Fields fields, String label) {
        List<io.codebook.processor.model.Message> messages = new ArrayList<>();
        fields.list("messages", false).ifPresent(list -> {
            for (SpecNode item : list.items()) {
                String what = "a message of " + label;
                if (item instanceof SpecMap map) {
                    Fields message = new Fields(map, what, MESSAGE_KEYS, problems);
                    Optional<String> text = message.text("text", true);
                    Optional<String> description = message.text("description", false);
                    text.ifPresent(t -> messages.add(new io.codebook.processor.model.Message(t, description)));
                } else {
                    Fields.scalarText(item, what, problems)
                            .ifPresent(t -> messages.add(new io.codebook.processor.model.Message(t, Optional.empty())));
                }
            }
        });
        return messages;
    }

    private Optional<Attribute> attributeNamed(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
