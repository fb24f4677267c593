package io.codebook.processor.reference;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;

/** A code of one of the reference's catalogs: what a link points at. */
record CodeRef(NamedCatalog catalog, Code code) {

    /** The link to the code's entry, from the reference's root. */
    String link() {
        return Links.codeLink(catalog, code);
    }

    /** {@code AiPriseWarning.FACE_BLUR}: how Java code names it. */
    String constant() {
        return catalog.names().codeType() + "." + catalog.constant(code);
    }

    /** Identity by catalog and place, since the same code read twice is equal but not the same object. */
    Object key() {
        return catalog.id() + '\u0000' + code.ordinal();
    }
}
