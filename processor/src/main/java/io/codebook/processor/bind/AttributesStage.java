package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Deprecation;
import io.codebook.processor.model.EnumValue;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.Role;
import io.codebook.processor.naming.JavaNames;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code attributes} map: the typed columns of the vendor's tables. */
final class AttributesStage {

    static final List<String> ATTRIBUTE_KEYS = SpecGrammar.ATTRIBUTE.names();
    static final List<String> ENUM_VALUE_KEYS = SpecGrammar.ENUM_VALUE.names();

    /**
     * The attributes that could be read, and what the stages after this one need to know about the
     * others so that a mistake in a declaration is not reported again at every code using it.
     *
     * @param attributes the attributes that could be read
     * @param unreadable the names of attributes that are declared but could not be read (why is
     *     reported): codes may still give them, and nothing is checked about their values
     * @param brokenDefaults the names of attributes whose {@code default} is given but is not a valid
     *     value (reported): a code without a value of its own has that default, so none is missing
     */
    record Declared(List<Attribute> attributes, Set<String> unreadable, Set<String> brokenDefaults) {

        static final Declared NONE = new Declared(List.of(), Set.of(), Set.of());

        Declared {
            attributes = List.copyOf(attributes);
            unreadable = Set.copyOf(unreadable);
            brokenDefaults = Set.copyOf(brokenDefaults);
        }

        /** Every declared name, readable or not: the keys a code may have besides its own. */
        Set<String> names() {
            Set<String> names = new LinkedHashSet<>(AttributesStage.names(attributes));
            names.addAll(unreadable);
            return names;
        }
    }

    private final Problems problems;
    private final Set<String> unreadable = new HashSet<>();
    private final Set<String> brokenDefaults = new HashSet<>();

    AttributesStage(Problems problems) {
        this.problems = problems;
    }

    Declared read(Optional<SpecMap> attributes) {
        List<Attribute> result = new ArrayList<>();
        if (attributes.isEmpty()) {
            return Declared.NONE;
        }
        for (SpecMap.Entry entry : attributes.get().entries()) {
            SpecScalar nameNode = entry.key();
            String name = nameNode.value();
            checkName(name, nameNode.position());
            Optional<Attribute> attribute = Fields.asMap(entry.value(), "attribute '" + name + "'", problems)
                    .flatMap(map -> readOne(name, nameNode.position(),
                            new Fields(map, "attribute '" + name + "'", ATTRIBUTE_KEYS, problems)));
            attribute.ifPresentOrElse(result::add, () -> unreadable.add(name));
        }
        return new Declared(result, unreadable, brokenDefaults);
    }

    /** An attribute's name is a key of each code's map and its accessor's name. */
    private void checkName(String name, SpecPosition position) {
        if (!name.matches("[a-z][A-Za-z0-9]*") || !JavaNames.isIdentifier(name)) {
            problems.report(position, Message.ATTRIBUTE_NAME, name);
        } else if (GroupsStage.CODE_KEYS.contains(name)) {
            problems.report(position, Message.ATTRIBUTE_NAME_RESERVED, name);
        }
    }

    /** The attribute, or empty when it cannot be read well enough to check values against it. */
    private Optional<Attribute> readOne(String name, SpecPosition position, Fields fields) {
        Optional<AttributeType> type = fields.text("type", true).flatMap(text -> {
            Optional<AttributeType> known = AttributeType.fromSpecName(text);
            if (known.isEmpty()) {
                List<String> types = Arrays.stream(AttributeType.values()).map(AttributeType::specName).toList();
                problems.report(fields.positionOf("type"), Message.ATTRIBUTE_TYPE, name, text,
                        Suggestions.hint(text, types));
            }
            return known;
        });
        boolean required = fields.bool("required", false).orElse(false);
        boolean list = fields.bool("list", false).orElse(false);
        Optional<String> catalog = fields.text("catalog", false);
        boolean catalogValid = catalog.map(id -> {
            if (type.isPresent() && type.get() != AttributeType.CODE) {
                problems.report(fields.positionOf("catalog"), Message.ATTRIBUTE_CATALOG_NOT_CODE, name);
                return true; // a type code attribute was not meant: nothing refers to that catalog
            }
            if (!SpecLocator.CATALOG_ID.matcher(id).matches()) {
                problems.report(fields.positionOf("catalog"), Message.ATTRIBUTE_CATALOG_ID, id);
                return false;
            }
            return true;
        }).orElse(true);
        if (list && (fields.has("default") || fields.has("noneValues"))) {
            problems.report(fields.positionOf(fields.has("default") ? "default" : "noneValues"),
                    Message.LIST_ATTRIBUTE_DEFAULT, name);
        }
        Optional<Name> enumJavaName = fields.name("javaName");
        Optional<String> description = fields.text("description", false);
        List<String> noneValues = fields.textList("noneValues");
        if (!noneValues.isEmpty() && (required || fields.has("default"))) {
            // an accessor that never lacks a value has nothing to return for a code the spec gives none
            problems.report(fields.positionOf("noneValues"), Message.REQUIRED_WITH_NONE_VALUES, name,
                    required ? "is required" : "has a default");
        }
        if (type.isEmpty() || !catalogValid) {
            // without its type (or the catalog its codes come from) no value can be checked against it
            return Optional.empty();
        }
        List<EnumValue> values = List.of();
        if (type.get().listsValues()) {
            values = readEnumValues(name, fields);
        } else if (fields.has("values")) {
            problems.report(fields.positionOf("values"), Message.VALUES_NOT_ENUM, name, type.get().specName());
        }
        Optional<Role> role = readRole(name, fields, type.get(), list, required, values);
        Attribute withoutDefault = new Attribute(name, type.get(), list, catalog, required, enumJavaName, values,
                noneValues, Optional.empty(), description, role, position, fields.positionOf("catalog").equals(
                        fields.position()) ? position : fields.positionOf("catalog"));
        Optional<SpecNode> defaultNode = fields.node("default");
        Optional<AttributeValue> defaultValue = defaultNode
                .flatMap(node -> Values.convert(withoutDefault, node, "the default of attribute '" + name + "'", problems));
        if (defaultNode.isPresent() && defaultValue.isEmpty()) {
            brokenDefaults.add(name);
        }
        return Optional.of(withoutDefault.withDefault(defaultValue));
    }

