package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.KeyPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits the lookup from wire values to codes: {@code fromCode(String)} for catalogs keyed by one
 * string, {@code fromKey(...)} with one parameter per key part for composite keys. Both are one
 * hash lookup, match case-exactly, and answer every input, {@code null} included, with an
 * {@code Optional} rather than an exception.
 */
final class LookupBuilder {

    static final String INDEX = "INDEX";

    private final Catalog catalog;
    private final ClassName catalogType;
    private final AttributeTypes types;
    private final Function<Code, ClassName> enumOf;

    /**
     * @param enumOf the enum each code's constant is declared in
     */
    LookupBuilder(Catalog catalog, ClassName catalogType, AttributeTypes types, Function<Code, ClassName> enumOf) {
        this.catalog = catalog;
        this.catalogType = catalogType;
        this.types = types;
        this.enumOf = enumOf;
    }

    String methodName() {
        return catalog.hasSimpleKey() ? "fromCode" : "fromKey";
    }

    /** Values are prebuilt {@code Optional}s, so a lookup that finds a code allocates nothing. */
    private TypeName indexType() {
        TypeName key = catalog.hasSimpleKey()
                ? ClassName.get(String.class)
                : ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Object.class));
        return ParameterizedTypeName.get(ClassName.get(Map.class), key,
                ParameterizedTypeName.get(ClassName.get(Optional.class), catalogType));
    }

    /** {@code private static final Map<...> INDEX = index();} */
    FieldSpec indexField(Modifier... modifiers) {
        return FieldSpec.builder(indexType(), INDEX, modifiers)
                .addJavadoc("Wire key to code; the values are built once, so a lookup allocates nothing.\n")
                .initializer("index()")
                .build();
    }

    /** Builds the index from every code (the expression {@code allCodes}) and their aliases. */
    MethodSpec indexMethod(CodeBlock allCodes, Modifier... modifiers) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("index")
                .addModifiers(modifiers)
                .returns(indexType())
                .addStatement("$T index = new $T<>()", indexType(), HashMap.class)
                .beginControlFlow("for ($T code : $L)", catalogType, allCodes)
                .addStatement("index.put($L, $T.of(code))", keyOf("code"), Optional.class)
                .endControlFlow();
        for (Code code : catalog.codes()) {
            for (String alias : code.aliases()) {
                method.addStatement("index.put($L, $T.of($T.$N))", aliasKey(code, alias), Optional.class,
                        enumOf.apply(code), code.javaName());
            }
        }
        return method.addStatement("return $T.unmodifiableMap(index)", Collections.class).build();
    }

    private CodeBlock keyOf(String variable) {
        if (catalog.hasSimpleKey()) {
            return CodeBlock.of("$N.code()", variable);
        }
        List<CodeBlock> parts = new ArrayList<>();
        for (KeyPart part : catalog.key()) {
            if (part instanceof KeyPart.AttributePart attributePart && !attributePart.attribute().alwaysPresent()) {
                Attribute attribute = attributePart.attribute();
                parts.add(attribute.type() == AttributeType.INTEGER
                        ? CodeBlock.of("$1N.$2N().isPresent() ? $1N.$2N().getAsInt() : null", variable, attribute.name())
                        : CodeBlock.of("$N.$N().orElse(null)", variable, attribute.name()));
            } else {
                parts.add(CodeBlock.of("$N.$N()", variable, part.name()));
            }
        }
        return CodeBlock.of("$T.asList($L)", Arrays.class, CodeBlock.join(parts, ", "));
    }

    private CodeBlock aliasKey(Code code, String alias) {
        if (catalog.hasSimpleKey()) {
            return CodeBlock.of("$S", alias);
        }
        List<CodeBlock> parts = new ArrayList<>();
        for (KeyPart part : catalog.key()) {
            if (part instanceof KeyPart.AttributePart attributePart) {
                Attribute attribute = attributePart.attribute();
                parts.add(types.literal(attribute, code.value(attribute.name())));
            } else {
                parts.add(CodeBlock.of("$S", alias));
            }
        }
        return CodeBlock.of("$T.asList($L)", Arrays.class, CodeBlock.join(parts, ", "));
    }

    /** What a handler's {@code unknown} receives: the code as sent, or every key part as sent. */
    TypeName rawKeyType() {
        return catalog.hasSimpleKey() ? ClassName.get(String.class)
                : ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
    }

    /** The lookup's parameters: {@code code}, or one per key part (integers boxed, null meaning absent). */
    private List<ParameterSpec> keyParameters() {
        if (catalog.hasSimpleKey()) {
            return List.of(ParameterSpec.builder(String.class, "code").build());
        }
        List<ParameterSpec> parameters = new ArrayList<>();
        for (KeyPart part : catalog.key()) {
            boolean integer = part instanceof KeyPart.AttributePart a && a.attribute().type() == AttributeType.INTEGER;
            parameters.add(ParameterSpec.builder(integer ? Integer.class : String.class, part.name()).build());
        }
        return parameters;
    }

    /**
     * {@code match(wire values..., cases)}: the handler for the documented code, or its
     * {@code unknown} with the values as sent, so unknown input is handled where the compiler sees it.
     */
    MethodSpec matchWireMethod() {
        List<ParameterSpec> parameters = keyParameters();
        String names = String.join(", ", parameters.stream().map(p -> p.name()).toList());
        MethodSpec.Builder method = MethodSpec.methodBuilder("match")
                .addJavadoc("Handles what the vendor sent: the case of the documented code it names, else"
                        + " {@code unknown} with the\nvalues as sent. Never throws for any input.\n\n"
                        + "@param <R> what the handler returns\n@return what the handler returned\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(CasesBuilder.R)
                .returns(CasesBuilder.R)
                .addParameters(parameters)
                .addParameter(ParameterizedTypeName.get(catalogType.nestedClass(CasesBuilder.CASES), CasesBuilder.R), "cases")
                .addStatement("$T<$T> known = $N($L)", Optional.class, catalogType, methodName(), names);
        if (catalog.hasSimpleKey()) {
            return method.addStatement("return known.isPresent() ? known.get().match(cases) : cases.unknown(code)").build();
        }
        List<CodeBlock> raw = parameters.stream()
                .map(p -> p.type().equals(ClassName.get(String.class)) ? CodeBlock.of("$N", p.name())
                        : CodeBlock.of("$T.toString($N, null)", java.util.Objects.class, p.name()))
                .toList();
        return method.addStatement("return known.isPresent() ? known.get().match(cases) : cases.unknown($T.asList($L))",
                Arrays.class, CodeBlock.join(raw, ", ")).build();
    }

    /** {@code fromCode(String)} or {@code fromKey(...)}; {@code index} is the expression of the index map. */
    MethodSpec lookupMethod(CodeBlock index) {
        TypeName result = ParameterizedTypeName.get(ClassName.get(Optional.class), catalogType);
        if (catalog.hasSimpleKey()) {
            return MethodSpec.methodBuilder("fromCode")
                    .addJavadoc("The code the vendor sends as {@code code}, matched exactly (case included), its"
                            + " documented\nalternative spellings included. Empty for anything this catalog does not"
                            + " document,\n{@code null} included; never throws.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(result)
                    .addParameter(String.class, "code")
                    .addStatement("return code == null ? $T.empty() : $L.getOrDefault(code, $T.empty())",
                            Optional.class, index, Optional.class)
                    .build();
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromKey")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(result);
        StringBuilder doc = new StringBuilder("The code the vendor identifies by these values, each matched exactly"
                + " (case included).\nEmpty for any combination this catalog does not document; never throws.\n");
        Set<String> parameterNames = new HashSet<>();
        catalog.key().forEach(p -> parameterNames.add(p.name()));
        List<CodeBlock> values = new ArrayList<>();
        for (KeyPart part : catalog.key()) {
            String name = part.name();
            String local = name + "Value";
            while (parameterNames.contains(local)) {
                local = local + "_";
            }
            if (part instanceof KeyPart.CodePart) {
                method.addParameter(ParameterSpec.builder(String.class, name).build());
                doc.append("\n@param code the code string as sent");
                method.beginControlFlow("if (code == null)").addStatement("return $T.empty()", Optional.class).endControlFlow();
                values.add(CodeBlock.of("code"));
                continue;
            }
            Attribute attribute = ((KeyPart.AttributePart) part).attribute();
            boolean optional = !attribute.alwaysPresent();
            doc.append("\n@param ").append(name).append(" the vendor's ").append(Javadoc.code(name))
                    .append(optional ? noneDoc(attribute) : "");
            if (attribute.type() == AttributeType.INTEGER) {
                method.addParameter(Integer.class, name);
                if (!optional) {
                    method.beginControlFlow("if ($N == null)", name).addStatement("return $T.empty()", Optional.class).endControlFlow();
                }
                values.add(CodeBlock.of("$N", name));
                continue;
            }
            method.addParameter(String.class, name);
            CodeBlock none = noneCheck(name, attribute);
            if (attribute.type() == AttributeType.STRING) {
                if (optional) {
                    method.addStatement("$T $N = $L ? null : $N", String.class, local, none, name);
                    values.add(CodeBlock.of("$N", local));
                } else {
                    method.beginControlFlow("if ($N == null)", name).addStatement("return $T.empty()", Optional.class).endControlFlow();
                    values.add(CodeBlock.of("$N", name));
                }
                continue;
            }
            ClassName enumType = types.enumType(attribute);
            if (optional) {
                method.addStatement("$T $N = null", enumType, local)
                        .beginControlFlow("if (!($L))", none)
                        .addStatement("$T<$T> known = $T.fromValue($N)", Optional.class, enumType, enumType, name)
                        .beginControlFlow("if (known.isEmpty())")
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .addStatement("$N = known.get()", local)
                        .endControlFlow();
                values.add(CodeBlock.of("$N", local));
            } else {
                method.addStatement("$T<$T> $N = $T.fromValue($N)", Optional.class, enumType, local, enumType, name)
                        .beginControlFlow("if ($N.isEmpty())", local)
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow();
                values.add(CodeBlock.of("$N.get()", local));
            }
        }
        method.addStatement("return $L.getOrDefault($T.asList($L), $T.empty())", index, Arrays.class,
                CodeBlock.join(values, ", "), Optional.class);
        return method.addJavadoc("$L\n", doc.toString()).build();
    }

    private static String noneDoc(Attribute attribute) {
        StringBuilder doc = new StringBuilder("; {@code null}, empty");
        for (String none : attribute.noneValues()) {
            doc.append(", ").append(Javadoc.code(none));
        }
        return doc.append(" mean none").toString();
    }

    private static CodeBlock noneCheck(String name, Attribute attribute) {
        CodeBlock.Builder check = CodeBlock.builder().add("$1N == null || $1N.isEmpty()", name);
        for (String none : attribute.noneValues()) {
            check.add(" || $S.equals($N)", none, name);
        }
        return check.build();
    }
}
