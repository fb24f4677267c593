package io.codebook.processor.reference;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which vendor codes mean which canonical reason: every code of a catalog with a
 * {@code canonical-reason} attribute, under the reason of the vocabulary it names. A vocabulary is
 * any catalog such an attribute refers to ({@code canonical-reasons}, or a team's own), so the pages
 * never assume the shipped one.
 */
final class Crosswalk {

    private final List<NamedCatalog> vocabularies;
    private final Map<Object, CodeRef> reasons = new HashMap<>();
    private final Map<Object, List<CodeRef>> mapped = new HashMap<>();

    Crosswalk(ReferenceCatalogs catalogs) {
        Set<NamedCatalog> found = new LinkedHashSet<>();
        for (NamedCatalog catalog : catalogs.catalogs()) {
            Optional<Attribute> canonical = catalog.catalog().attributeWithRole(Role.CANONICAL_REASON);
            Optional<NamedCatalog> vocabulary = canonical.flatMap(a -> catalogs.catalog(a.targetCatalog(catalog.id())));
            if (vocabulary.isEmpty()) {
                continue;
            }
            found.add(vocabulary.get());
            for (Code code : catalog.codes()) {
                Optional<Code> reason = code.value(canonical.get().name()).map(AttributeValue::wire)
                        .flatMap(vocabulary.get()::codeOfWire);
                if (reason.isPresent()) {
                    CodeRef reasonRef = new CodeRef(vocabulary.get(), reason.get());
                    CodeRef codeRef = new CodeRef(catalog, code);
                    reasons.put(codeRef.key(), reasonRef);
                    mapped.computeIfAbsent(reasonRef.key(), key -> new ArrayList<>()).add(codeRef);
                }
            }
        }
        vocabularies = List.copyOf(found);
    }

    /** The catalogs vendor codes map to, in catalog id order. */
    List<NamedCatalog> vocabularies() {
        return vocabularies;
    }

    boolean isVocabulary(NamedCatalog catalog) {
        return vocabularies.contains(catalog);
    }

    /** The reason a code maps to, if its catalog maps its codes to one. */
    Optional<CodeRef> reasonOf(CodeRef code) {
        return Optional.ofNullable(reasons.get(code.key()));
    }

    /** Every code that maps to {@code reason}, by catalog id, each catalog's in the document's order. */
    List<CodeRef> mappedTo(CodeRef reason) {
        return List.copyOf(mapped.getOrDefault(reason.key(), List.of()));
    }
}