    /** A role only fits attributes that can fill the runtime method it names. */
    private Optional<Role> readRole(String name, Fields fields, AttributeType type, boolean list, boolean required,
            List<EnumValue> values) {
        Optional<String> text = fields.text("role", false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Role> role = Role.fromSpecName(text.get());
        if (role.isEmpty()) {
            List<String> roles = Arrays.stream(Role.values()).map(Role::specName).toList();
            problems.report(fields.positionOf("role"), Message.ROLE_UNKNOWN, text.get(), Suggestions.hint(text.get(), roles));
            return Optional.empty();
        }
        boolean actionLike = type == AttributeType.ACTION
                || (type == AttributeType.ENUM && !values.isEmpty() && values.stream().allMatch(v -> v.action().isPresent()));
        String problem = switch (role.get()) {
            case CANONICAL_REASON -> type == AttributeType.CODE && !list && required ? null
                    : "a required, single attribute of type code";
            case REASON_ACTION, VENDOR_DEFAULT_ACTION -> actionLike && !list && required ? null
                    : "a required, single attribute of type action (or an enum whose every value names an 'action')";
            case ACTION_OVERRIDE -> type == AttributeType.ACTION && !list ? null
                    : "a single attribute of type action, set only on the codes it overrides";
        };
        if (problem != null) {
            problems.report(fields.positionOf("role"), Message.ROLE_MISMATCH, role.get().specName(), problem, name);
            return Optional.empty();
        }
        return role;
    }

    private List<EnumValue> readEnumValues(String attribute, Fields fields) {
        List<EnumValue> values = new ArrayList<>();
        Optional<SpecList> list = fields.list("values", true);
        if (list.isEmpty()) {
            return values;
        }
        if (list.get().items().isEmpty()) {
            problems.report(list.get().position(), Message.ENUM_NO_VALUES, attribute);
        }
        Map<String, SpecPosition> spellings = new HashMap<>();
        for (SpecNode item : list.get().items()) {
            Optional<EnumValue> value = readEnumValue(attribute, item);
            if (value.isEmpty()) {
                continue;
            }
            for (String spelling : concat(value.get().value(), value.get().aliases())) {
                SpecPosition first = spellings.putIfAbsent(spelling, item.position());
                if (first != null) {
                    problems.report(item.position(), Message.ENUM_VALUE_DUPLICATE, spelling, attribute, first);
                }
            }
            values.add(value.get());
        }
        return values;
    }

    private Optional<EnumValue> readEnumValue(String attribute, SpecNode item) {
        String what = "a value of attribute '" + attribute + "'";
        if (item instanceof SpecMap map) {
            Fields fields = new Fields(map, what, ENUM_VALUE_KEYS, problems);
            Optional<String> value = fields.text("value", true);
            Optional<Name> javaName = fields.name("javaName");
            Optional<String> description = fields.text("description", false);
            List<String> aliases = fields.textList("aliases");
            Optional<String> action = fields.text("action", false);
            fields.node("action").ifPresent(node -> action.ifPresent(a -> Values.isAction(a, node, problems)));
            Optional<Deprecation> deprecation = DeprecationReader.read(fields, what, problems);
            return value.map(v -> new EnumValue(v, javaName, description, aliases, action.filter(Actions::isAction),
                    deprecation, fields.positionOf("value")));
        }
        return Fields.scalarText(item, what, problems)
                .map(v -> new EnumValue(v, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        Optional.empty(), item.position()));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The attribute names, for "did you mean" and for which keys a code may have. */
    static Set<String> names(List<Attribute> attributes) {
        return Set.copyOf(attributes.stream().map(Attribute::name).toList());
    }
}
