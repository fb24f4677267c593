package io.codebook.processor.generate;

import com.palantir.javapoet.JavaFile;
import io.codebook.processor.generate.code.CodeTypeGenerator;
import io.codebook.processor.generate.outcome.OutcomeGenerator;
import io.codebook.processor.generate.response.ResponseReaderGenerator;
import io.codebook.processor.generate.response.ResponseTypeGenerator;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.model.NamedCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generates a catalog's sources: its code type, its package-private table, its outcome hierarchy
 * when the spec declares outcomes, and its response type and reader when the spec describes the
 * vendor's responses. The outcome types keep their lookups in the table, so
 * the table is written last.
 */
public final class CatalogGenerator implements SourceGenerator {

    @Override
    public List<JavaFile> generate(NamedCatalog catalog, GenerationContext context) {
        CodeTypeGenerator codes = new CodeTypeGenerator(catalog, context);
        List<JavaFile> files = new ArrayList<>();
        files.add(GeneratedTypes.file(catalog.names(), codes.codeType()));
        List<Object> tableMembers = new ArrayList<>();
        Optional<OutcomeGenerator> outcomes = catalog.names().outcomeType().map(o -> new OutcomeGenerator(catalog, context));
        outcomes.ifPresent(generator -> {
            files.add(GeneratedTypes.file(catalog.names(), generator.build()));
            tableMembers.addAll(generator.tableMembers());
        });
        files.add(1, GeneratedTypes.file(catalog.names(), codes.table(tableMembers)));
        if (catalog.names().responses().isPresent()) {
            files.add(GeneratedTypes.file(catalog.names(), new ResponseTypeGenerator(catalog).build()));
            files.add(GeneratedTypes.file(catalog.names(), new ResponseReaderGenerator(catalog).build()));
        }
        return files;
    }
}
