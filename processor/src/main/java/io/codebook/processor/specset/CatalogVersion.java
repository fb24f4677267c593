package io.codebook.processor.specset;

import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of a catalog, bound and named as the processor binds and names it, with where its
 * top-level keys are written (the model keeps no position for the key or the locales), and the
 * phrases that name its parts in messages: {@code code 'X' (AiPriseWarning.X)}.
 */
public record CatalogVersion(NamedCatalog named, Map<String, SpecPosition> topLevelKeys) {

    public CatalogVersion {
        topLevelKeys = Map.copyOf(topLevelKeys);
    }

    static CatalogVersion of(NamedCatalog named, SpecNode root) {
        Map<String, SpecPosition> keys = new LinkedHashMap<>();
        if (root instanceof SpecMap map) {
            map.entries().forEach(entry -> keys.put(entry.key().value(), entry.key().position()));
        }
        return new CatalogVersion(named, keys);
    }

    public Catalog catalog() {
        return named.catalog();
    }

    public CatalogNames names() {
        return named.names();
    }

    /** Where a top-level key ({@code key}, {@code locales}) is written, else where the spec starts. */
    public SpecPosition at(String topLevelKey) {
        return topLevelKeys.getOrDefault(topLevelKey, catalog().position());
    }

    /** Where the code type's name is decided: its {@code javaName}, else the spec's start. */
    public SpecPosition typeNamePosition() {
        return catalog().javaName().map(Name::position).orElse(catalog().position());
    }

    /** A type nested in the code type, or a member of it: {@code AiPriseWarning.Group}. */
    public String member(String name) {
        return names().codeType() + "." + name;
    }

    /** The code's constant, qualified: {@code AiPriseWarning.BIRTH_DATE_MISMATCH}. */
    public String constant(Code code) {
        return member(named.constant(code));
    }

    /** {@code code 'X' (AiPriseWarning.X)}, or {@code key ('1', 'retry', 'x') (ArgosCode.STEP1_RETRY_X)}. */
    public String describe(Code code) {
        return code.describe() + " (" + constant(code) + ")";
    }

    /** Where a code's constant name is decided: its {@code javaName}, else the code. */
    public static SpecPosition namePosition(Code code) {
        return code.javaName().map(Name::position).orElse(code.position());
    }
}
