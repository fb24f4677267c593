package io.codebook.processor.check;

import io.codebook.processor.model.Catalog;
import java.util.Optional;

/** The catalogs of a run, as checks across catalogs see them. */
public interface CatalogLookup {

    /** The catalog with this id, when it was found and is valid. */
    Optional<Catalog> valid(String id);

    /**
     * Why the catalog with this id is not valid, as the end of a sentence: "has no spec (looked in
     * ...)" or "has errors of its own, reported with its spec".
     */
    String whyNot(String id);
}
