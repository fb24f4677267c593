package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested {@code Variant} class of a catalog whose codes are printed in several rows
 * with different facts: one object per row, with the row's description, its condition and a
 * typed accessor for each attribute some row gives.
 */
final class VariantClassBuilder {

    static final String NAME = "Variant";

    private final AttributeTypes types;
    private final List<Attribute> rowAttributes;

    VariantClassBuilder(Catalog catalog, AttributeTypes types) {
        this.types = types;
        // any row may leave an attribute out, so none is always present
        this.rowAttributes = catalog.variantAttributes().stream().map(a -> a.withShape(a.list(), false)).toList();
    }

    ClassName type() {
        return types.catalogType().nestedClass(NAME);
    }

    /** Attributes as a row holds them. */
    private List<Attribute> rowAttributes() {
        return rowAttributes;
    }

    TypeSpec build() {
        TypeSpec.Builder builder = TypeSpec.classBuilder(type())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("One of the rows the vendor's document prints for a code it lists more than once with"
                        + " different facts.\n");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "description")
                .addParameter(String.class, "when")
                .addStatement("this.description = description")
                .addStatement("this.when = when");
        builder.addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL);
        builder.addField(String.class, "when", Modifier.PRIVATE, Modifier.FINAL);
        for (Attribute attribute : rowAttributes()) {
            builder.addField(types.fieldType(attribute), attribute.name(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(types.fieldType(attribute), attribute.name())
                    .addStatement("this.$1N = $1N", attribute.name());
        }
        builder.addMethod(constructor.build());
        ParameterizedTypeName optionalString = ParameterizedTypeName.get(Optional.class, String.class);
        builder.addMethod(MethodSpec.methodBuilder("description")
                .addJavadoc("This row's description, verbatim.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(optionalString)
                .addStatement("return $T.ofNullable(description)", Optional.class)
                .build());
        builder.addMethod(MethodSpec.methodBuilder("when")
                .addJavadoc("The condition the vendor states for this row, verbatim.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(optionalString)
                .addStatement("return $T.ofNullable(when)", Optional.class)
                .build());
        for (Attribute attribute : rowAttributes()) {
            builder.addMethod(MethodSpec.methodBuilder(attribute.name())
                    .addJavadoc("$L", AccessorJavadoc.of(attribute))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.accessorType(attribute))
                    .addStatement("return $L", types.accessorExpression(attribute))
                    .build());
        }
        return builder.build();
    }

    /** A code's variants as a constructor argument. */
    CodeBlock literal(List<Variant> variants) {
        List<CodeBlock> items = new ArrayList<>();
        for (Variant variant : variants) {
            CodeBlock.Builder args = CodeBlock.builder()
                    .add("$L,$W$L", text(variant.description()), text(variant.when()));
            for (Attribute attribute : rowAttributes()) {
                args.add(",$W").add(types.literal(attribute, Optional.ofNullable(variant.values().get(attribute.name()))));
            }
            items.add(CodeBlock.of("new $T($L)", type(), args.build()));
        }
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ",$W"));
    }

    private static CodeBlock text(Optional<String> text) {
        return text.map(t -> CodeBlock.of("$S", t)).orElse(CodeBlock.of("null"));
    }
}
