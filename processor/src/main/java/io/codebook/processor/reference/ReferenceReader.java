package io.codebook.processor.reference;

import io.codebook.processor.check.CatalogLookup;
import io.codebook.processor.check.CatalogReferences;
import io.codebook.processor.check.UserTextCoverage;
import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.specset.CatalogVersion;
import io.codebook.processor.specset.SpecError;
import io.codebook.processor.specset.SpecSet;
import io.codebook.processor.specset.VersionReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads the catalogs a reference documents with the processor's own stages, as a compilation would:
 * each spec located (a project's spec directories before the specs jars), read, overlaid, bound and
 * named ({@link VersionReader}, which the compatibility check reads with too), then checked against the
 * other catalogs (references between codes, end-user texts). A catalog the processor would refuse is an
 * error at its {@code file:line:column}, and then there is no reference: documenting what the build
 * cannot generate would mislead.
 */
public final class ReferenceReader {

    /**
     * What reading found.
     *
     * @param catalogs the catalogs to document, when every one of them is valid
     * @param errors every error, positioned in its spec where it has a position
     */
    public record Result(Optional<ReferenceCatalogs> catalogs, List<Problem> errors) {

        public Result {
            errors = List.copyOf(errors);
        }
    }

    private final Path projectDirectory;

    /** @param projectDirectory spec files under it are shown relative to it, so the pages do not depend on the checkout */
    public ReferenceReader(Path projectDirectory) {
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
    }

    /**
     * Reads {@code specs}.
     *
     * @param title what the pages call the reference
     * @param wanted the catalogs to document, with every catalog they refer to; every catalog of the set when empty
     * @throws IOException when the set cannot be listed at all (a spec directory that does not exist, a jar that
     *     cannot be opened)
     */
    public Result read(SpecSet specs, String title, List<String> wanted) throws IOException {
        VersionReader.Version version = new VersionReader().read(specs, "current");
        SortedSet<String> known = new TreeSet<>(version.catalogs().keySet());
        known.addAll(version.unusable());
        List<Problem> errors = new ArrayList<>();
        Set<String> selected = new LinkedHashSet<>();
        for (String id : wanted.isEmpty() ? known : wanted) {
            if (known.contains(id)) {
                selected.add(id);
            } else {
                Problems missing = new Problems();
                missing.reportUnplaced(Message.SPEC_NOT_FOUND, id, Suggestions.hint(id, known), specs.label());
                errors.addAll(missing.all());
            }
        }
        Set<String> documented = withReferenced(selected, version);
        for (SpecError error : version.errors()) {
            if (documented.contains(error.catalog())) {
                errors.add(error.problem());
            }
        }
        Map<String, NamedCatalog> valid = new LinkedHashMap<>();
        documented.stream().filter(version.catalogs()::containsKey)
                .forEach(id -> valid.put(id, version.catalogs().get(id).named()));
        errors.addAll(crossCatalogErrors(valid, version, specs));
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        Map<String, String> specFiles = new LinkedHashMap<>();
        valid.values().forEach(named -> specFiles.put(named.id(), display(named.catalog().position().file())));
        return new Result(Optional.of(new ReferenceCatalogs(title, List.copyOf(valid.values()), specFiles)), List.of());
    }

    /** The selected catalogs and every catalog they refer to, however indirectly, as a compilation loads them. */
    private static Set<String> withReferenced(Set<String> selected, VersionReader.Version version) {
        Set<String> all = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(selected);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (all.add(id)) {
                CatalogVersion catalog = version.catalogs().get(id);
                if (catalog != null) {
                    queue.addAll(CatalogReferences.referencedCatalogs(catalog.named().catalog()));
                }
            }
        }
        return all;
    }

    /** References to codes of other catalogs, and end-user texts taken from the canonical reasons, checked as the processor does. */
    private static List<Problem> crossCatalogErrors(Map<String, NamedCatalog> valid, VersionReader.Version version,
            SpecSet specs) {
        CatalogLookup lookup = new CatalogLookup() {
            @Override
            public Optional<io.codebook.processor.model.Catalog> valid(String id) {
                return Optional.ofNullable(valid.get(id)).map(NamedCatalog::catalog);
            }

            @Override
            public String whyNot(String id) {
                return version.unusable().contains(id) ? "has errors of its own, reported with its spec"
                        : "has no spec in " + specs.label();
            }
        };
        List<Problem> errors = new ArrayList<>();
        for (NamedCatalog catalog : valid.values()) {
            Problems problems = new Problems();
            CatalogReferences.check(catalog.catalog(), lookup, problems);
            UserTextCoverage.check(catalog.catalog(), lookup, problems);
            problems.all().stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).forEach(errors::add);
        }
        return errors;
    }

    private String display(String file) {
        try {
            Path path = Path.of(file);
            if (path.isAbsolute() && path.normalize().startsWith(projectDirectory)) {
                return projectDirectory.relativize(path.normalize()).toString().replace('\\', '/');
            }
        } catch (java.nio.file.InvalidPathException notAPath) {
            // a jar's entry (codebook-catalog-specs-0.1.0.jar!/codebook/x.yaml) is shown as it is
        }
        return file;
    }
}
