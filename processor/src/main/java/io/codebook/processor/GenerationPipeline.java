package io.codebook.processor;

import com.palantir.javapoet.JavaFile;
import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.generate.CatalogGenerator;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.locate.SpecSource;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Role;
import io.codebook.processor.yaml.SpecReader;
import io.codebook.processor.bind.CatalogBinder;
import com.palantir.javapoet.ClassName;
import io.codebook.processor.generate.BundleGenerator;
import io.codebook.processor.generate.GeneratedResource;
import io.codebook.processor.generate.SourceGenerator;
import io.codebook.processor.bind.CatalogReferences;
import io.codebook.processor.bind.UserTextCoverage;
import java.util.function.Function;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The stages from a requested catalog id to generated sources: locate the spec, read it, validate
 * it into a model, generate. Nothing here writes files: the processor writes only once every
 * requested catalog has been through all stages, so a catalog with any error produces nothing.
 */
final class GenerationPipeline {

    private final SpecLocator locator;
    private final SpecReader reader = new SpecReader();
    private final CatalogBinder binder = new CatalogBinder();
    private final SourceGenerator generator;

    GenerationPipeline(SpecLocator locator) {
        this(locator, new CatalogGenerator());
    }

    /** With another generator: tests use one that fails, to prove a failure stays in its catalog. */
    GenerationPipeline(SpecLocator locator, SourceGenerator generator) {
        this.locator = locator;
        this.generator = generator;
    }

    /**
     * What one catalog produced: sources when it is valid, and its problems either way.
     *
     * @param request the request that asked for it, or that referenced it
     * @param catalog the validated catalog, when valid
     */
    record Outcome(CatalogRequest request, Optional<Catalog> catalog, List<JavaFile> files,
            List<GeneratedResource> resources, Problems problems, Optional<SpecSource> source) {}

    /** The spec each catalog of the last run was read from, for the record of what a build read. */
    private final Map<String, SpecSource> sources = new HashMap<>();

    /** @param catalog the catalog as far as it could be read; generated from only when {@link #valid()} */
    private record Loaded(CatalogRequest request, Optional<Catalog> catalog, Problems problems) {
        boolean valid() {
            return catalog.isPresent() && !problems.hasErrors();
        }
    }

    /**
     * Runs every request. A catalog that another references is loaded too, and generated into the
     * referencing request's package unless it was requested itself.
     */
    List<Outcome> run(List<CatalogRequest> requests) {
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        Deque<CatalogRequest> queue = new ArrayDeque<>(requests);
        while (!queue.isEmpty()) {
            CatalogRequest request = queue.poll();
            if (loaded.containsKey(request.catalogId())) {
                continue;
            }
            Problems problems = new Problems();
            Optional<Catalog> catalog = guarded(request.catalogId(), problems, () -> read(request.catalogId(), problems))
                    .flatMap(c -> c);
            loaded.put(request.catalogId(), new Loaded(request, catalog, problems));
            catalog.ifPresent(c -> CatalogReferences.referencedCatalogs(c).forEach(id -> queue.add(
                    new CatalogRequest(id, request.packageName(), request.element(), request.annotation()))));
        }
        Function<String, Optional<Catalog>> validCatalogs =
                id -> Optional.ofNullable(loaded.get(id)).filter(Loaded::valid).flatMap(Loaded::catalog);
        for (Loaded entry : loaded.values()) {
            entry.catalog().ifPresent(c -> CatalogReferences.check(c, validCatalogs, entry.problems()));
        }
        for (Loaded entry : loaded.values()) {
            entry.catalog().ifPresent(c -> UserTextCoverage.check(c, validCatalogs, entry.problems()));
        }
        BundleGenerator bundles = new BundleGenerator(validCatalogs);
        Map<String, ClassName> types = new HashMap<>();
        loaded.values().stream().filter(Loaded::valid).forEach(entry -> types.put(entry.request().catalogId(),
                ClassName.get(entry.request().packageName(), entry.catalog().orElseThrow().javaName())));
        Map<String, List<CatalogGenerator.MappedFrom>> mappedFrom = new HashMap<>();
        for (Loaded entry : loaded.values()) {
            entry.catalog().filter(c -> entry.valid()).ifPresent(vendor -> vendor.attributeWithRole(Role.CANONICAL_REASON)
                    .ifPresent(attribute -> mappedFrom.computeIfAbsent(attribute.targetCatalog(vendor.id()), id -> new ArrayList<>())
                            .add(new CatalogGenerator.MappedFrom(types.get(vendor.id()), attribute.name()))));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Loaded entry : loaded.values()) {
            String id = entry.request().catalogId();
            List<JavaFile> files = entry.valid()
                    ? guarded(id, entry.problems(), () -> generator.generate(entry.catalog().orElseThrow(),
                            entry.request().packageName(), types::get, mappedFrom.getOrDefault(id, List.of())))
                            .orElse(List.of())
                    : List.of();
            List<GeneratedResource> resources = entry.valid() && !entry.problems().hasErrors()
                    ? guarded(id, entry.problems(), () -> bundles.generate(entry.catalog().orElseThrow(),
                            entry.request().packageName())).orElse(List.of())
                    : List.of();
            if (entry.problems().hasErrors()) {
                files = List.of(); // nothing half-written: a catalog that failed anywhere writes nothing
                resources = List.of();
            }
            outcomes.add(new Outcome(entry.request(), entry.catalog().filter(c -> entry.valid()), files, resources,
                    entry.problems(), Optional.ofNullable(sources.get(id))));
        }
        return outcomes;
    }

