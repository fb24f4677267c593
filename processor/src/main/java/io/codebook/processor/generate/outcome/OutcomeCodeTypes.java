package io.codebook.processor.generate.outcome;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.generate.GenerationContext;
import io.codebook.processor.generate.code.AttributeTypes;
import io.codebook.processor.generate.code.CodeSets;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Outcome;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The type of the codes one outcome may hold ({@code ArgosOutcome.RetryCode}): what makes "a retry
 * outcome holds only retry codes" true at compile time. Each constant stands for the catalog
 * constant of the same name, implements the catalog's runtime interfaces by delegating to it, and
 * gives it back with {@code asArgosCode()}. It grows like the catalog's type: one enum, or a
 * sealed interface over parts.
 */
final class OutcomeCodeTypes {

    private final NamedCatalog catalog;
    private final GenerationContext context;
    private final ClassName codeType;
    private final ClassName table;

    OutcomeCodeTypes(NamedCatalog catalog, GenerationContext context) {
        this.catalog = catalog;
        this.context = context;
        this.codeType = AttributeTypes.codeType(catalog);
        this.table = ClassName.get(catalog.names().packageName(), catalog.names().tableType());
    }

    /** The name of the method that gives the catalog's constant back, e.g. {@code asArgosCode}. */
    String toCatalogMethod() {
        return "as" + codeType.simpleName();
    }

    /** The index holder in the table, for {@code from(catalogCode)}. */
    private ClassName index(Outcome outcome) {
        return table.nestedClass(catalog.outcome(outcome).type() + "Index");
    }

    /**
     * The type and what it keeps in the catalog's table.
     *
     * @param type the type, nested in the outcome hierarchy
     */
    Result build(Outcome outcome, ClassName type, ClassName record, int switchesInFile) {
        List<Code> codes = catalog.catalog().selected(outcome);
        CodeSets.Built built = CodeSets.subset(catalog, context, type, codes, catalog.outcome(outcome).type(),
                Javadoc.start().text("The codes" + ("AEIOU".indexOf(record.simpleName().charAt(0)) >= 0 ? " an" : " a"))
                        .link(record, null).text("may hold: each stands for the").link(codeType, null)
                        .text("constant of the same name, with everything the vendor documents about it.").build(),
                fromMethod(type, outcome), toCatalogMethod(), switchesInFile);
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), codeType, type);
        TypeSpec holder = TypeSpec.classBuilder(index(outcome))
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .addJavadoc("The {@link $T} of each catalog code it stands for.\n", type)
                .addField(FieldSpec.builder(map, "BY_CODE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("index()")
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("index")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(map)
                        .addStatement("$T index = new $T<>()", map, HashMap.class)
                        .beginControlFlow("for ($T code :$W$T.values())", type, type)
                        .addStatement("index.put(code.$N(), code)", toCatalogMethod())
                        .endControlFlow()
                        .addStatement("return $T.unmodifiableMap(index)", Collections.class)
                        .build())
                .build();
        List<Object> tableMembers = new java.util.ArrayList<>(built.tableMembers());
        tableMembers.add(holder);
        return new Result(built.type(), tableMembers);
    }

    private MethodSpec fromMethod(ClassName type, Outcome outcome) {
        return MethodSpec.methodBuilder("from")
                .addJavadoc(Javadoc.wrapped("The code as such an outcome holds it; empty when the outcome cannot hold it ({@code null}"
                        + " included).\n"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addParameter(codeType, "code")
                .addStatement("return code == null ? $T.empty()$W: $T.ofNullable($W$T.BY_CODE.get(code))", Optional.class,
                        Optional.class, index(outcome))
                .build();
    }

    /** A built type and what it keeps in the table. */
    record Result(TypeSpec type, List<Object> tableMembers) {}
}
