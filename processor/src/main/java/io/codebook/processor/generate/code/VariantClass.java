package io.codebook.processor.generate.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Variant;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Variant} class of a catalog whose codes are printed in several rows with
 * different facts: one object per row, with the row's description, its condition and a typed
 * accessor for each attribute some row gives.
 */
final class VariantClass {

    private final AttributeTypes types;
    private final ClassName type;
    private final String catalogId;
    /** Attributes as a row holds them: any row may leave one out, so none is always present. */
    private final List<Attribute> rowAttributes;

    VariantClass(Catalog catalog, ClassName codeType, AttributeTypes types) {
        this.types = types;
        this.catalogId = catalog.id();
        this.type = codeType.nestedClass(Reserved.VARIANT);
        this.rowAttributes = catalog.variantAttributes().stream().map(a -> a.withShape(a.list(), false)).toList();
    }

    ClassName type() {
        return type;
    }

    TypeSpec build() {
        TypeSpec.Builder builder = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(GeneratedTypes.nested(catalogId))
                .addJavadoc(Javadoc.wrapped("One of the rows the vendor's document prints for a code it lists more than once with"
                        + " different facts.\n"));
        // package-private: the catalog's table, in the same package, creates the rows
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(String.class, "description")
                .addParameter(String.class, "when")
                .addStatement("this.description = description")
                .addStatement("this.when = when");
        builder.addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL);
        builder.addField(String.class, "when", Modifier.PRIVATE, Modifier.FINAL);
        for (Attribute attribute : rowAttributes) {
            builder.addField(types.rowType(attribute), attribute.name(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(types.rowType(attribute), attribute.name())
                    .addStatement("this.$1N = $1N", attribute.name());
        }
        builder.addMethod(constructor.build());
        ParameterizedTypeName optionalString = ParameterizedTypeName.get(Optional.class, String.class);
        builder.addMethod(MethodSpec.methodBuilder("description")
                .addJavadoc(Javadoc.wrapped("This row's description, verbatim.\n"))
                .addModifiers(Modifier.PUBLIC)
                .returns(optionalString)
                .addStatement("return $T.ofNullable(description)", Optional.class)
                .build());
        builder.addMethod(MethodSpec.methodBuilder("when")
                .addJavadoc(Javadoc.wrapped("The condition the vendor states for this row, verbatim.\n"))
                .addModifiers(Modifier.PUBLIC)
                .returns(optionalString)
                .addStatement("return $T.ofNullable(when)", Optional.class)
                .build());
        for (Attribute attribute : rowAttributes) {
            builder.addMethod(MethodSpec.methodBuilder(attribute.name())
                    .addJavadoc(Accessors.javadoc(attribute))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.accessorType(attribute))
                    .addCode(types.accessorBody(attribute, CodeBlock.of("$N", attribute.name())))
                    .build());
        }
        return builder.build();
    }

    /** A code's variants, as the argument of its row. */
    CodeBlock literal(List<Variant> variants) {
        if (variants.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        List<CodeBlock> items = new ArrayList<>();
        for (Variant variant : variants) {
            CodeBlock.Builder args = CodeBlock.builder()
                    .add("$L,$W$L", Literals.string(variant.description().orElse(null)),
                            Literals.string(variant.when().orElse(null)));
            for (Attribute attribute : rowAttributes) {
                args.add(",$W").add(types.literal(attribute, Optional.ofNullable(variant.values().get(attribute.name()))));
            }
            items.add(CodeBlock.of("new $T($W$L)", type, args.build()));
        }
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ",$W"));
    }
}
