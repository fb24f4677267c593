package io.codebook.runtime;

import java.util.List;
import java.util.Map;

/**
 * Reads one vendor's responses: every generated response type has one ({@code ArgosResponse.READER}),
 * so an application can hold the readers of all its vendors in a list and try each on a body.
 *
 * @param <T> the vendor's response type
 */
public interface ResponseReader<T extends VendorResponse> {

    /** The catalog whose codes the responses carry. */
    CatalogInfo catalog();

    /**
     * The values a caller may give beside the body because the body does not carry them (ARGOS's
     * {@code step}), by name, in the order the typed {@code read} method takes them.
     */
    List<String> context();

    /** Whether the body has one of the shapes the spec documents. Never throws. */
    boolean recognises(Object tree);

    /**
     * Reads a body: the plain tree any JSON library produces ({@code Map}, {@code List},
     * {@code String}, {@code Number}, {@code Boolean}, {@code null}). Never throws and never returns
     * {@code null}: a body of no documented shape is read as unrecognized, with the tree kept.
     *
     * @param context values named in {@link #context()}; a missing, {@code null} or mistyped one
     *     counts as not given
     */
    T read(Object tree, Map<String, ?> context);
}
