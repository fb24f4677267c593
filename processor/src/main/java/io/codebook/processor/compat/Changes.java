package io.codebook.processor.compat;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.ArrayList;
import java.util.List;

/** Collects the changes found in one catalog, so every comparison reports into one place. */
final class Changes {

    private final String catalog;
    private final List<Change> found = new ArrayList<>();

    Changes(String catalog) {
        this.catalog = catalog;
    }

    void report(ChangeKind kind, SpecPosition position, String message) {
        found.add(new Change(catalog, kind, position, message));
    }

    List<Change> all() {
        return List.copyOf(found);
    }
}
