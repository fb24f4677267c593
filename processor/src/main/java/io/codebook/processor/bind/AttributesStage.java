package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Role;
import io.codebook.processor.model.EnumValue;
import io.codebook.processor.model.Name;
import io.codebook.processor.naming.JavaNames;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code attributes} map: the typed columns of the vendor's tables. */
final class AttributesStage {

    static final List<String> ATTRIBUTE_KEYS =
            List.of("type", "list", "catalog", "required", "values", "noneValues", "default", "javaName", "description",
                    "role");
    static final List<String> ENUM_VALUE_KEYS = List.of("value", "javaName", "description", "aliases", "action");

    private final Problems problems;

    AttributesStage(Problems problems) {
        this.problems = problems;
    }

    List<Attribute> read(Optional<SpecMap> attributes) {
        List<Attribute> result = new ArrayList<>();
        if (attributes.isEmpty()) {
            return result;
        }
        for (SpecMap.Entry entry : attributes.get().entries()) {
            SpecScalar nameNode = entry.key();
            String name = nameNode.value();
            checkName(name, nameNode.position());
            Fields.asMap(entry.value(), "attribute '" + name + "'", problems)
                    .flatMap(map -> readOne(name, nameNode.position(),
                            new Fields(map, "attribute '" + name + "'", ATTRIBUTE_KEYS, problems)))
                    .ifPresent(result::add);
        }
        return result;
    }

    /** An attribute's name is a key of each code's map and its accessor's name. */
    private void checkName(String name, SpecPosition position) {
        if (!name.matches("[a-z][A-Za-z0-9]*") || !JavaNames.isIdentifier(name)) {
            problems.error(position, ProblemIds.JAVA_NAME,
                    "attribute name '" + name + "' must be a lowerCamel Java identifier such as 'httpStatus'"
                            + " (it becomes the accessor's name). Rename it.");
        } else if (GroupsStage.CODE_KEYS.contains(name)) {
            problems.error(position, ProblemIds.JAVA_NAME,
                    "attribute name '" + name + "' is reserved: it is a key every code may already have. Rename the"
                            + " attribute.");
        }
    }

    private Optional<Attribute> readOne(String name, SpecPosition position, Fields fields) {
        Optional<AttributeType> type = fields.text("type", true).flatMap(text -> {
            Optional<AttributeType> known = AttributeType.fromSpecName(text);
            if (known.isEmpty()) {
                problems.error(fields.positionOf("type"), ProblemIds.INVALID_VALUE,
                        "attribute '" + name + "' has type '" + text + "'; the types are enum, string, integer, boolean,"
                                + " code and action.");
            }
            return known;
        });
        boolean required = fields.bool("required", false).orElse(false);
        boolean list = fields.bool("list", false).orElse(false);
        Optional<String> catalog = fields.text("catalog", false);
        catalog.ifPresent(id -> {
            if (type.isPresent() && type.get() != AttributeType.CODE) {
                problems.error(fields.positionOf("catalog"), ProblemIds.INVALID_VALUE,
                        "only attributes of type code name a 'catalog'. Remove it, or make '" + name + "' of type code.");
            } else if (!SpecLocator.CATALOG_ID.matcher(id).matches()) {
                problems.error(fields.positionOf("catalog"), ProblemIds.INVALID_VALUE,
                        "'" + id + "' is not a catalog id: ids are lower-case words joined by '-'.");
            }
        });
        if (list && (fields.has("default") || fields.has("noneValues"))) {
            problems.error(fields.positionOf(fields.has("default") ? "default" : "noneValues"), ProblemIds.INVALID_VALUE,
                    "list attribute '" + name + "' cannot have a default or 'noneValues': a code without values has"
                            + " an empty list.");
        }
        Optional<Name> enumJavaName = fields.name("javaName");
        Optional<String> description = fields.text("description", false);
        List<String> noneValues = fields.textList("noneValues");
        if (!noneValues.isEmpty() && required) {
            problems.error(fields.positionOf("noneValues"), ProblemIds.INVALID_VALUE,
                    "attribute '" + name + "' is required, so it cannot have 'noneValues'. Make it optional or remove them.");
        }
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<EnumValue> values = List.of();
        if (type.get().listsValues()) {
            values = readEnumValues(name, fields);
        } else if (fields.has("values")) {
            problems.error(fields.positionOf("values"), ProblemIds.INVALID_VALUE,
                    "attribute '" + name + "' is of type " + type.get().specName()
                            + "; only enum attributes list 'values'. Remove them or make the type enum.");
        }
        Optional<Role> role = readRole(name, fields, type.get(), list, required, values);
        Attribute withoutDefault = new Attribute(name, type.get(), list, catalog, required, enumJavaName, values,
                noneValues, Optional.empty(), description, role, position, fields.positionOf("catalog").equals(
                        fields.position()) ? position : fields.positionOf("catalog"));
        Optional<AttributeValue> defaultValue = fields.node("default")
                .flatMap(node -> Values.convert(withoutDefault, node, "the default of attribute '" + name + "'", problems));
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
            problems.error(fields.positionOf("role"), ProblemIds.INVALID_VALUE, "role '" + text.get() + "' is unknown;"
                    + " the roles are canonical-reason, reason-action and vendor-default-action.");
            return Optional.empty();
        }
        boolean actionLike = type == AttributeType.ACTION
                || (type == AttributeType.ENUM && !values.isEmpty() && values.stream().allMatch(v -> v.action().isPresent()));
        String problem = switch (role.get()) {
            case CANONICAL_REASON -> type == AttributeType.CODE && !list && required ? null
                    : "a required, single attribute of type code";
            case REASON_ACTION, VENDOR_DEFAULT_ACTION -> actionLike && !list && required ? null
                    : "a required, single attribute of type action (or an enum whose every value names an 'action')";
        };
        if (problem != null) {
            problems.error(fields.positionOf("role"), ProblemIds.INVALID_VALUE,
                    "role " + role.get().specName() + " needs " + problem + "; attribute '" + name + "' is not one.");
            return Optional.empty();
        }
        return role;
    }

    private List<EnumValue> readEnumValues(String attribute, Fields fields) {
        List<EnumValue> values = new ArrayList<>();
        Optional<io.codebook.processor.yaml.SpecList> list = fields.list("values", true);
        if (list.isEmpty()) {
            return values;
        }
        if (list.get().items().isEmpty()) {
            problems.error(list.get().position(), ProblemIds.MISSING_KEY,
                    "enum attribute '" + attribute + "' lists no values. List the values the vendor uses.");
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
                    problems.error(item.position(), ProblemIds.DUPLICATE_ID,
                            "value '" + spelling + "' of attribute '" + attribute + "' is listed twice (first at "
                                    + first + "). Remove one.");
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
            action.filter(a -> !Actions.isAction(a)).ifPresent(a -> problems.error(fields.positionOf("action"),
                    ProblemIds.INVALID_VALUE, "'" + a + "' is not a next action; the actions are "
                            + String.join(", ", Actions.SPEC_NAMES) + "."));
            return value.map(v -> new EnumValue(v, javaName, description, aliases, action.filter(Actions::isAction),
                    fields.positionOf("value")));
        }
        return Fields.scalarText(item, what, problems)
                .map(v -> new EnumValue(v, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        item.position()));
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
