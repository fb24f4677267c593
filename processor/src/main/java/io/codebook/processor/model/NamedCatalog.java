package io.codebook.processor.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid catalog with the names the naming stage gave everything in it: what generators work
 * from. Lookups generators make per code are precomputed, so generating a large catalog stays
 * linear.
 */
public final class NamedCatalog {

    private final Catalog catalog;
    private final CatalogNames names;
    private final List<Code> codes;
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, Code> byWire = new HashMap<>();

    public NamedCatalog(Catalog catalog, CatalogNames names) {
        this.catalog = catalog;
        this.names = names;
        this.codes = catalog.codes();
        catalog.groups().forEach(group -> groups.put(group.id(), group));
        for (Code code : codes) {
            code.code().ifPresent(wire -> byWire.putIfAbsent(wire, code));
            code.aliases().forEach(alias -> byWire.putIfAbsent(alias, code));
        }
    }

    /** The code a wire value (or an alias) names, in a catalog keyed by {@code code}. */
    public java.util.Optional<Code> codeOfWire(String wire) {
        return java.util.Optional.ofNullable(byWire.get(wire));
    }

    public Catalog catalog() {
        return catalog;
    }

    public CatalogNames names() {
        return names;
    }

    public String id() {
        return catalog.id();
    }

    /** Every code, in the document's order ({@link Code#ordinal()} is the index). */
    public List<Code> codes() {
        return codes;
    }

    public Group group(Code code) {
        return groups.get(code.groupId());
    }

    public String constant(Code code) {
        return names.constants().get(code.ordinal());
    }

    public String handler(Code code) {
        return names.handlers().get(code.ordinal());
    }

    public String groupConstant(Group group) {
        return names.groupConstants().get(group.id());
    }

    public String enumType(Attribute attribute) {
        return names.enumTypes().get(attribute.name());
    }

    public String valueConstant(Attribute attribute, EnumValue value) {
        return names.valueConstants().get(attribute.name()).get(value.value());
    }

    public CatalogNames.OutcomeNames outcome(Outcome outcome) {
        return names.outcomes().get(outcome.id());
    }
}
