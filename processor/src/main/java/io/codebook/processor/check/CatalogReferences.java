package io.codebook.processor.check;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks references between codes ({@code type: code} attributes and outcome fields) once every
 * catalog of a run is loaded: the referenced catalog exists, is valid and is keyed by
 * {@code code}, and every referenced code is one of its codes. A reference to a catalog that is
 * missing or broken is reported where the reference names it, whether or not a code uses it.
 */
public final class CatalogReferences {

    private CatalogReferences() {}

    /** The ids of the catalogs {@code catalog} references (in attributes and outcome fields), itself excluded. */
    public static Set<String> referencedCatalogs(Catalog catalog) {
        Set<String> ids = new LinkedHashSet<>();
        for (Attribute attribute : referring(catalog)) {
            if (!attribute.targetCatalog(catalog.id()).equals(catalog.id())) {
                ids.add(attribute.targetCatalog(catalog.id()));
            }
        }
        return ids;
    }

    /** The attributes and outcome fields of type code. */
    private static List<Attribute> referring(Catalog catalog) {
        List<Attribute> all = new ArrayList<>(catalog.attributes());
        catalog.outcomes().forEach(outcome -> all.addAll(outcome.fields()));
        return all.stream().filter(a -> a.type() == AttributeType.CODE).toList();
    }

    public static void check(Catalog catalog, CatalogLookup catalogs, Problems problems) {
        for (Attribute attribute : referring(catalog)) {
            String targetId = attribute.targetCatalog(catalog.id());
            Optional<Catalog> target = targetId.equals(catalog.id()) ? Optional.of(catalog) : catalogs.valid(targetId);
            if (target.isEmpty()) {
                problems.report(attribute.catalogPosition(), Message.REFERENCE_CATALOG_MISSING, attribute.name(),
                        targetId, catalogs.whyNot(targetId), "Fix that catalog, or the id here.");
                continue;
            }
            if (!target.get().hasSimpleKey()) {
                problems.report(attribute.catalogPosition(), Message.REFERENCE_NOT_KEYED_BY_CODE, attribute.name(),
                        targetId);
                continue;
            }
            if (attribute.role().equals(Optional.of(Role.CANONICAL_REASON))
                    && target.get().attributeWithRole(Role.REASON_ACTION).isEmpty()) {
                problems.report(attribute.catalogPosition(), Message.REFERENCE_NOT_A_VOCABULARY, attribute.name(),
                        targetId);
                continue;
            }
            Set<String> known = wireCodes(target.get());
            for (AttributeValue.CodeRef ref : refs(catalog, attribute)) {
                if (!known.contains(ref.code())) {
                    problems.report(ref.position(), Message.REFERENCE_UNKNOWN_CODE, ref.code(), targetId,
                            attribute.name(), Suggestions.hint(ref.code(), known));
                }
            }
        }
    }

    private static List<AttributeValue.CodeRef> refs(Catalog catalog, Attribute attribute) {
        List<AttributeValue.CodeRef> refs = new ArrayList<>();
        if (!catalog.attributes().contains(attribute)) {
            return refs; // an outcome field: its values arrive at run time
        }
        for (Code code : catalog.codes()) {
            code.value(attribute.name()).ifPresent(value -> collect(value, refs));
            code.variants().forEach(v -> Optional.ofNullable(v.values().get(attribute.name()))
                    .ifPresent(value -> collect(value, refs)));
        }
        catalog.groups().forEach(g -> Optional.ofNullable(g.shared().get(attribute.name()))
                .ifPresent(v -> collect(v, refs)));
        return refs.stream().distinct().toList();
    }

    private static void collect(AttributeValue value, List<AttributeValue.CodeRef> refs) {
        if (value instanceof AttributeValue.CodeRef ref) {
            refs.add(ref);
        } else if (value instanceof AttributeValue.Many many) {
            many.values().forEach(v -> collect(v, refs));
        }
    }

    private static Set<String> wireCodes(Catalog catalog) {
        Set<String> codes = new HashSet<>();
        for (Code code : catalog.codes()) {
            code.code().ifPresent(codes::add);
            codes.addAll(code.aliases());
        }
        return codes;
    }
}
