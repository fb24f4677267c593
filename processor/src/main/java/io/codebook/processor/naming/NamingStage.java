package io.codebook.processor.naming;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.EnumValue;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Responses;
import io.codebook.processor.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The naming authority: gives every identifier a catalog generates its name, once, and reports
 * every name that would not compile or would clash, at the spec's position and naming both
 * places. It runs after binding; generators take all names from the {@link CatalogNames} it
 * returns. Names that clash with other catalogs of the same package are checked by
 * {@link PackageCheck} once every catalog is named.
 */
public final class NamingStage {

    private static final String RENAME = "Give it another 'javaName'.";

    private final ExistingTypes existing;

    /** @param existing the types the target packages already have, which generated types may not shadow */
    public NamingStage(ExistingTypes existing) {
        this.existing = existing;
    }

    /** The catalog's names; every problem with them is in {@code problems}. */
    public CatalogNames name(Catalog catalog, String packageName, Problems problems) {
        return new Run(catalog, packageName, problems).names();
    }

    private final class Run {
        private final Catalog catalog;
        private final String packageName;
        private final Problems problems;
        private final List<Code> codes;

        Run(Catalog catalog, String packageName, Problems problems) {
            this.catalog = catalog;
            this.packageName = packageName;
            this.problems = problems;
            this.codes = catalog.codes();
        }

        CatalogNames names() {
            Map<String, Taken> topLevel = new HashMap<>();
            String codeType = typeName(catalog.javaName(), JavaNames.typeName(catalog.id()) + "Code",
                    "catalog '" + catalog.id() + "'", "javaName", topLevel);
            String tableType = codeType + Reserved.TABLE_SUFFIX;
            claimType(topLevel, tableType, "its package-private table", catalog.javaName()
                    .map(Name::position).orElse(catalog.position()));
            Optional<String> outcomeType = catalog.outcomes().isEmpty() ? Optional.empty()
                    : Optional.of(typeName(catalog.outcomeJavaName(), JavaNames.typeName(catalog.id()) + "Outcome",
                            "the outcomes of catalog '" + catalog.id() + "'", "outcomeJavaName", topLevel));
            Optional<String> responseType = catalog.responses().map(r -> typeName(r.javaName(),
                    JavaNames.typeName(catalog.id()) + Reserved.RESPONSE_SUFFIX, "the responses of catalog '"
                            + catalog.id() + "'", "javaName", topLevel));
            responseType.ifPresent(type -> claimType(topLevel, type + Reserved.READER_SUFFIX, "its package-private reader",
                    responsePosition()));
            for (String type : outcomeType.map(o -> List.of(codeType, tableType, o)).orElse(List.of(codeType, tableType))) {
                if (existing.hasForeignType(packageName, type)) {
                    problems.report(explicitOr(type.equals(outcomeType.orElse(null)) ? catalog.outcomeJavaName()
                                    : catalog.javaName()), Message.NAME_TYPE_EXISTS, catalog.id(),
                            qualified(type), type.equals(outcomeType.orElse(null)) ? "outcomeJavaName" : "javaName");
                }
            }
            responseType.stream().flatMap(type -> java.util.stream.Stream.of(type, type + Reserved.READER_SUFFIX))
                    .filter(type -> existing.hasForeignType(packageName, type))
                    .forEach(type -> problems.report(responsePosition(), Message.NAME_TYPE_EXISTS, catalog.id(),
                            qualified(type), "'javaName' of 'responses'"));
            Map<String, String> enumTypes = codeTypeNestedTypes(codeType);
            checkAccessors();
            Map<String, Map<String, String>> values = new HashMap<>();
            for (Attribute attribute : catalog.attributes()) {
                if (attribute.type() == AttributeType.ENUM) {
                    values.put(attribute.name(), valueConstants(attribute));
                }
            }
            Set<String> nestedTypes = new HashSet<>(enumTypes.values());
            nestedTypes.addAll(Reserved.CODE_TYPE_NESTED);
            nestedTypes.add(codeType);
            List<String> constants = constants(values, nestedTypes);
            List<String> handlers = handlers(constants);
            Map<String, String> groups = groupConstants();
            Map<String, CatalogNames.OutcomeNames> outcomes = outcomeType.map(this::outcomes).orElse(Map.of());
            Set<String> shadowed = new TreeSet<>();
            for (String name : Reserved.JAVA_LANG_IN_GENERATED_CODE) {
                if (existing.hasForeignType(packageName, name)) {
                    shadowed.add(name);
                }
            }
            Optional<CatalogNames.ResponseNames> responses = responseType.map(this::responses);
            return new CatalogNames(packageName, codeType, tableType, outcomeType, constants, handlers, groups,
                    enumTypes, values, outcomes, responses, shadowed);
        }

