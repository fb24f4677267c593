package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.codebook.processor.model.Catalog;
import java.util.List;
import java.util.function.Function;

/** Turns a validated catalog into Java sources; {@link CatalogGenerator} is the one Codebook uses. */
public interface SourceGenerator {

    /**
     * @param catalogTypes the generated type of every catalog this one references (itself included)
     * @param mappedFrom the vendor catalogs of this compilation whose codes map to this one
     */
    List<JavaFile> generate(Catalog catalog, String packageName, Function<String, ClassName> catalogTypes,
            List<CatalogGenerator.MappedFrom> mappedFrom);
}
