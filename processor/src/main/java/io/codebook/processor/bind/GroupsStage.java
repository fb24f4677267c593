package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.LocaleDeclaration;
import io.codebook.processor.model.Message;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.NamePattern;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.Variant;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code groups} list: the document's sections and the codes each lists. */
final class GroupsStage {

    static final List<String> GROUP_KEYS =
            List.of("id", "title", "javaName", "javaNamePattern", "description", "shared", "notes", "codes");
    static final List<String> CODE_KEYS =
            List.of("code", "description", "messages", "placeholders", "javaName", "aliases", "notes", "userText",
                    "variants");
    static final List<String> VARIANT_KEYS = List.of("description", "when");
    static final List<String> MESSAGE_KEYS = List.of("text", "description");

    private final Problems problems;
    private final List<Attribute> attributes;
    private final List<KeyPart> key;
    private final List<String> codeKeys;
    private final PlaceholderCheck placeholderCheck;
    private final List<LocaleDeclaration> locales;
    private final LocalesStage localesStage;

    GroupsStage(Problems problems, List<Attribute> attributes, List<KeyPart> key, List<LocaleDeclaration> locales) {
        this.problems = problems;
        this.locales = locales;
        this.localesStage = new LocalesStage(problems);
        this.attributes = attributes;
        this.key = key;
        List<String> known = new ArrayList<>(CODE_KEYS);
        attributes.forEach(a -> known.add(a.name()));
        this.codeKeys = List.copyOf(known);
        this.placeholderCheck = new PlaceholderCheck(problems);
    }

    List<Group> read(Optional<SpecList> groups) {
        List<Group> result = new ArrayList<>();
        if (groups.isEmpty()) {
            return result;
        }
        if (groups.get().items().isEmpty()) {
            problems.error(groups.get().position(), ProblemIds.MISSING_KEY,
                    "the catalog has no groups, so no codes. Add the document's sections with their codes.");
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
        Optional<String> id = fields.uniqueId("group", "document-and-ocr", ids);
        String where = "group '" + id.orElse("?") + "'";
        Optional<String> title = fields.text("title", true);
        Optional<Name> javaName = fields.name("javaName");
        Optional<NamePattern> javaNamePattern = NamePatternReader.read(fields, problems);
        Optional<String> description = fields.text("description", false);
        List<String> notes = fields.texts("notes");
        Map<String, AttributeValue> shared = readShared(fields.submap("shared", false), where);
        List<Code> codes = new ArrayList<>();
        fields.list("codes", true).ifPresent(list -> {
            if (list.items().isEmpty()) {
                problems.error(list.position(), ProblemIds.MISSING_KEY,
                        where + " lists no codes. Add its codes, or remove the group.");
            }
            for (SpecNode item : list.items()) {
                Fields.asMap(item, "a code of " + where, problems)
                        .flatMap(map -> readCode(map, id.orElse(""), shared, where))
                        .ifPresent(codes::add);
            }
        });
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Group(id.get(), title.get(), javaName, javaNamePattern, description, notes, shared, codes,
                fields.positionOf("id")));
    }

    private Map<String, AttributeValue> readShared(Optional<SpecMap> sharedMap, String where) {
        Map<String, AttributeValue> shared = new LinkedHashMap<>();
        if (sharedMap.isEmpty()) {
            return shared;
        }
        List<String> names = attributes.stream().map(Attribute::name).toList();
        new Fields(sharedMap.get(), "'shared' of " + where, names, problems);
        for (SpecMap.Entry entry : sharedMap.get().entries()) {
            attributeNamed(entry.key().value()).ifPresent(attribute -> {
                if (!Values.isNone(attribute, entry.value())) {
                    Values.convert(attribute, entry.value(), "'" + attribute.name() + "' shared by " + where, problems)
                            .ifPresent(value -> shared.put(attribute.name(), value));
                }
            });
        }
        return shared;
    }

    private Optional<Code> readCode(SpecMap map, String groupId, Map<String, AttributeValue> shared, String groupWhere) {
        String label = map.get("code").filter(n -> n instanceof io.codebook.processor.yaml.SpecScalar)
                .map(n -> "code '" + ((io.codebook.processor.yaml.SpecScalar) n).value() + "'")
                .orElse("a code of " + groupWhere);
        Fields fields = new Fields(map, label, codeKeys, problems);
        boolean keyHasCode = key.stream().anyMatch(part -> part instanceof KeyPart.CodePart);
        Optional<String> code = fields.text("code", keyHasCode);
        if (!keyHasCode && fields.has("code")) {
            problems.error(fields.positionOf("code"), ProblemIds.UNKNOWN_KEY,
                    "this catalog's key does not include 'code', so " + label
                            + " cannot have one. Add 'code' to the catalog's 'key' or remove it here.");
        }
        List<Variant> variants = readVariants(fields, shared, label);
        Map<String, AttributeValue> values = readValues(fields, shared, variants, label);
        Optional<String> description = fields.text("description", false);
        List<Message> messages = readMessages(fields, label);
        List<Placeholder> placeholders = placeholderCheck.readDeclared(fields, label);
        List<String> aliases = fields.textList("aliases");
        if (!aliases.isEmpty() && !keyHasCode) {
            problems.error(fields.positionOf("aliases"), ProblemIds.INVALID_VALUE,
                    "aliases are other spellings of 'code', and this catalog's key has no 'code'. Remove them.");
        }
        List<String> notes = fields.texts("notes");
        placeholderCheck.check(fields, placeholders, label);
        Map<String, String> userText = localesStage.readUserText(fields, locales, placeholders, label);

        List<Optional<String>> keyParts = new ArrayList<>();
        for (KeyPart part : key) {
            keyParts.add(part instanceof KeyPart.CodePart ? code
                    : Optional.ofNullable(values.get(part.name())).map(AttributeValue::wire));
        }
        if (keyHasCode && code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Code(0, code, values, description, messages, placeholders,
                fields.name("javaName"), aliases, notes, userText, variants, keyParts, groupId, map.position()));
    }

