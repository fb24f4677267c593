package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;
import java.util.Optional;

/**
 * A typed column of the vendor's tables.
 *
 * @param name the accessor name (lowerCamel)
 * @param list whether a code has a list of values rather than one
 * @param catalog for {@link AttributeType#CODE}, the catalog whose codes are referenced; empty
 *     for this catalog
 * @param enumJavaName for {@link AttributeType#ENUM}, the simple name of the generated nested enum
 *     the spec asks for, if any
 * @param values for {@link AttributeType#ENUM}, the allowed values in declared order
 * @param noneValues wire values that mean "no value"
 * @param defaultValue the value of codes that give none
 * @param role what the attribute means to the runtime, if anything
 * @param position where the attribute's name is written
 * @param catalogPosition where its {@code catalog} is written (its own position without one)
 */
public record Attribute(
        String name,
        AttributeType type,
        boolean list,
        Optional<String> catalog,
        boolean required,
        Optional<Name> enumJavaName,
        List<EnumValue> values,
        List<String> noneValues,
        Optional<AttributeValue> defaultValue,
        Optional<String> description,
        Optional<Role> role,
        SpecPosition position,
        SpecPosition catalogPosition) {

    public Attribute {
        values = List.copyOf(values);
        noneValues = List.copyOf(noneValues);
    }

    /** Whether every code has a value, so the accessor returns the plain type rather than an Optional. */
    public boolean alwaysPresent() {
        return list || required || defaultValue.isPresent();
    }

    /** The referenced catalog's id, for a {@link AttributeType#CODE} attribute of catalog {@code ownId}. */
    public String targetCatalog(String ownId) {
        return catalog.orElse(ownId);
    }

    /** This attribute with other list-ness, requiredness and no default: how a variant or selector holds it. */
    public Attribute withShape(boolean list, boolean required) {
        return new Attribute(name, type, list, catalog, required, enumJavaName, values, noneValues, Optional.empty(),
                description, role, position, catalogPosition);
    }

    /** This attribute with a default value. */
    public Attribute withDefault(Optional<AttributeValue> value) {
        return new Attribute(name, type, list, catalog, required, enumJavaName, values, noneValues, value,
                description, role, position, catalogPosition);
    }

    /** Whether every listed value names the next action it stands for (decisions do). */
    public boolean valuesCarryActions() {
        return type == AttributeType.ENUM && !values.isEmpty() && values.stream().allMatch(v -> v.action().isPresent());
    }

    public Optional<EnumValue> enumValue(String wire) {
        return values.stream()
                .filter(v -> v.value().equals(wire) || v.aliases().contains(wire))
                .findFirst();
    }
}
