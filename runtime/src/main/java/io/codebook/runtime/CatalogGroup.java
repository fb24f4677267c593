package io.codebook.runtime;

/** A section of a vendor's document, as generated into each catalog's {@code Group} enum. */
public interface CatalogGroup {

    /** The group's id in the catalog spec, e.g. {@code document-and-ocr}. */
    String id();

    /** The section heading as the vendor prints it. */
    String title();
}
