package io.codebook.processor.generate.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The lookup from wire values to codes: {@code fromCode(String)} for catalogs keyed by one string,
 * {@code fromKey(...)} with one parameter per key part for composite keys, and {@code match} with
 * the same parameters and a handler. A lookup is one hash lookup in the table's index, matches
 * case-exactly, and answers every input, {@code null} included, without an exception; the index's
 * values are prebuilt {@code Optional}s, so a lookup that finds a code allocates nothing.
 */
final class Lookups {

    static final String INDEX = "INDEX";


    private final Catalog catalog;
    private final ClassName codeType;
    private final ClassName table;
    private final AttributeTypes types;

    Lookups(Catalog catalog, ClassName codeType, ClassName table, AttributeTypes types) {
        this.catalog = catalog;
        this.codeType = codeType;
        this.table = table;
        this.types = types;
    }

    String methodName() {
        return catalog.hasSimpleKey() ? "fromCode" : "fromKey";
    }

    /** The lookup's parameters: {@code code}, or one per key part (integers boxed, {@code null} meaning absent). */
    List<ParameterSpec> parameters() {
        List<ParameterSpec> parameters = new ArrayList<>();
        for (KeyPart part : catalog.key()) {
            boolean integer = part instanceof KeyPart.AttributePart a && a.attribute().type() == AttributeType.INTEGER;
            parameters.add(ParameterSpec.builder(integer ? Integer.class : String.class, part.name()).build());
        }
        return parameters;
    }

    /** What a handler's {@code unknown} receives: the code as sent, or every key part as sent. */
    TypeName rawKeyType() {
        return catalog.hasSimpleKey() ? ClassName.get(String.class)
                : ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
    }