        /** Where the response type's name is written, else where 'responses' is. */
        private SpecPosition responsePosition() {
            return catalog.responses().map(r -> r.javaName().map(Name::position).orElse(r.position()))
                    .orElse(catalog.position());
        }

        // --- responses -----------------------------------------------------------------------------

        private CatalogNames.ResponseNames responses(String responseType) {
            Responses spec = catalog.responses().orElseThrow();
            Map<String, Taken> nested = new HashMap<>();
            for (String reserved : Reserved.RESPONSE_NESTED) {
                nested.put(reserved.toLowerCase(Locale.ROOT),
                        new Taken(reserved, "the generated " + responseType + "." + reserved, spec.position()));
            }
            claimType(nested, responseType, "the response type " + responseType, responsePosition());
            Map<String, Responses.Shape> handlers = new HashMap<>();
            Map<String, CatalogNames.ShapeNames> shapes = new LinkedHashMap<>();
            for (Responses.Shape shape : spec.shapes()) {
                String owner = "shape '" + shape.id() + "'";
                String type = shape.javaName().map(Name::value).orElse(JavaNames.typeName(shape.id()));
                SpecPosition position = shape.javaName().map(Name::position).orElse(shape.position());
                boolean valid = checkTypeName(type, owner, shape.javaName().isPresent() ? "'javaName'" : "its derived name",
                        position) && claimType(nested, type, owner, position);
                String handler = JavaNames.memberName(type, Reserved.RESPONSE_HANDLERS);
                Responses.Shape first = handlers.putIfAbsent(handler, shape);
                if (first != null && valid) {
                    problems.report(shape.position(), Message.NAME_CLASH_MEMBER, owner + "'s handler", handler + "()",
                            "the handler of shape '" + first.id() + "' at " + first.position());
                }
                shapes.put(shape.id(), new CatalogNames.ShapeNames(type, handler, components(shape, owner)));
            }
            return new CatalogNames.ResponseNames(responseType, responseType + Reserved.READER_SUFFIX, shapes);
        }

        /** The component holding each outcome of a shape: its kind's name, plural when one per element. */
        private List<String> components(Responses.Shape shape, String owner) {
            List<String> components = new ArrayList<>();
            Map<String, Responses.Build> taken = new HashMap<>();
            for (Responses.Build build : shape.outcomes()) {
                String kindType = catalog.outcomes().stream().filter(o -> o.id().equals(build.kind())).findFirst()
                        .map(o -> o.javaName().map(Name::value).orElse(JavaNames.typeName(o.id())))
                        .orElse(JavaNames.typeName(build.kind()));
                String derived = JavaNames.memberName(kindType, Set.of());
                String component = build.name().orElse(build.each().isPresent() ? JavaNames.plural(derived) : derived);
                components.add(component);
                String what = "the component of outcome '" + build.kind() + "' in " + owner;
                if (Reserved.RESPONSE_COMPONENTS.contains(component) || !JavaNames.isIdentifier(component)) {
                    problems.report(build.position(), Message.NAME_RESERVED, what, component,
                            "is taken in every response record", "Give the outcome a 'name'.");
                    continue;
                }
                Responses.Build first = taken.putIfAbsent(component, build);
                if (first != null) {
                    problems.report(build.position(), Message.NAME_CLASH_MEMBER, what, component,
                            "the component of the outcome at " + first.position() + "; give one a 'name'");
                }
            }
            return components;
        }

