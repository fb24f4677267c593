package io.codebook.processor;

import io.codebook.processor.bind.CatalogBinder;
import io.codebook.processor.generate.CatalogGenerator;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.naming.ExistingTypes;
import io.codebook.processor.yaml.SpecReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test support: reads and binds specs, and runs the pipeline, outside a compiler. */
final class Specs {

    private Specs() {}

    /** A shipped catalog (from codebook-catalog-specs on the test class path), bound; fails the test if it is invalid. */
    static Catalog shipped(String id) {
        SpecLocator.Lookup found = new SpecLocator(List.of(), Specs.class.getClassLoader()).find(id);
        if (!(found instanceof SpecLocator.Found spec)) {
            throw new AssertionError("no shipped spec " + id + ": " + found);
        }
        SpecReader.Result read = new SpecReader().read(spec.source());
        CatalogBinder.Result bound = new CatalogBinder().bind(id, read.root().orElseThrow(
                () -> new AssertionError(read.problems().all())));
        return bound.catalog().orElseThrow(() -> new AssertionError(id + ": " + bound.problems().all()));
    }

    /** The pipeline over spec directories (then the test class path), as the processor runs it. */
    static GenerationPipeline pipeline(List<Path> specDirs) {
        return new GenerationPipeline(new SpecLocator(specDirs, Specs.class.getClassLoader()), new CatalogGenerator(),
                ExistingTypes.NONE, Optional.empty());
    }
}