    /** The code type's {@code fromCode}/{@code fromKey}, which asks the table. */
    MethodSpec lookupMethod() {
        List<ParameterSpec> parameters = parameters();
        Javadoc doc = catalog.hasSimpleKey()
                ? Javadoc.start().text("The code the vendor sends as {@code code}, matched exactly (case included), its"
                        + " documented alternative spellings included. Empty for anything this catalog does not"
                        + " document, {@code null} included; never throws.")
                : Javadoc.start().text("The code the vendor identifies by these values, each matched exactly (case"
                        + " included). Empty for any combination this catalog does not document; never throws.");
        doc.paragraph().text("A value it does not find is reported to the runtime's")
                .link(RuntimeTypes.UNKNOWN_VALUES, null).glue(".");
        doc.line();
        for (KeyPart part : catalog.key()) {
            doc.line().text("@param " + part.name());
            if (part instanceof KeyPart.AttributePart attributePart) {
                Attribute attribute = attributePart.attribute();
                doc.text("the vendor's").code(attribute.name());
                if (!attribute.alwaysPresent()) {
                    doc.glue(";").text("{@code null}, empty");
                    attribute.noneValues().forEach(none -> doc.glue(",").code(none));
                    doc.text("mean none");
                }
            } else {
                doc.text("the code as sent");
            }
        }
        return MethodSpec.methodBuilder(methodName())
                .addJavadoc(doc.build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), codeType))
                .addParameters(parameters)
                .addStatement("return $T.lookup($S,$W$L)", table, codeType.simpleName() + "." + methodName(),
                        names(parameters))
                .build();
    }

    /**
     * {@code match(wire values..., cases)}: the handler for the documented code, or its
     * {@code unknown} with the values as sent, so unknown input is handled where the compiler sees it.
     */
    MethodSpec matchWireMethod(ClassName cases) {
        List<ParameterSpec> parameters = parameters();
        NameAllocator names = new NameAllocator();
        parameters.forEach(p -> names.newName(p.name(), "parameter:" + p.name()));
        String handler = names.newName("cases", "cases");
        String known = names.newName("known", "known");
        TypeVariableName r = TypeVariableName.get("R");
        MethodSpec.Builder method = MethodSpec.methodBuilder(Reserved.MATCH)
                .addJavadoc(Javadoc.start().text("Handles what the vendor sent: the case of the documented code it"
                                + " names, else {@code unknown} with the values as sent. Never throws for any input.")
                        .line().line().text("@param <R> what the handler returns")
                        .line().text("@return what the handler returned").build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(r)
                .returns(r)
                .addParameters(parameters)
                .addParameter(ParameterizedTypeName.get(cases, r), handler)
                .addStatement("$T<$T> $N = $N($L)", Optional.class, codeType, known, methodName(), names(parameters));
        if (catalog.hasSimpleKey()) {
            return method.addStatement("return $1N.isPresent() ? $1N.get().match($2N) : $2N.unknown($3N)", known, handler,
                    parameters.get(0).name()).build();
        }
        List<CodeBlock> raw = parameters.stream()
                .map(p -> p.type().equals(ClassName.get(String.class)) ? CodeBlock.of("$N", p.name())
                        : CodeBlock.of("$T.toString($N, null)", Objects.class, p.name()))
                .toList();
        return method.addStatement("return $1N.isPresent() ? $1N.get().match($2N)\n: $2N.unknown($3T.asList($4L))",
                known, handler, Arrays.class, CodeBlock.join(raw, ", ")).build();
    }

    private static CodeBlock names(List<ParameterSpec> parameters) {
        return CodeBlock.join(parameters.stream().map(p -> CodeBlock.of("$N", p.name())).toList(), ", ");
    }

    // --- the table's side -------------------------------------------------------------------------

    private TypeName indexType() {
        TypeName key = catalog.hasSimpleKey()
                ? ClassName.get(String.class)
                : ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Object.class));
        return ParameterizedTypeName.get(ClassName.get(Map.class), key,
                ParameterizedTypeName.get(ClassName.get(Optional.class), codeType));
    }

    FieldSpec indexField() {
        return FieldSpec.builder(indexType(), INDEX, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(Javadoc.wrapped("Wire key to code, aliases included; built once, so a lookup allocates nothing.\n"))
                .initializer("index()")
                .build();
    }

    /** Builds the index from the rows: row {@code i} belongs to {@code values()[i]}. */
    MethodSpec indexMethod(String rows, boolean withAliases) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(indexType())
                .addStatement("$T index = new $T<>()", indexType(), HashMap.class)
                .addStatement("$T[] codes = $T.values()", codeType, codeType)
                .beginControlFlow("for (int i = 0; i < codes.length; i++)")
                .addStatement("$T row = $N[i]", table.nestedClass(CodeTable.ROW), rows)
                .addStatement("index.put($L, $T.of(codes[i]))", keyOf(Optional.empty()), Optional.class);
        if (withAliases) {
            method.beginControlFlow("for ($T alias : row.aliases())", String.class)
                    .addStatement("index.put($L, $T.of(codes[i]))", keyOf(Optional.of("alias")), Optional.class)
                    .endControlFlow();
        }
        return method.endControlFlow()
                .addStatement("return $T.unmodifiableMap(index)", Collections.class)
                .build();
    }

    /** A row's key, with {@code code} replaced by {@code alias} when given. */
    private CodeBlock keyOf(Optional<String> alias) {
        if (catalog.hasSimpleKey()) {
            return CodeBlock.of("$L", alias.orElse("row.code()"));
        }
        List<CodeBlock> parts = new ArrayList<>();
        for (KeyPart part : catalog.key()) {
            parts.add(part instanceof KeyPart.CodePart && alias.isPresent() ? CodeBlock.of("$N", alias.get())
                    : CodeBlock.of("row.$N()", part.name()));
        }
        return CodeBlock.of("$T.asList($L)", Arrays.class, CodeBlock.join(parts, ",$W"));
    }

    /**
     * The table's {@code sent}, for a composite key: what a lookup was given, by key part, as a report of
     * an unknown code carries it. Built only when nothing was found.
     */
    Optional<MethodSpec> tableSent() {
        if (catalog.hasSimpleKey()) {
            return Optional.empty();
        }
        TypeName strings = ParameterizedTypeName.get(Map.class, String.class, String.class);
        MethodSpec.Builder method = MethodSpec.methodBuilder("sent")
                .addModifiers(Modifier.STATIC)
                .returns(strings)
                .addParameters(parameters());
        NameAllocator names = new NameAllocator();
        catalog.key().forEach(part -> names.newName(part.name(), "parameter:" + part.name()));
        String sent = names.newName("sent", "sent");
        if (catalog.keyIncludesCode()) {
            // without its code nothing was sent to match: nothing to report
            method.beginControlFlow("if (code == null)").addStatement("return $T.of()", Map.class).endControlFlow();
        }
        method.addStatement("$T $N = new $T<>()", strings, sent, LinkedHashMap.class);
        for (KeyPart part : catalog.key()) {
            boolean integer = part instanceof KeyPart.AttributePart a && a.attribute().type() == AttributeType.INTEGER;
            method.addStatement("$T.$N($N, $S, $N)", RuntimeTypes.WIRE_VALUES, integer ? "putNumber" : "put", sent,
                    part.name(), part.name());
        }
        return Optional.of(method.addStatement("return $N", sent).build());
    }

    /**
     * The table's {@code lookup}: turns what the vendor sent into the index's key. It takes where a
     * miss is reported from ({@code null}: nowhere), so that a documented code is found by the very
     * work a lookup without reporting does: the report is on the miss path alone.
     */
    MethodSpec tableLookup() {
        TypeName result = ParameterizedTypeName.get(ClassName.get(Optional.class), codeType);
        NameAllocator names = new NameAllocator();
        catalog.key().forEach(part -> names.newName(part.name(), "parameter:" + part.name()));
        String location = names.newName("location", "location");
        String found = names.newName("found", "found");
        MethodSpec.Builder method = MethodSpec.methodBuilder("lookup")
                .addJavadoc(Javadoc.wrapped("@param " + location
                        + " where a code it does not find is reported from, {@code null} for nowhere\n"))
                .addModifiers(Modifier.STATIC)
                .returns(result)
                .addParameter(String.class, location)
                .addParameters(parameters());
        CodeBlock missed = CodeBlock.of("return missed($N, $L)", location, names(parameters()));
        if (catalog.hasSimpleKey()) {
            return method.beginControlFlow("if (code == null)")
                    .addStatement("return $T.empty()", Optional.class)
                    .endControlFlow()
                    .addStatement("$T $N = $N.get(code)", result, found, INDEX)
                    .addStatement("return $1N != null ? $1N : missed($2N, code)", found, location)
                    .build();
        }
        List<CodeBlock> values = new ArrayList<>();
        for (KeyPart part : catalog.key()) {
            String name = part.name();
            if (part instanceof KeyPart.CodePart) {
                method.beginControlFlow("if (code == null)").addStatement("return $T.empty()", Optional.class).endControlFlow();
                values.add(CodeBlock.of("code"));
                continue;
            }
            Attribute attribute = ((KeyPart.AttributePart) part).attribute();
            boolean optional = !attribute.alwaysPresent();
            if (attribute.type() == AttributeType.INTEGER) {
                if (!optional) {
                    method.beginControlFlow("if ($N == null)", name).addStatement(missed)
                            .endControlFlow();
                }
                values.add(CodeBlock.of("$N", name));
                continue;
            }
            String local = names.newName(name + "Value", "value:" + name);
            CodeBlock none = noneCheck(name, attribute);
            if (attribute.type() == AttributeType.STRING) {
                if (optional) {
                    method.addStatement("$T $N = $L$W? null : $N", String.class, local, none, name);
                    values.add(CodeBlock.of("$N", local));
                } else {
                    method.beginControlFlow("if ($N == null)", name).addStatement(missed)
                            .endControlFlow();
                    values.add(CodeBlock.of("$N", name));
                }
                continue;
            }
            ClassName enumType = types.enumType(attribute);
            if (optional) {
                String known = names.newName(name + "Known", "known:" + name);
                method.addStatement("$T $N = null", enumType, local)
                        .beginControlFlow("if (!($L))", none)
                        .addStatement("$T<$T> $N = $T.fromValue($N)", Optional.class, enumType, known, enumType, name)
                        .beginControlFlow("if ($N.isEmpty())", known)
                        .addStatement(missed)
                        .endControlFlow()
                        .addStatement("$N = $N.get()", local, known)
                        .endControlFlow();
                values.add(CodeBlock.of("$N", local));
            } else {
                method.addStatement("$T<$T> $N =$W$T.fromValue($N)", Optional.class, enumType, local, enumType, name)
                        .beginControlFlow("if ($N.isEmpty())", local)
                        .addStatement(missed)
                        .endControlFlow();
                values.add(CodeBlock.of("$N.get()", local));
            }
        }
        return method.addStatement("$T $N =$W$N.get($T.asList($L))", result, found, INDEX, Arrays.class,
                        CodeBlock.join(values, ",$W"))
                .addStatement("return $1N != null ? $1N :$Wmissed($2N, $3L)", found, location, names(parameters()))
                .build();
    }

    /** The table's {@code missed}: reports a lookup that found nothing, where one was asked for, and answers it. */
    MethodSpec tableMissed() {
        TypeName result = ParameterizedTypeName.get(ClassName.get(Optional.class), codeType);
        CodeBlock sent = catalog.hasSimpleKey() ? CodeBlock.of("code") : CodeBlock.of("sent($L)", names(parameters()));
        NameAllocator names = new NameAllocator();
        catalog.key().forEach(part -> names.newName(part.name(), "parameter:" + part.name()));
        String location = names.newName("location", "location");
        return MethodSpec.methodBuilder("missed")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(result)
                .addParameter(String.class, location)
                .addParameters(parameters())
                .beginControlFlow("if ($N != null)", location)
                .addStatement("$T.code($S,$W$N,$W$L)", RuntimeTypes.UNKNOWN_REPORTS, catalog.id(), location, sent)
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build();
    }

    private static CodeBlock noneCheck(String name, Attribute attribute) {
        CodeBlock.Builder check = CodeBlock.builder().add("$1N == null || $1N.isEmpty()", name);
        for (String none : attribute.noneValues()) {
            check.add("$W|| $L.equals($N)", Literals.string(none), name);
        }
        return check.build();
    }
}