        /** Where an explicit name is written, else where the catalog starts. */
        private SpecPosition explicitOr(Optional<Name> name) {
            return name.map(Name::position).orElse(catalog.position());
        }

        private String qualified(String simpleName) {
            return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        }

        // --- types -------------------------------------------------------------------------------

        private String typeName(Optional<Name> explicit, String derived, String owner, String key,
                Map<String, Taken> scope) {
            String name = explicit.map(Name::value).orElse(derived);
            SpecPosition position = explicitOr(explicit);
            if (!checkTypeName(name, owner, explicit.isPresent() ? "'" + key + "'" : "its derived name", position)) {
                return name;
            }
            claimType(scope, name, owner, position);
            return name;
        }

        /** Whether {@code name} can be a generated type's name; reports why not. */
        private boolean checkTypeName(String name, String owner, String origin, SpecPosition position) {
            if (!JavaNames.isTypeStyle(name)) {
                problems.report(position, Message.NAME_NOT_AN_IDENTIFIER, name, "type name", owner,
                        "Use an UpperCamel name such as 'IdAnalyzerWarning'.");
                return false;
            }
            if (Reserved.JAVA_LANG.contains(name)) {
                problems.report(position, Message.NAME_RESERVED, owner + " (" + origin + ")", name,
                        "would hide java.lang." + name + " from the code around it", RENAME);
                return false;
            }
            return true;
        }

        /** Takes {@code name} in {@code scope} for {@code owner}; reports whoever has it already. */
        private boolean claimType(Map<String, Taken> scope, String name, String owner, SpecPosition position) {
            Taken first = scope.putIfAbsent(name.toLowerCase(Locale.ROOT), new Taken(name, owner, position));
            if (first != null) {
                problems.report(position, Message.NAME_CLASH_TYPE, owner, name, first.owner() + " at " + first.position());
            }
            return first == null;
        }

        /** The nested types of the code type: the generator's own and one per enum attribute. */
        private Map<String, String> codeTypeNestedTypes(String codeType) {
            Map<String, Taken> nested = new HashMap<>();
            for (String reserved : Reserved.CODE_TYPE_NESTED) {
                nested.put(reserved.toLowerCase(Locale.ROOT),
                        new Taken(reserved, "the generated " + codeType + "." + reserved, catalog.position()));
            }
            // a nested type may not have the name of the type around it
            claimType(nested, codeType, "the catalog's own type " + codeType, explicitOr(catalog.javaName()));
            Map<String, String> enumTypes = new LinkedHashMap<>();
            for (Attribute attribute : catalog.attributes()) {
                if (attribute.type() != AttributeType.ENUM) {
                    continue;
                }
                String owner = "attribute '" + attribute.name() + "'";
                String name = enumType(attribute);
                SpecPosition position = attribute.enumJavaName().map(Name::position).orElse(attribute.position());
                enumTypes.put(attribute.name(), name);
                if (!checkTypeName(name, owner, attribute.enumJavaName().isPresent() ? "'javaName'" : "its derived name",
                        position)) {
                    continue;
                }
                if (Reserved.PART_NAME.matcher(name).matches()) {
                    problems.report(position, Message.NAME_RESERVED, owner, name,
                            "is the name of a part of a catalog too large for one class", RENAME);
                    continue;
                }
                claimType(nested, name, owner, position);
            }
            return enumTypes;
        }

