package io.codebook.processor.reference;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the browsable reference of a set of catalogs: an index, a page per catalog, a page per
 * canonical reason, one stylesheet and one script holding the search and its data. Static files that
 * work opened from disk and fetch nothing; the same catalogs always give the same bytes (nothing
 * depends on the time, the machine or the order specs were found). Writes nothing itself: see
 * {@link ReferenceWriter}.
 */
public final class ReferenceRenderer {

    /** The files of the reference, the index first. */
    public List<ReferenceFile> render(ReferenceCatalogs catalogs) {
        ReferenceFacts facts = new ReferenceFacts(catalogs);
        PageFrame frame = new PageFrame(catalogs.title(), catalogs.catalogs().size());
        List<ReferenceFile> files = new ArrayList<>();
        files.add(ReferenceFile.text(Links.INDEX, new IndexPage(facts, frame).render()));
        files.add(ReferenceFile.text(Links.STYLESHEET, resource("reference.css")));
        files.add(ReferenceFile.text(Links.SCRIPT, new SearchIndex(facts).script() + resource("reference-search.js")));
        CatalogPage catalogPage = new CatalogPage(facts, frame);
        for (NamedCatalog catalog : catalogs.catalogs()) {
            files.add(ReferenceFile.text(Links.catalogPage(catalog.id()), catalogPage.render(catalog)));
        }
        ReasonPage reasonPage = new ReasonPage(facts, frame);
        for (NamedCatalog vocabulary : facts.crosswalk.vocabularies()) {
            for (Code reason : vocabulary.codes()) {
                files.add(ReferenceFile.text(Links.reasonPage(vocabulary, reason), reasonPage.render(vocabulary, reason)));
            }
        }
        return List.copyOf(files);
    }

    private static String resource(String name) {
        try (InputStream in = ReferenceRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from Codebook's processor jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from Codebook's processor jar", e);
        }
    }
}
