package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.Message;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits an enum of codes: one thin constant per code whose facts are constructor arguments, and
 * the accessors of {@code CatalogCode} and of every attribute. Used for the whole catalog, or for
 * each part of a catalog too large for one class.
 */
final class CodeEnumBuilder {

    private final Catalog catalog;
    private final ClassName catalogType;
    private final AttributeTypes types;
    private final VariantClassBuilder variants;
    /** Asked once per constant: computed once, or a large catalog takes quadratic time. */
    private final boolean withVariants;

    CodeEnumBuilder(Catalog catalog, ClassName catalogType, AttributeTypes types) {
        this.catalog = catalog;
        this.withVariants = catalog.hasVariants();
        this.catalogType = catalogType;
        this.types = types;
        this.variants = new VariantClassBuilder(catalog, types);
    }

    /**
     * @param type the enum's name
     * @param codes the codes it holds
     * @param partOfSealedCatalog whether the enum implements the catalog's sealed interface (its
     *     attribute accessors then override the interface's)
     */
    TypeSpec.Builder build(ClassName type, List<Code> codes, boolean partOfSealedCatalog) {
        TypeSpec.Builder builder = TypeSpec.enumBuilder(type).addModifiers(Modifier.PUBLIC);
        RoleMethods roles = new RoleMethods(catalog, types);
        builder.addSuperinterface(partOfSealedCatalog ? catalogType : roles.codeInterface());
        for (Code code : codes) {
            Group group = groupOf(code);
            builder.addEnumConstant(code.javaName(), TypeSpec.anonymousClassBuilder("$L", arguments(code, group))
                    .addJavadoc("$L", CodeJavadoc.of(catalog, group, code))
                    .build());
        }
        ClassName groupType = catalogType.nestedClass(GroupEnumBuilder.NAME);
        TypeName messagesType = ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VENDOR_MESSAGE);
        builder.addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL);
        builder.addField(groupType, "group", Modifier.PRIVATE, Modifier.FINAL);
        builder.addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL);
        builder.addField(messagesType, "messages", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(String.class, "code")
                .addParameter(groupType, "group")
                .addParameter(String.class, "description")
                .addParameter(messagesType, "messages")
                .addStatement("this.code = code")
                .addStatement("this.group = group")
                .addStatement("this.description = description")
                .addStatement("this.messages = messages");
        for (Attribute attribute : catalog.attributes()) {
            builder.addField(types.fieldType(attribute), attribute.name(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(types.fieldType(attribute), attribute.name())
                    .addStatement("this.$1N = $1N", attribute.name());
        }
        TypeName variantsType = ParameterizedTypeName.get(ClassName.get(List.class), variants.type());
        if (withVariants) {
            builder.addField(variantsType, "variants", Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(variantsType, "variants").addStatement("this.variants = variants");
        }
        builder.addMethod(constructor.build());
        builder.addMethod(override("code", ClassName.get(String.class), CodeBlock.of("code")));
        builder.addMethod(override("group", groupType, CodeBlock.of("group")));
        builder.addMethod(override("description",
                ParameterizedTypeName.get(ClassName.get(Optional.class), ClassName.get(String.class)),
                CodeBlock.of("$T.ofNullable(description)", Optional.class)));
        builder.addMethod(override("messages", messagesType, CodeBlock.of("messages")));
        builder.addMethod(override("catalog", RuntimeTypes.CATALOG_INFO, CodeBlock.of("CATALOG")));
        for (Attribute attribute : catalog.attributes()) {
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(attribute.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.accessorType(attribute))
                    .addStatement("return $L", types.accessorExpression(attribute));
            if (partOfSealedCatalog || RoleMethods.accessorIsRoleMethod(attribute)) {
                accessor.addAnnotation(Override.class);
            }
            if (!partOfSealedCatalog) {
                accessor.addJavadoc("$L", AccessorJavadoc.of(attribute));
            }
            builder.addMethod(accessor.build());
        }
        builder.addMethods(roles.methods());
        if (withVariants) {
            MethodSpec.Builder accessor = MethodSpec.methodBuilder("variants")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(variantsType)
                    .addStatement("return variants");
            if (partOfSealedCatalog) {
                accessor.addAnnotation(Override.class);
            } else {
                accessor.addJavadoc("$L", VARIANTS_JAVADOC);
            }
            builder.addMethod(accessor.build());
        }
        return builder;
    }

    static final String VARIANTS_JAVADOC = "The rows the vendor's document prints for this code when it prints several"
            + " with different facts;\nempty when it prints one. What all rows share is on the code itself.\n";

    private CodeBlock arguments(Code code, Group group) {
        CodeBlock.Builder args = CodeBlock.builder()
                .add("$S,$W$T.$N,$W", code.displayKey(), catalogType.nestedClass(GroupEnumBuilder.NAME), group.javaName());
        args.add(code.description().map(d -> CodeBlock.of("$S", d)).orElse(CodeBlock.of("null")));
        args.add(",$W").add(messages(code.messages()));
        for (Attribute attribute : catalog.attributes()) {
            args.add(",$W").add(types.literal(attribute, code.value(attribute.name())));
        }
        if (withVariants) {
            args.add(",$W").add(variants.literal(code.variants()));
        }
        return args.build();
    }

    private static CodeBlock messages(List<Message> messages) {
        if (messages.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            list.add(i == 0 ? "" : ",$W");
            if (message.description().isPresent()) {
                list.add("$T.of($S, $S)", RuntimeTypes.VENDOR_MESSAGE, message.text(), message.description().get());
            } else {
                list.add("$T.of($S)", RuntimeTypes.VENDOR_MESSAGE, message.text());
            }
        }
        return list.add(")").build();
    }

    private Group groupOf(Code code) {
        return catalog.groups().stream().filter(g -> g.id().equals(code.groupId())).findFirst().orElseThrow();
    }

    private static MethodSpec override(String name, TypeName returns, CodeBlock expression) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addStatement("return $L", expression)
                .build();
    }
}
