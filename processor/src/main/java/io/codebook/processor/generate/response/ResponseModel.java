package io.codebook.processor.generate.response;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.generate.code.AttributeTypes;
import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Responses;
import java.util.List;

/**
 * What the two response generators share: the catalog's response spec, its names, and the Java
 * types of a shape's outcomes.
 */
final class ResponseModel {

    final NamedCatalog catalog;
    final Responses spec;
    final CatalogNames.ResponseNames names;
    final ClassName type;
    final ClassName reader;
    final ClassName codeType;

    ResponseModel(NamedCatalog catalog) {
        this.catalog = catalog;
        this.spec = catalog.catalog().responses().orElseThrow();
        this.names = catalog.names().responses().orElseThrow();
        this.type = ClassName.get(catalog.names().packageName(), names.type());
        this.reader = ClassName.get(catalog.names().packageName(), names.readerType());
        this.codeType = AttributeTypes.codeType(catalog);
    }

    CatalogNames.ShapeNames names(Responses.Shape shape) {
        return names.shapes().get(shape.id());
    }

    ClassName record(Responses.Shape shape) {
        return type.nestedClass(names(shape).type());
    }

    ClassName unrecognized() {
        return type.nestedClass(io.codebook.processor.naming.Reserved.UNRECOGNIZED);
    }

    Outcome outcome(Responses.Build build) {
        return catalog.catalog().outcomes().stream().filter(o -> o.id().equals(build.kind())).findFirst().orElseThrow();
    }

    /** The catalog's outcome hierarchy, e.g. {@code ArgosOutcome}. */
    ClassName outcomeType() {
        return ClassName.get(catalog.names().packageName(), catalog.names().outcomeType().orElseThrow());
    }

    /** The outcome record a build gives, e.g. {@code ArgosOutcome.Retry}. */
    ClassName outcomeRecord(Responses.Build build) {
        return outcomeType().nestedClass(catalog.outcome(outcome(build)).type());
    }

    /** The component's type: the outcome record, or a list of them when the build gives one per element. */
    TypeName componentType(Responses.Build build) {
        return build.each().isPresent() ? ParameterizedTypeName.get(ClassName.get(List.class), outcomeRecord(build))
                : outcomeRecord(build);
    }

    /** Whether the response names a context value, so {@code read} takes it. */
    List<Responses.ContextValue> context() {
        return spec.context();
    }
}
