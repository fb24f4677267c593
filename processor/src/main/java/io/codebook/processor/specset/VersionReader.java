package io.codebook.processor.specset;

import io.codebook.processor.bind.CatalogBinder;
import io.codebook.processor.bind.OverlayStage;
import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.naming.ExistingTypes;
import io.codebook.processor.naming.NamingStage;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a set of specs (one version of them) outside a compilation, with the processor's own stages:
 * each spec is read, its overlay laid over it, bound and named, exactly as a compilation would. What
 * fails is kept as errors with their positions; only catalogs that would generate are returned. The
 * compatibility check ({@code compat}) reads both versions it compares through it, and the catalog
 * reference ({@code reference}) the specs it documents, so every tool sees a spec exactly as the
 * processor does.
 */
public final class VersionReader {

    /**
     * The package the catalogs are named in. Generated names do not depend on it (there are no
     * existing types to avoid outside a compilation), so any fixed one will do.
     */
    static final String PACKAGE = "codebook.specset";

    private final SpecReader reader = new SpecReader();
    private final CatalogBinder binder = new CatalogBinder();
    private final NamingStage naming = new NamingStage(ExistingTypes.NONE);

    /**
     * One version, read.
     *
     * @param catalogs every catalog that binds and names without an error, by id
     * @param unusable the ids of catalogs that have a spec that does not
     */
    public record Version(Map<String, CatalogVersion> catalogs, List<String> unusable, List<SpecError> errors) {

        public Version {
            catalogs = Collections.unmodifiableMap(new LinkedHashMap<>(catalogs));
            unusable = List.copyOf(unusable);
            errors = List.copyOf(errors);
        }
    }

    /** @param version {@code baseline} or {@code current}, for the errors */
    public Version read(SpecSet set, String version) throws IOException {
        Map<String, CatalogVersion> catalogs = new LinkedHashMap<>();
        List<String> unusable = new ArrayList<>();
        List<SpecError> errors = new ArrayList<>();
        try (SpecSet.Opened opened = set.open()) {
            for (String id : opened.catalogIds()) {
                Problems problems = new Problems();
                Optional<CatalogVersion> catalog = guarded(id, opened.locator(), problems);
                if (catalog.isPresent() && !problems.hasErrors()) {
                    catalogs.put(id, catalog.get());
                    continue;
                }
                unusable.add(id);
                problems.all().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                        .forEach(p -> errors.add(new SpecError(id, version, p)));
            }
        }
        return new Version(catalogs, unusable, errors);
    }

    /** A bug in a stage becomes an error of that catalog, as in the processor, and the other catalogs go on. */
    private Optional<CatalogVersion> guarded(String id, SpecLocator locator, Problems problems) {
        try {
            return read(id, locator, problems);
        } catch (RuntimeException | StackOverflowError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            problems.reportUnplaced(Message.INTERNAL, trace);
            return Optional.empty();
        }
    }

    private Optional<CatalogVersion> read(String id, SpecLocator locator, Problems problems) {
        SpecLocator.Lookup found = locator.find(id);
        if (found instanceof SpecLocator.Unreadable unreadable) {
            problems.report(SpecPosition.startOf(unreadable.displayPath()), Message.SPEC_UNREADABLE, unreadable.reason());
            return Optional.empty();
        }
        if (!(found instanceof SpecLocator.Found spec)) {
            problems.reportUnplaced(Message.SPEC_UNREADABLE, "the spec of catalog '" + id + "' was listed, and is gone");
            return Optional.empty();
        }
        SpecReader.Result read = reader.read(spec.source());
        problems.addAll(read.problems());
        if (read.root().isEmpty()) {
            return Optional.empty();
        }
        SpecNode root = read.root().get();
        SpecLocator.Lookup overlay = locator.findOverlay(id);
        if (overlay instanceof SpecLocator.Unreadable unreadable) {
            problems.report(SpecPosition.startOf(unreadable.displayPath()), Message.SPEC_UNREADABLE, unreadable.reason());
            return Optional.empty();
        }
        if (overlay instanceof SpecLocator.Found overlaySpec) {
            SpecReader.Result overlayRead = reader.read(overlaySpec.source());
            problems.addAll(overlayRead.problems());
            if (overlayRead.root().isEmpty()) {
                return Optional.empty();
            }
            root = new OverlayStage(problems).apply(id, root, overlayRead.root().get());
        }
        CatalogBinder.Result bound = binder.bind(id, root);
        problems.addAll(bound.problems());
        if (bound.catalog().isEmpty()) {
            return Optional.empty();
        }
        Catalog catalog = bound.catalog().get();
        CatalogNames names = naming.name(catalog, PACKAGE, problems);
        return Optional.of(CatalogVersion.of(new NamedCatalog(catalog, names), root));
    }
}
