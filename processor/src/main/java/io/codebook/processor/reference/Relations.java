package io.codebook.processor.reference;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Role;
import io.codebook.processor.model.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relations {@code type: code} attributes state between codes (a Yoti failure type's reason
 * codes), both ways: a relation's value resolved to the code it names, aliases included, and, for a
 * code, the codes of other entries that name it. The canonical reason is such a relation too, but its
 * reverse is the crosswalk, with pages of its own.
 */
final class Relations {

    /** A code that names another through an attribute. */
    record Referrer(CodeRef code, Attribute attribute) {}

    private final ReferenceCatalogs catalogs;
    private final Map<Object, Set<Referrer>> referrers = new HashMap<>();

    Relations(ReferenceCatalogs catalogs) {
        this.catalogs = catalogs;
        for (NamedCatalog catalog : catalogs.catalogs()) {
            for (Attribute attribute : catalog.catalog().attributes()) {
                if (attribute.type() != AttributeType.CODE || attribute.role().equals(Optional.of(Role.CANONICAL_REASON))) {
                    continue;
                }
                for (Code code : catalog.codes()) {
                    List<AttributeValue> values = new ArrayList<>();
                    code.value(attribute.name()).ifPresent(values::add);
                    for (Variant variant : code.variants()) {
                        Optional.ofNullable(variant.values().get(attribute.name())).ifPresent(values::add);
                    }
                    for (AttributeValue value : values) {
                        for (CodeRef target : targets(catalog, attribute, value)) {
                            referrers.computeIfAbsent(target.key(), key -> new LinkedHashSet<>())
                                    .add(new Referrer(new CodeRef(catalog, code), attribute));
                        }
                    }
                }
            }
        }
    }

    /** The codes a value of a {@code code} attribute names, each found by its wire code or an alias of it. */
    List<CodeRef> targets(NamedCatalog catalog, Attribute attribute, AttributeValue value) {
        Optional<NamedCatalog> target = catalogs.catalog(attribute.targetCatalog(catalog.id()));
        if (target.isEmpty()) {
            return List.of();
        }
        List<CodeRef> found = new ArrayList<>();
        for (AttributeValue one : value instanceof AttributeValue.Many many ? many.values() : List.of(value)) {
            target.get().codeOfWire(one.wire()).ifPresent(code -> found.add(new CodeRef(target.get(), code)));
        }
        return found;
    }

    /** The codes that name {@code code} through an attribute other than the canonical reason, in catalog order. */
    List<Referrer> referrers(CodeRef code) {
        return List.copyOf(referrers.getOrDefault(code.key(), Set.of()));
    }
}