        /** Attribute names are accessor names: none may be a method every code type already has. */
        private void checkAccessors() {
            boolean variants = catalog.hasVariants();
            for (Attribute attribute : catalog.attributes()) {
                boolean roleMethod = attribute.role().map(Role::method).filter(attribute.name()::equals).isPresent();
                if (Reserved.CODE_TYPE_METHODS.contains(attribute.name()) && !roleMethod) {
                    problems.report(attribute.position(), Message.NAME_RESERVED, "attribute '" + attribute.name() + "'",
                            attribute.name() + "()", "every generated code already has", "Rename the attribute.");
                } else if (variants && Reserved.VARIANT_METHODS.contains(attribute.name())
                        && codes.stream().flatMap(c -> c.variants().stream())
                                .anyMatch(v -> v.values().containsKey(attribute.name()))) {
                    problems.report(attribute.position(), Message.NAME_RESERVED, "attribute '" + attribute.name() + "'",
                            attribute.name() + "()", "every generated Variant already has", "Rename the attribute.");
                }
            }
        }

        // --- constants ---------------------------------------------------------------------------

        /** The code constants; none may take the exact name of a type it would hide ({@code X1.fromValue}). */
        private List<String> constants(Map<String, Map<String, String>> values, Set<String> nestedTypes) {
            List<String> constants = new ArrayList<>(codes.size());
            Map<String, Code> taken = new HashMap<>();
            Map<List<Optional<String>>, Code> keys = new HashMap<>();
            NamePatterns patterns = new NamePatterns(catalog, values, problems);
            for (Code code : codes) {
                Optional<String> name = code.javaName().isPresent()
                        ? explicitConstant(code.javaName().get(), code.describe())
                        : patterns.derive(code);
                constants.add(name.orElse(""));
                if (name.isEmpty() || keys.putIfAbsent(code.keyParts(), code) != null) {
                    continue; // not nameable (reported), or a duplicate key (reported where keys are checked)
                }
                if (Reserved.CODE_TYPE_FIELDS.contains(name.get())) {
                    problems.report(namePosition(code), Message.NAME_RESERVED, code.describe(), name.get(),
                            "is a static field every code type has", RENAME);
                    continue;
                }
                if (nestedTypes.contains(name.get())) {
                    problems.report(namePosition(code), Message.NAME_CLASH_MEMBER, code.describe(), name.get(),
                            "a type nested in the code type, which a constant of its name would hide");
                    continue;
                }
                Code first = taken.putIfAbsent(name.get().toUpperCase(Locale.ROOT), code);
                if (first != null) {
                    problems.report(namePosition(code), Message.NAME_CLASH_CONSTANT, code.describe(), first.describe(),
                            first.position(), name.get());
                }
            }
            return constants;
        }

        private SpecPosition namePosition(Code code) {
            return code.javaName().map(Name::position).orElse(code.position());
        }

        private Optional<String> explicitConstant(Name name, String owner) {
            if (!JavaNames.isConstantStyle(name.value()) || !JavaNames.hasWords(name.value())) {
                problems.report(name.position(), Message.NAME_NOT_AN_IDENTIFIER, name.value(), "constant name", owner,
                        "Write it as constants are written: upper-case letters, digits and '_', not starting with a"
                                + " digit.");
                return Optional.empty();
            }
            return Optional.of(name.value());
        }

        private List<String> handlers(List<String> constants) {
            List<String> handlers = new ArrayList<>(codes.size());
            Map<String, Code> taken = new HashMap<>();
            Map<String, Code> byConstant = new HashMap<>();
            for (Code code : codes) {
                String constant = constants.get(code.ordinal());
                String handler = constant.isEmpty() ? "" : JavaNames.memberName(constant, Reserved.HANDLER_METHODS);
                handlers.add(handler);
                if (constant.isEmpty() || byConstant.putIfAbsent(constant.toUpperCase(Locale.ROOT), code) != null) {
                    continue; // a constant-name clash, already reported: the same mistake
                }
                Code first = taken.putIfAbsent(handler, code);
                if (first != null) {
                    problems.report(namePosition(code), Message.NAME_CLASH_HANDLER, code.describe(), first.describe(),
                            first.position(), handler, constant, constants.get(first.ordinal()));
                }
            }
            return handlers;
        }

