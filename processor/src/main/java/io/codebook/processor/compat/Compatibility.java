package io.codebook.processor.compat;

import io.codebook.processor.specset.CatalogVersion;
import io.codebook.processor.specset.SpecError;
import io.codebook.processor.specset.SpecSet;
import io.codebook.processor.specset.VersionReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The compatibility check between two versions of catalog specs, a stage of its own outside any
 * compilation: both versions are read, bound and named by the processor's own stages (so a spec is
 * understood exactly as the processor understands it), then each catalog is compared with itself,
 * and every change is reported with its effect on consumers of the generated code.
 */
public final class Compatibility {

    /** By catalog, the breaking changes first, then as the specs list them. */
    private static final Comparator<Change> ORDER = Comparator.comparing(Change::catalog)
            .thenComparing(Change::effect)
            .thenComparing(change -> change.position().file())
            .thenComparingInt(change -> change.position().line())
            .thenComparingInt(change -> change.position().column());

    /**
     * Compares {@code current} with {@code baseline}.
     *
     * @throws IOException when a version cannot be listed at all (a directory that does not exist, a jar
     *     that cannot be opened); a spec that cannot be read is one of the report's errors instead
     */
    public CompatibilityReport compare(SpecSet baseline, SpecSet current) throws IOException {
        VersionReader reader = new VersionReader();
        VersionReader.Version before = reader.read(baseline, "baseline");
        VersionReader.Version after = reader.read(current, "current");
        SortedSet<String> ids = new TreeSet<>(before.catalogs().keySet());
        ids.addAll(before.unusable());
        ids.addAll(after.catalogs().keySet());
        ids.addAll(after.unusable());
        List<Change> changes = new ArrayList<>();
        int compared = 0;
        for (String id : ids) {
            if (before.unusable().contains(id) || after.unusable().contains(id)) {
                continue; // its errors say why
            }
            CatalogVersion old = before.catalogs().get(id);
            CatalogVersion now = after.catalogs().get(id);
            compared++;
            if (now == null) {
                changes.add(new Change(id, ChangeKind.CATALOG_REMOVED, old.catalog().position(), "catalog '" + id
                        + "' was removed, and with it " + String.join(", ", publicTypes(old))));
            } else if (old == null) {
                changes.add(new Change(id, ChangeKind.CATALOG_ADDED, now.catalog().position(), "catalog '" + id
                        + "' was added: " + now.names().codeType()));
            } else {
                changes.addAll(new CatalogComparison(old, now).compare());
            }
        }
        changes.sort(ORDER);
        List<SpecError> errors = new ArrayList<>(before.errors());
        errors.addAll(after.errors());
        return new CompatibilityReport(baseline.label(), current.label(), compared, changes, errors);
    }

    /** The types a consumer can name: the code type, the outcome hierarchy, the response type. */
    private static List<String> publicTypes(CatalogVersion version) {
        List<String> types = new ArrayList<>(List.of(version.names().codeType()));
        version.names().outcomeType().ifPresent(types::add);
        version.names().responses().ifPresent(responses -> types.add(responses.type()));
        return types;
    }
}
