package io.codebook.processor.generate;

import com.palantir.javapoet.JavaFile;
import io.codebook.processor.model.NamedCatalog;
import java.util.List;

/** Turns a named, valid catalog into Java sources; {@link CatalogGenerator} is the one Codebook uses. */
public interface SourceGenerator {

    List<JavaFile> generate(NamedCatalog catalog, GenerationContext context);
}
