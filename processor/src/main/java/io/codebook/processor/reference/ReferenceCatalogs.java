package io.codebook.processor.reference;

import io.codebook.processor.model.NamedCatalog;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reference documents: catalogs bound and named by the processor's own stages, each with the
 * spec it was read from, in catalog id order (so the pages do not depend on the order specs were found).
 *
 * @param title what the pages call the reference (the project's name)
 * @param catalogs the catalogs, every catalog one of them references included
 * @param specFiles where each catalog's spec was read, by catalog id, as a person finds it again: a
 *     project path, or {@code codebook-catalog-specs-<version>.jar!/codebook/<id>.yaml}
 */
public record ReferenceCatalogs(String title, List<NamedCatalog> catalogs, Map<String, String> specFiles) {

    public ReferenceCatalogs {
        catalogs = catalogs.stream().sorted(Comparator.comparing(NamedCatalog::id)).toList();
        Map<String, String> files = new LinkedHashMap<>();
        for (NamedCatalog catalog : catalogs) {
            files.put(catalog.id(), specFiles.getOrDefault(catalog.id(), catalog.catalog().position().file()));
        }
        specFiles = Collections.unmodifiableMap(files);
        if (catalogs.stream().map(NamedCatalog::id).distinct().count() != catalogs.size()) {
            throw new IllegalArgumentException("a catalog is given twice");
        }
    }

    public Optional<NamedCatalog> catalog(String id) {
        return catalogs.stream().filter(catalog -> catalog.id().equals(id)).findFirst();
    }

    public String specFile(String id) {
        return specFiles.get(id);
    }
}
