package io.codebook.runtime;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a catalog is and where its facts come from.
 *
 * @param id the catalog's id, e.g. {@code id-analyzer}
 * @param vendor the vendor's name
 * @param title the title of the vendor's document
 * @param sourceDocument the document the catalog transcribes
 * @param attemptLimit how many attempts the vendor allows before it rejects (ARGOS: 3), where the
 *     vendor documents a limit
 */
public record CatalogInfo(String id, String vendor, String title, String sourceDocument, OptionalInt attemptLimit) {

    public CatalogInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceDocument, "sourceDocument");
        Objects.requireNonNull(attemptLimit, "attemptLimit");
    }

    /** A catalog whose vendor documents no attempt limit. */
    public CatalogInfo(String id, String vendor, String title, String sourceDocument) {
        this(id, vendor, title, sourceDocument, OptionalInt.empty());
    }
}
