package io.codebook.processor.generate;

import io.codebook.processor.model.NamedCatalog;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What generating one catalog needs to know about the run.
 *
 * @param catalogs every valid catalog of the run by id, for the types and constants of the
 *     catalogs a catalog references
 * @param mappedFrom the vendor catalogs of this compilation whose codes map to the catalog being
 *     generated, when it is the canonical vocabulary
 * @param splitAbove the most constants one generated enum may hold, where a build asks for fewer
 *     than the JVM's limits allow (to see a catalog in the shape it takes when it grows)
 */
public record GenerationContext(Function<String, Optional<NamedCatalog>> catalogs, List<NamedCatalog> mappedFrom,
        Optional<Integer> splitAbove) {

    public GenerationContext {
        mappedFrom = List.copyOf(mappedFrom);
    }

    public NamedCatalog catalog(String id) {
        return catalogs.apply(id).orElseThrow(() -> new IllegalStateException("catalog " + id + " was not checked"));
    }
}
