package io.codebook.processor.generate.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.EnumValue;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The nested enum of an enum-valued attribute or outcome field, e.g. {@code Severity} with
 * {@code HIGH("High")}: each value's wire spelling, the action it stands for where the spec names
 * one, and the lookup from what the vendor sends. A {@code switch} over it is checked for
 * exhaustiveness by javac itself, so it needs no handler type.
 */
public final class ValueEnum {

    private ValueEnum() {}

    /**
     * @param constants each value's constant name, by wire value
     */
    public static TypeSpec build(Attribute attribute, ClassName type, Map<String, String> constants, String catalogId) {
        boolean withActions = attribute.values().stream().anyMatch(v -> v.action().isPresent());
        TypeSpec.Builder builder = TypeSpec.enumBuilder(type)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.ATTRIBUTE_VALUE)
                .addAnnotation(GeneratedTypes.nested(catalogId))
                .addJavadoc(attribute.description().map(d -> Javadoc.start().vendor(d))
                        .orElse(Javadoc.start().text("Values of the vendor's").code(attribute.name()).text("column."))
                        .build());
        for (EnumValue value : attribute.values()) {
            Javadoc doc = Javadoc.start();
            value.description().ifPresent(d -> doc.vendor(d).paragraph());
            doc.text("Written by the vendor as").code(value.value()).glue(".");
            if (!value.aliases().isEmpty()) {
                doc.text("Also read from");
                for (int i = 0; i < value.aliases().size(); i++) {
                    doc.code(value.aliases().get(i)).glue(i + 1 < value.aliases().size() ? "," : ".");
                }
            }
            value.deprecation().ifPresent(deprecation -> Deprecations.tag(doc, deprecation, type,
                    deprecation.replacedBy().map(constants::get)));
            CodeBlock args = withActions
                    ? CodeBlock.of("$L, $L", Literals.string(value.value()), value.action()
                            .map(a -> CodeBlock.of("$T.$N", RuntimeTypes.NEXT_ACTION, Actions.constantName(a)))
                            .orElse(CodeBlock.of("null")))
                    : Literals.string(value.value());
            TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("$L", args).addJavadoc(doc.build());
            if (value.deprecation().isPresent()) {
                constant.addAnnotation(Deprecations.DEPRECATED);
            }
            builder.addEnumConstant(constants.get(value.value()), constant.build());
        }
        ParameterizedTypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), type);
        List<CodeBlock> entries = new ArrayList<>();
        for (EnumValue value : attribute.values()) {
            List<String> spellings = new ArrayList<>();
            spellings.add(value.value());
            spellings.addAll(value.aliases());
            for (String spelling : spellings) {
                entries.add(CodeBlock.of("$T.entry($L, $N)", Map.class, Literals.string(spelling),
                        constants.get(value.value())));
            }
        }
        builder.addField(FieldSpec.builder(mapType, Reserved.BY_VALUE_FIELD, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$T.ofEntries($>\n$L$<)", Map.class, CodeBlock.join(entries, ",\n"))
                .build());
        builder.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addStatement("this.value = value");
        if (withActions) {
            builder.addField(RuntimeTypes.NEXT_ACTION, "action", Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(RuntimeTypes.NEXT_ACTION, "action").addStatement("this.action = action");
        }
        builder.addMethod(constructor.build());
        builder.addMethod(MethodSpec.methodBuilder("value")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build());
        if (withActions) {
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
        List<String> deprecated = attribute.values().stream().filter(v -> v.deprecation().isPresent())
                .map(v -> constants.get(v.value())).toList();
        if (!deprecated.isEmpty()) {
            builder.addMethod(MethodSpec.methodBuilder("deprecated")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addCode("return switch (this) {\n$>case $L -> true;\ndefault -> false;\n$<};\n",
                            String.join(", ", deprecated))
                    .build());
        }
        builder.addMethod(MethodSpec.methodBuilder("fromValue")
                .addJavadoc(Javadoc.wrapped("The value the vendor writes as {@code value}, exactly (case included), or one of its\n"
                        + "other spellings; empty for anything else, {@code null} included. Never throws.\n"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addParameter(String.class, "value")
                .addStatement("return value == null ? $T.empty()$W: $T.ofNullable($N.get(value))", Optional.class,
                        Optional.class, Reserved.BY_VALUE_FIELD)
                .build());
        return builder.build();
    }
}