        private Map<String, String> groupConstants() {
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, Group> taken = new HashMap<>();
            for (Group group : catalog.groups()) {
                String owner = "group '" + group.id() + "'";
                Optional<String> name = group.javaName().isPresent() ? explicitConstant(group.javaName().get(), owner)
                        : JavaNames.constantName(group.id());
                if (name.isEmpty()) {
                    if (group.javaName().isEmpty()) {
                        problems.report(group.position(), Message.NAME_UNDERIVABLE, owner, "its id");
                    }
                    names.put(group.id(), "");
                    continue;
                }
                names.put(group.id(), name.get());
                Group first = taken.putIfAbsent(name.get().toUpperCase(Locale.ROOT), group);
                if (first != null) {
                    problems.report(group.javaName().map(Name::position).orElse(group.position()),
                            Message.NAME_CLASH_CONSTANT, owner, "group '" + first.id() + "'", first.position(),
                            name.get());
                }
            }
            return names;
        }

        private static String enumType(Attribute attribute) {
            return attribute.enumJavaName().map(Name::value).orElse(JavaNames.typeName(attribute.name()));
        }

        private Map<String, String> valueConstants(Attribute attribute) {
            return NamingStage.valueConstants(attribute, enumType(attribute), "attribute '" + attribute.name() + "'",
                    problems);
        }

        // --- outcomes ----------------------------------------------------------------------------

        private Map<String, CatalogNames.OutcomeNames> outcomes(String outcomeType) {
            Map<String, Taken> nested = new HashMap<>();
            for (String reserved : Reserved.OUTCOME_NESTED) {
                nested.put(reserved.toLowerCase(Locale.ROOT),
                        new Taken(reserved, "the generated " + outcomeType + "." + reserved, catalog.position()));
            }
            claimType(nested, outcomeType, "the outcome hierarchy " + outcomeType, explicitOr(catalog.outcomeJavaName()));
            Map<String, Outcome> factories = new HashMap<>();
            Map<String, CatalogNames.OutcomeNames> names = new LinkedHashMap<>();
            for (Outcome outcome : catalog.outcomes()) {
                String owner = "outcome '" + outcome.id() + "'";
                SpecPosition position = outcome.javaName().map(Name::position).orElse(outcome.position());
                String type = outcome.javaName().map(Name::value).orElse(JavaNames.typeName(outcome.id()));
                boolean valid = checkTypeName(type, owner,
                        outcome.javaName().isPresent() ? "'javaName'" : "its derived name", position)
                        && claimType(nested, type, owner, position);
                Optional<String> codeType = Optional.empty();
                if (outcome.codes().isPresent() && !catalog.selectsAll(outcome)) {
                    codeType = Optional.of(type + Reserved.CODE_SUFFIX);
                    if (valid) {
                        claimType(nested, codeType.get(), "the codes of " + owner, position);
                    }
                }
                String factory = JavaNames.memberName(type, Reserved.FACTORY_METHODS);
                Outcome first = factories.putIfAbsent(factory, outcome);
                if (first != null && valid) {
                    problems.report(position, Message.NAME_CLASH_MEMBER, owner + "'s factory", factory + "()",
                            "the factory of outcome '" + first.id() + "' at " + first.position());
                }
                checkOutcomeParameters(outcome, owner);
                Map<String, String> fieldTypes = new LinkedHashMap<>();
                Map<String, Map<String, String>> fieldValues = new HashMap<>();
                for (Attribute field : outcome.fields()) {
                    if (field.type() != AttributeType.ENUM) {
                        continue;
                    }
                    String fieldOwner = "field '" + field.name() + "' of " + owner;
                    String fieldType = field.enumJavaName().map(Name::value).orElse(JavaNames.typeName(field.name()));
                    SpecPosition fieldPosition = field.enumJavaName().map(Name::position).orElse(field.position());
                    fieldTypes.put(field.name(), fieldType);
                    if (checkTypeName(fieldType, fieldOwner,
                            field.enumJavaName().isPresent() ? "'javaName'" : "its derived name", fieldPosition)) {
                        claimType(nested, fieldType, fieldOwner, fieldPosition);
                    }
                    fieldValues.put(field.name(), NamingStage.valueConstants(field, fieldType, fieldOwner, problems));
                }
                names.put(outcome.id(), new CatalogNames.OutcomeNames(type, factory, codeType, fieldTypes, fieldValues));
            }
            return names;
        }