    private List<Variant> readVariants(Fields fields, Map<String, AttributeValue> shared, String label) {
        List<Variant> variants = new ArrayList<>();
        Optional<SpecList> list = fields.list("variants", false);
        if (list.isEmpty()) {
            return variants;
        }
        if (list.get().items().size() < 2) {
            problems.error(list.get().position(), ProblemIds.INVALID_VALUE,
                    label + " has fewer than two variants. Variants are for a code printed in several rows; give"
                            + " a single row's facts on the code itself.");
        }
        List<String> known = new ArrayList<>(VARIANT_KEYS);
        attributes.stream().filter(a -> !isKeyPart(a)).forEach(a -> known.add(a.name()));
        for (SpecNode item : list.get().items()) {
            String what = "a variant of " + label;
            Optional<SpecMap> map = Fields.asMap(item, what, problems);
            if (map.isEmpty()) {
                continue;
            }
            Fields variant = new Fields(map.get(), what, known, problems);
            Map<String, AttributeValue> values = new LinkedHashMap<>();
            for (Attribute attribute : attributes) {
                variant.node(attribute.name()).filter(n -> !isKeyPart(attribute)).ifPresent(node -> {
                    if (fields.has(attribute.name()) || shared.containsKey(attribute.name())) {
                        problems.error(node.position(), ProblemIds.INVALID_VALUE,
                                "'" + attribute.name() + "' is given on " + label + " (or its group) and in a variant."
                                        + " Keep what all rows share on the code and what differs in the variants.");
                    } else if (!Values.isNone(attribute, node)) {
                        Values.convert(attribute, node, "'" + attribute.name() + "' of " + what, problems)
                                .ifPresent(value -> values.put(attribute.name(), value));
                    }
                });
            }
            variants.add(new Variant(variant.text("description", false), variant.text("when", false), values));
        }
        return variants;
    }

    private boolean isKeyPart(Attribute attribute) {
        return key.stream().anyMatch(part -> part.name().equals(attribute.name()));
    }

    private Map<String, AttributeValue> readValues(Fields fields, Map<String, AttributeValue> shared,
            List<Variant> variants, String label) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            boolean inVariants = variants.stream().anyMatch(v -> v.values().containsKey(attribute.name()));
            if (inVariants) {
                if (attribute.required() && !variants.stream().allMatch(v -> v.values().containsKey(attribute.name()))) {
                    problems.error(fields.positionOf("variants"), ProblemIds.MISSING_KEY,
                            label + " gives the required attribute '" + attribute.name()
                                    + "' in some variants only. Give it in every variant, or on the code.");
                }
                continue;
            }
            Optional<SpecNode> node = fields.node(attribute.name());
            if (node.isPresent() && shared.containsKey(attribute.name())) {
                problems.error(node.get().position(), ProblemIds.INVALID_VALUE,
                        label + " gives '" + attribute.name() + "', which its group already shares with all its codes."
                                + " Remove it here, or move the code to a group with that value.");
                continue;
            }
            Optional<AttributeValue> value = Optional.empty();
            if (node.isPresent() && !Values.isNone(attribute, node.get())) {
                value = Values.convert(attribute, node.get(), "'" + attribute.name() + "' of " + label, problems);
                if (value.isEmpty()) {
                    continue; // already reported
                }
            } else if (node.isEmpty()) {
                value = Optional.ofNullable(shared.get(attribute.name())).or(attribute::defaultValue);
            }
            if (value.isPresent() && attribute.required() && value.get() instanceof AttributeValue.Many many
                    && many.values().isEmpty()) {
                problems.error(node.map(SpecNode::position).orElse(fields.position()), ProblemIds.MISSING_KEY,
                        label + " needs at least one value for the required list attribute '" + attribute.name() + "'.");
            } else if (value.isPresent()) {
                values.put(attribute.name(), value.get());
            } else if (attribute.required()) {
                problems.error(fields.position(), ProblemIds.MISSING_KEY,
                        label + " needs a value for the required attribute '" + attribute.name()
                                + "'. Add it here or in the group's 'shared'.");
            }
        }
        return values;
    }

    private List<Message> readMessages(Fields fields, String label) {
        List<Message> messages = new ArrayList<>();
        fields.list("messages", false).ifPresent(list -> {
            for (SpecNode item : list.items()) {
                String what = "a message of " + label;
                if (item instanceof SpecMap map) {
                    Fields message = new Fields(map, what, MESSAGE_KEYS, problems);
                    Optional<String> text = message.text("text", true);
                    Optional<String> description = message.text("description", false);
                    text.ifPresent(t -> messages.add(new Message(t, description)));
                } else {
                    Fields.scalarText(item, what, problems).ifPresent(t -> messages.add(new Message(t, Optional.empty())));
                }
            }
        });
        return messages;
    }

    private Optional<Attribute> attributeNamed(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
