package io.codebook.runtime;

import java.util.Objects;

/**
 * What a catalog is and where its facts come from.
 *
 * @param id the catalog's id, e.g. {@code id-analyzer}
 * @param vendor the vendor's name
 * @param title the title of the vendor's document
 * @param sourceDocument the document the catalog transcribes
 */
public record CatalogInfo(String id, String vendor, String title, String sourceDocument) {

    public CatalogInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceDocument, "sourceDocument");
    }
}