        /** Record components and factory parameters of an outcome: each name once, none taken. */
        private void checkOutcomeParameters(Outcome outcome, String owner) {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (outcome.codes().isPresent()) {
                List<Code> selected = catalog.selected(outcome);
                for (KeyPart part : catalog.keyPartsVaryingAmong(selected)) {
                    String name = part instanceof KeyPart.CodePart ? (outcome.list() ? "codes" : "code") : part.name();
                    String what = part instanceof KeyPart.CodePart ? "the codes" : "key part '" + name + "'";
                    String first = parameters.putIfAbsent(name, what);
                    if (first != null) {
                        // only a key part named like the codes' parameter can get here: key part names are distinct
                        problems.report(outcome.position(), Message.NAME_CLASH_MEMBER,
                                "the factory parameter for " + what + " of " + owner, name, "the one for " + first);
                    }
                }
            }
            for (Attribute field : outcome.fields()) {
                if (Reserved.OUTCOME_COMPONENTS.contains(field.name())) {
                    problems.report(field.position(), Message.NAME_RESERVED, "field '" + field.name() + "' of " + owner,
                            field.name(), "is taken in every outcome record", "Rename the field.");
                    continue;
                }
                String first = parameters.putIfAbsent(field.name(), "field '" + field.name() + "'");
                if (first != null) {
                    problems.report(field.position(), Message.NAME_CLASH_MEMBER, "field '" + field.name() + "' of " + owner,
                            field.name(), first + ", a parameter of its factory");
                }
            }
        }
    }

    /** The constants of an enum attribute's nested enum, by wire value. */
    static Map<String, String> valueConstants(Attribute attribute, String enumType, String owner, Problems problems) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, EnumValue> taken = new HashMap<>();
        for (EnumValue value : attribute.values()) {
            String valueOwner = "value '" + value.value() + "' of " + owner;
            Optional<String> name;
            if (value.javaName().isPresent()) {
                Name explicit = value.javaName().get();
                name = JavaNames.isConstantStyle(explicit.value()) && JavaNames.hasWords(explicit.value())
                        ? Optional.of(explicit.value()) : Optional.empty();
                if (name.isEmpty()) {
                    problems.report(explicit.position(), Message.NAME_NOT_AN_IDENTIFIER, explicit.value(),
                            "constant name", valueOwner, "Use upper-case letters, digits and '_', not starting with a digit.");
                }
            } else {
                name = JavaNames.constantName(value.value());
                if (name.isEmpty()) {
                    problems.report(value.position(), Message.NAME_UNDERIVABLE, valueOwner, "its value");
                }
            }
            names.put(value.value(), name.orElse(""));
            if (name.isEmpty()) {
                continue;
            }
            SpecPosition position = value.javaName().map(Name::position).orElse(value.position());
            if (Reserved.VALUE_ENUM_FIELDS.contains(name.get())) {
                problems.report(position, Message.NAME_RESERVED, valueOwner, name.get(), "is a field every value enum has",
                        RENAME);
                continue;
            }
            if (name.get().equals(enumType)) {
                // a constant hides the type of its name where both could be meant: X1.values() would read the constant
                problems.report(position, Message.NAME_CLASH_MEMBER, valueOwner, name.get(), "the enum that holds it");
                continue;
            }
            EnumValue first = taken.putIfAbsent(name.get().toUpperCase(Locale.ROOT), value);
            if (first != null) {
                problems.report(position, Message.NAME_CLASH_CONSTANT, valueOwner, "value '" + first.value() + "'",
                        first.position(), name.get());
            }
        }
        return names;
    }


    /** Something that already has a name in a scope. */
    private record Taken(String name, String owner, SpecPosition position) {}
}
