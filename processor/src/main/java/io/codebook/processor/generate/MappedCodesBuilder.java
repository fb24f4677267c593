package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the way back from a canonical reason to the vendor codes that map to it
 * ({@code CanonicalReason.DOCUMENT_EXPIRED.mappedCodes()}), for analytics and for the catalog
 * reference. It lists the vendor catalogs generated in the same compilation.
 */
final class MappedCodesBuilder {

    /**
     * A vendor catalog whose codes map to this one.
     *
     * @param type the vendor catalog's generated type
     * @param accessor the accessor of its canonical-reason attribute
     */
    record Referrer(ClassName type, String accessor) {}

    private static final String HOLDER = "MappedCodes";

    private MappedCodesBuilder() {}

    static void addTo(TypeSpec.Builder builder, ClassName type, List<Referrer> referrers) {
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MAPPED_CODE);
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), type, list);
        MethodSpec.Builder index = MethodSpec.methodBuilder("index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(map)
                .addStatement("$T<$T, $T<$T>> index = new $T<>()", Map.class, type, List.class, RuntimeTypes.MAPPED_CODE,
                        HashMap.class);
        for (Referrer referrer : referrers) {
            index.beginControlFlow("for ($T code : $T.values())", referrer.type(), referrer.type())
                    .addStatement("index.computeIfAbsent(code.$N(), reason -> new $T<>()).add(code)", referrer.accessor(),
                            ArrayList.class)
                    .endControlFlow();
        }
        index.addStatement("index.replaceAll((reason, codes) -> $T.copyOf(codes))", List.class)
                .addStatement("return $T.unmodifiableMap(index)", Collections.class);
        builder.addType(TypeSpec.classBuilder(type.nestedClass(HOLDER))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Built on first use, so loading a reason does not load every vendor catalog.\n")
                .addField(FieldSpec.builder(map, "BY_REASON", Modifier.STATIC, Modifier.FINAL)
                        .initializer("index()")
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(index.build())
                .build());
        String vendors = referrers.isEmpty() ? "none"
                : String.join(", ", referrers.stream().map(r -> "{@link " + r.type().simpleName() + "}").toList());
        builder.addMethod(MethodSpec.methodBuilder("mappedCodes")
                .addJavadoc("Every vendor code that maps to this reason, catalog by catalog in the document's order. It"
                        + " covers the\nvendor catalogs generated in the same compilation: $L.\n", vendors)
                .addModifiers(Modifier.PUBLIC)
                .returns(list)
                .addStatement("return $N.BY_REASON.getOrDefault(this, $T.of())", HOLDER, List.class)
                .build());
    }
}