    /**
     * Runs one catalog's stage; a bug in Codebook becomes an error of that catalog, with its stack
     * trace, instead of a crashed compiler, and other catalogs go on.
     */
    private static <T> Optional<T> guarded(String catalogId, Problems problems, java.util.function.Supplier<T> stage) {
        try {
            return Optional.of(stage.get());
        } catch (RuntimeException | StackOverflowError e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            problems.error(SpecPosition.startOf(catalogId + ".yaml"), ProblemIds.INTERNAL,
                    "Codebook failed internally on this catalog; this is a bug in Codebook, not in your spec. Please"
                            + " report it with this trace:\n" + trace);
            return Optional.empty();
        }
    }

    /** Locates, reads and validates one spec; empty, with the reasons in {@code problems}, when it is not valid. */
    Optional<Catalog> load(String catalogId, Problems problems) {
        Optional<Catalog> catalog = read(catalogId, problems);
        return problems.hasErrors() ? Optional.empty() : catalog;
    }

    /** The catalog as far as its spec could be read, errors or not; the errors are in {@code problems}. */
    private Optional<Catalog> read(String catalogId, Problems problems) {
        SpecLocator.Lookup lookup = locator.find(catalogId);
        if (lookup instanceof SpecLocator.NotFound notFound) {
            problems.error(SpecPosition.startOf(catalogId + ".yaml"), ProblemIds.SPEC_NOT_FOUND,
                    "no spec for catalog '" + catalogId + "'. Looked in: " + String.join("; ", notFound.searched())
                            + ". Check the id, put codebook-catalog-specs on the processor path, or set -Acodebook.specDirs.");
            return Optional.empty();
        }
        if (lookup instanceof SpecLocator.Unreadable unreadable) {
            problems.error(SpecPosition.startOf(unreadable.displayPath()), ProblemIds.SPEC_UNREADABLE,
                    "the spec cannot be read: " + unreadable.reason() + ". Check that the file exists and is readable.");
            return Optional.empty();
        }
        SpecSource source = ((SpecLocator.Found) lookup).source();
        sources.put(catalogId, source);
        SpecReader.Result read = reader.read(source);
        problems.addAll(read.problems());
        if (read.root().isEmpty()) {
            return Optional.empty();
        }
        CatalogBinder.Result validated = binder.bind(catalogId, read.root().get());
        problems.addAll(validated.problems());
        return validated.partial();
    }
}
