package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.EnumValue;
import io.codebook.processor.bind.JavaNames;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Emits the nested enum of an enum-valued attribute, e.g. {@code Severity} with {@code HIGH("High")}. */
final class AttributeEnumBuilder {

    private AttributeEnumBuilder() {}

    static TypeSpec build(Attribute attribute, ClassName type) {
        boolean withActions = attribute.values().stream().anyMatch(v -> v.action().isPresent());
        TypeSpec.Builder builder = TypeSpec.enumBuilder(type)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.ATTRIBUTE_VALUE)
                .addJavadoc("$L", attribute.description()
                        .map(Javadoc::escape)
                        .orElse("Values of the vendor's " + Javadoc.code(attribute.name()) + " column."));
        for (EnumValue value : attribute.values()) {
            StringBuilder doc = new StringBuilder(value.description().map(Javadoc::escape).orElse(""));
            if (doc.length() > 0) {
                doc.append("\n\n<p>");
            }
            doc.append("Written by the vendor as ").append(Javadoc.code(value.value())).append('.');
            if (!value.aliases().isEmpty()) {
                doc.append(" Also read from ")
                        .append(String.join(", ", value.aliases().stream().map(Javadoc::code).toList()))
                        .append('.');
            }
            CodeBlock args = withActions
                    ? CodeBlock.of("$S, $L", value.value(), value.action()
                            .map(a -> CodeBlock.of("$T.$N", RuntimeTypes.NEXT_ACTION, Actions.constantName(a)))
                            .orElse(CodeBlock.of("null")))
                    : CodeBlock.of("$S", value.value());
            builder.addEnumConstant(value.javaName(), TypeSpec.anonymousClassBuilder("$L", args)
                    .addJavadoc("$L", doc.toString())
                    .build());
        }
        ParameterizedTypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), type);
        CodeBlock.Builder entries = CodeBlock.builder();
        boolean first = true;
        for (EnumValue value : attribute.values()) {
            for (String spelling : spellings(value)) {
                entries.add(first ? "\n$T.entry($S, $L)" : ",\n$T.entry($S, $L)", Map.class, spelling, value.javaName());
                first = false;
            }
        }
        builder.addField(FieldSpec.builder(mapType, "BY_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.ofEntries($>$L$<)", Map.class, entries.build())
                .build());
        builder.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addStatement("this.value = value");
        if (withActions) {
            builder.addField(RuntimeTypes.NEXT_ACTION, "action", Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(RuntimeTypes.NEXT_ACTION, "action").addStatement("this.action = action");
            boolean all = attribute.valuesCarryActions();
            builder.addMethod(MethodSpec.methodBuilder("action")
                    .addJavadoc("The next action this value stands for$L.\n", all ? "" : "; empty where the spec names none")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(all ? RuntimeTypes.NEXT_ACTION
                            : ParameterizedTypeName.get(ClassName.get(Optional.class), RuntimeTypes.NEXT_ACTION))
                    .addCode(all ? CodeBlock.of("return action;\n")
                            : CodeBlock.of("return $T.ofNullable(action);\n", Optional.class))
                    .build());
        }
        builder.addMethod(constructor.build());
        builder.addMethod(MethodSpec.methodBuilder("value")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build());
        builder.addMethod(MethodSpec.methodBuilder("fromValue")
                .addJavadoc("The value the vendor writes as {@code value}, exactly (case included);"
                        + " empty for anything else, {@code null} included.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addParameter(String.class, "value")
                .addStatement("return value == null ? $T.empty() : $T.ofNullable(BY_VALUE.get(value))",
                        Optional.class, Optional.class)
                .build());
        java.util.List<CasesBuilder.Case> cases = attribute.values().stream()
                .map(v -> new CasesBuilder.Case(JavaNames.caseName(v.javaName()), Optional.empty(),
                        "{@link " + type.simpleName() + "#" + v.javaName() + "}, written " + Javadoc.code(v.value()) + ".\n"))
                .toList();
        CasesBuilder.addHandlerTypes(builder, type, cases, "value of " + Javadoc.code(attribute.name()));
        builder.addMethod(CasesBuilder.enumMatch(type, attribute.values().stream().map(EnumValue::javaName).toList(), cases));
        return builder.build();
    }

    private static java.util.List<String> spellings(EnumValue value) {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(value.value());
        all.addAll(value.aliases());
        return all;
    }
}
