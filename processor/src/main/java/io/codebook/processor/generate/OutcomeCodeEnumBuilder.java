package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.bind.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits the enum of the codes one outcome may hold ({@code ArgosOutcome.RetryCode}): the type that
 * makes "a retry outcome can only hold a retry code" true at compile time. Each constant stands for
 * the catalog constant of the same name, which it delegates to.
 */
final class OutcomeCodeEnumBuilder {

    private final Catalog catalog;
    private final ClassName catalogType;
    private final Function<Code, ClassName> enumOf;

    OutcomeCodeEnumBuilder(Catalog catalog, ClassName catalogType, Function<Code, ClassName> enumOf) {
        this.catalog = catalog;
        this.catalogType = catalogType;
        this.enumOf = enumOf;
    }

    /** The accessor from an outcome's code to the catalog's, e.g. {@code asArgosCode()}. */
    String toCatalogMethod() {
        return "as" + catalogType.simpleName();
    }

    TypeSpec build(ClassName type, List<Code> codes, String outcomeWords) {
        TypeSpec.Builder builder = TypeSpec.enumBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(RuntimeTypes.CATALOG_CODE)
                .addJavadoc("The codes $L may hold: each stands for the {@link $T} constant of the same name.\n",
                        outcomeWords, catalogType);
        for (Code code : codes) {
            builder.addEnumConstant(code.javaName(), TypeSpec.anonymousClassBuilder("$T.$N", enumOf.apply(code), code.javaName())
                    .addJavadoc("{@link $T#$N}\n", catalogType, code.javaName())
                    .build());
        }
        builder.addField(catalogType, "code", Modifier.PRIVATE, Modifier.FINAL);
        builder.addMethod(MethodSpec.constructorBuilder()
                .addParameter(catalogType, "code")
                .addStatement("this.code = code")
                .build());
        builder.addMethod(MethodSpec.methodBuilder(toCatalogMethod())
                .addJavadoc("The same code as a constant of the whole catalog, with every attribute the vendor documents.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(catalogType)
                .addStatement("return code")
                .build());
        ClassName groupType = catalogType.nestedClass(GroupEnumBuilder.NAME);
        builder.addMethod(delegate("code", ClassName.get(String.class)));
        builder.addMethod(delegate("group", groupType));
        builder.addMethod(delegate("description", ParameterizedTypeName.get(Optional.class, String.class)));
        builder.addMethod(delegate("messages",
                ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VENDOR_MESSAGE)));
        builder.addMethod(delegate("catalog", RuntimeTypes.CATALOG_INFO));
        TypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), catalogType, type);
        builder.addField(FieldSpec.builder(mapType, "BY_CATALOG_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("index()")
                .build());
        builder.addMethod(MethodSpec.methodBuilder("index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(mapType)
                .addStatement("$T index = new $T<>()", mapType, HashMap.class)
                .beginControlFlow("for ($T value : values())", type)
                .addStatement("index.put(value.code, value)")
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(index)", Collections.class)
                .build());
        builder.addMethod(MethodSpec.methodBuilder("from")
                .addJavadoc("The code as $L holds it; empty when $L cannot hold it ({@code null} included).\n",
                        outcomeWords, outcomeWords)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addParameter(catalogType, "code")
                .addStatement("return code == null ? $T.empty() : $T.ofNullable(BY_CATALOG_CODE.get(code))",
                        Optional.class, Optional.class)
                .build());
        List<CasesBuilder.Case> cases = new ArrayList<>();
        for (Code code : codes) {
            cases.add(new CasesBuilder.Case(JavaNames.caseName(code.javaName()), Optional.empty(),
                    "{@link " + type.simpleName() + "#" + code.javaName() + "}\n"));
        }
        CasesBuilder.addHandlerTypes(builder, type, cases, "code " + outcomeWords + " may hold");
        builder.addMethod(CasesBuilder.enumMatch(type, codes.stream().map(Code::javaName).toList(), cases));
        return builder.build();
    }

    private static MethodSpec delegate(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addStatement("return code.$N()", name)
                .build();
    }
}
