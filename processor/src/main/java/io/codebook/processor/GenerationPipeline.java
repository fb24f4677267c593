package io.codebook.processor;

import com.palantir.javapoet.JavaFile;
import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.generate.CatalogGenerator;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.read.SpecReader;
import io.codebook.processor.validate.CatalogValidator;
import java.util.ArrayList;
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
    private final CatalogValidator validator = new CatalogValidator();
    private final CatalogGenerator generator = new CatalogGenerator();

    GenerationPipeline(SpecLocator locator) {
        this.locator = locator;
    }

    /**
     * What one request produced: sources when its spec is valid, and its problems either way.
     *
     * @param catalog the validated catalog, when valid
     */
    record Outcome(CatalogRequest request, Optional<Catalog> catalog, List<JavaFile> files, Problems problems) {}

    List<Outcome> run(List<CatalogRequest> requests) {
        List<Outcome> outcomes = new ArrayList<>();
        for (CatalogRequest request : requests) {
            outcomes.add(run(request));
        }
        return outcomes;
    }

    Outcome run(CatalogRequest request) {
        Problems problems = new Problems();
        Optional<Catalog> catalog = load(request.catalogId(), problems);
        List<JavaFile> files = catalog.map(c -> generator.generate(c, request.packageName())).orElse(List.of());
        return new Outcome(request, catalog, files, problems);
    }

    /** Locates, reads and validates one spec; empty, with the reasons in {@code problems}, when it is not valid. */
    Optional<Catalog> load(String catalogId, Problems problems) {
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
        SpecReader.Result read = reader.read(((SpecLocator.Found) lookup).source());
        problems.addAll(read.problems());
        if (read.root().isEmpty()) {
            return Optional.empty();
        }
        CatalogValidator.Result validated = validator.validate(catalogId, read.root().get());
        problems.addAll(validated.problems());
        return problems.hasErrors() ? Optional.empty() : validated.catalog();
    }
}
