package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks references between codes ({@code type: code} attributes) once every catalog of a run is
 * loaded: the referenced catalog exists, is valid and is keyed by {@code code}, and every
 * referenced code is one of its codes.
 */
public final class CatalogReferences {

    private CatalogReferences() {}

    /** The ids of the catalogs {@code catalog} references (in attributes and outcome fields), itself excluded. */
    public static Set<String> referencedCatalogs(Catalog catalog) {
        Set<String> ids = new LinkedHashSet<>();
        List<Attribute> all = new ArrayList<>(catalog.attributes());
        catalog.outcomes().forEach(outcome -> all.addAll(outcome.fields()));
        for (Attribute attribute : all) {
            if (attribute.type() == AttributeType.CODE && !attribute.targetCatalog(catalog.id()).equals(catalog.id())) {
                ids.add(attribute.targetCatalog(catalog.id()));
            }
        }
        return ids;
    }

    /**
     * @param catalogs every catalog of the run by id; empty for one that was not found or is invalid
     */
    public static void check(Catalog catalog, Function<String, Optional<Catalog>> catalogs, Problems problems) {
        for (Attribute attribute : catalog.attributes()) {
            if (attribute.type() != AttributeType.CODE) {
                continue;
            }
            List<AttributeValue.CodeRef> refs = refs(catalog, attribute);
            String targetId = attribute.targetCatalog(catalog.id());
            Optional<Catalog> target = targetId.equals(catalog.id()) ? Optional.of(catalog) : catalogs.apply(targetId);
            if (target.isEmpty()) {
                refs.stream().findFirst().ifPresent(ref -> problems.error(ref.position(), ProblemIds.UNKNOWN_CODE,
                        "attribute '" + attribute.name() + "' refers to catalog '" + targetId
                                + "', which could not be loaded (see its own errors). Fix that catalog or the id."));
                continue;
            }
            if (!target.get().hasSimpleKey()) {
                refs.stream().findFirst().ifPresent(ref -> problems.error(ref.position(), ProblemIds.INVALID_VALUE,
                        "attribute '" + attribute.name() + "' refers to codes of catalog '" + targetId
                                + "', whose codes are identified by a composite key; only catalogs keyed by 'code'"
                                + " can be referenced."));
                continue;
            }
            if (attribute.role().equals(Optional.of(io.codebook.processor.model.Role.CANONICAL_REASON))
                    && target.get().attributeWithRole(io.codebook.processor.model.Role.REASON_ACTION).isEmpty()) {
                refs.stream().findFirst().ifPresent(ref -> problems.error(ref.position(), ProblemIds.INVALID_VALUE,
                        "attribute '" + attribute.name() + "' has role canonical-reason, but catalog '" + targetId
                                + "' is not a canonical vocabulary (it has no attribute with role reason-action)."));
                continue;
            }
            Set<String> known = wireCodes(target.get());
            for (AttributeValue.CodeRef ref : refs) {
                if (!known.contains(ref.code())) {
                    String hint = Suggestions.closest(ref.code(), known).map(s -> " Did you mean '" + s + "'?").orElse("");
                    problems.error(ref.position(), ProblemIds.UNKNOWN_CODE,
                            "'" + ref.code() + "' is not a code of catalog '" + targetId + "' (attribute '"
                                    + attribute.name() + "')." + hint);
                }
            }
        }
    }

    private static List<AttributeValue.CodeRef> refs(Catalog catalog, Attribute attribute) {
        List<AttributeValue.CodeRef> refs = new ArrayList<>();
        for (Code code : catalog.codes()) {
            code.value(attribute.name()).ifPresent(value -> collect(value, refs));
            code.variants().forEach(v -> Optional.ofNullable(v.values().get(attribute.name())).ifPresent(value -> collect(value, refs)));
        }
        catalog.groups().forEach(g -> Optional.ofNullable(g.shared().get(attribute.name())).ifPresent(v -> collect(v, refs)));
        return refs;
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
