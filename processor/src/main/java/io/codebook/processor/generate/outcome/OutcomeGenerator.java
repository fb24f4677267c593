package io.codebook.processor.generate.outcome;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.codebook.processor.generate.GenerationContext;
import io.codebook.processor.generate.code.AttributeTypes;
import io.codebook.processor.generate.code.ValueEnum;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * A catalog's outcome hierarchy: a sealed interface with one record per kind of outcome the spec
 * declares, each holding only codes of its kind and its typed fields, plus {@code Unknown}, which
 * keeps the raw values of anything the catalog does not know. Factories build the right record
 * from raw wire values and never throw; {@code Cases} handles every kind on Java 17, and a Java 21+
 * pattern {@code switch} is exhaustive without a default because the interface is sealed.
 */
public final class OutcomeGenerator {

    private static final TypeVariableName R = TypeVariableName.get("R");

    private final NamedCatalog catalog;
    private final Catalog spec;
    private final GenerationContext context;
    private final ClassName codeType;
    private final ClassName type;
    private final OutcomeCodeTypes codeTypes;
    private final List<Object> tableMembers = new ArrayList<>();

    public OutcomeGenerator(NamedCatalog catalog, GenerationContext context) {
        this.catalog = catalog;
        this.spec = catalog.catalog();
        this.context = context;
        this.codeType = AttributeTypes.codeType(catalog);
        this.type = ClassName.get(catalog.names().packageName(), catalog.names().outcomeType().orElseThrow());
        this.codeTypes = new OutcomeCodeTypes(catalog, context);
    }

    /** What the outcome types keep in the catalog's table; complete once {@link #build()} ran. */
    public List<Object> tableMembers() {
        return tableMembers;
    }

    private CatalogNames.OutcomeNames names(Outcome outcome) {
        return catalog.outcome(outcome);
    }

    private ClassName record(Outcome outcome) {
        return type.nestedClass(names(outcome).type());
    }

    private AttributeTypes fieldTypes(Outcome outcome) {
        return new AttributeTypes(catalog, context, type, names(outcome).fieldEnumTypes(),
                names(outcome).fieldValueConstants());
    }

    /** The type of the codes an outcome holds: its own nested enum, or the catalog's type when it may hold any. */
    private TypeName codesType(Outcome outcome) {
        return names(outcome).codeType().<TypeName>map(type::nestedClass).orElse(codeType);
    }

    public TypeSpec build() {
        TypeSpec.Builder builder = TypeSpec.interfaceBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc(Javadoc.start().text("What a response of").vendor(spec.vendor())
                        .text("can carry: one record per kind of outcome the catalog spec declares, and {@link Unknown}"
                                + " for anything the catalog does not know.")
                        .paragraph().text("Build one with the factory of its kind (" + String.join(", ", spec.outcomes()
                                .stream().map(o -> "{@link #" + names(o).factory() + "}").toList()))
                        .glue("), which never throws: wire values the catalog does not document give {@link Unknown}"
                                + " with the values as sent. Handle every kind with {@link #match(Cases)}, or, on Java"
                                + " 21+, with a {@code switch} over the records; both fail to compile when a kind is"
                                + " added to the spec and not handled.")
                        .build());
        GeneratedTypes.topLevel(catalog.id()).forEach(builder::addAnnotation);
        NameAllocator statics = new NameAllocator();
        spec.outcomes().forEach(o -> statics.newName(names(o).factory(), o.id()));
        for (Outcome outcome : spec.outcomes()) {
            builder.addMethod(factory(outcome, statics.newName("unknown" + names(outcome).type(), "unknown:" + outcome.id())));
        }
        for (Outcome outcome : spec.outcomes()) {
            builder.addMethod(unknownOf(outcome, statics.get("unknown:" + outcome.id())));
        }
        builder.addMethod(MethodSpec.methodBuilder(Reserved.MATCH)
                .addJavadoc(Javadoc.wrapped("Calls the method of {@code cases} that handles this kind of outcome.\n\n"
                        + "@param <R> what the handler returns\n@return what the handler returned\n"))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addTypeVariable(R)
                .returns(R)
                .addParameter(ParameterizedTypeName.get(type.nestedClass(Reserved.CASES), R), "cases")
                .build());
        for (Outcome outcome : spec.outcomes()) {
            builder.addPermittedSubclass(record(outcome));
            builder.addType(record(outcome, record(outcome)));
        }
        ClassName unknown = type.nestedClass(Reserved.UNKNOWN);
        builder.addPermittedSubclass(unknown);
        builder.addType(unknownRecord(unknown));
        int switches = spec.outcomes().stream().filter(o -> names(o).codeType().isPresent())
                .mapToInt(o -> spec.selected(o).size()).sum();
        for (Outcome outcome : spec.outcomes()) {
            if (names(outcome).codeType().isPresent()) {
                OutcomeCodeTypes.Result codes = codeTypes.build(outcome, type.nestedClass(names(outcome).codeType().get()),
                        record(outcome), switches);
                builder.addType(codes.type());
                tableMembers.addAll(codes.tableMembers());
            }
            AttributeTypes fields = fieldTypes(outcome);
            for (Attribute field : outcome.fields()) {
                if (field.type() == AttributeType.ENUM) {
                    builder.addType(ValueEnum.build(field, fields.enumType(field), fields.valueConstants(field),
                            catalog.id()).toBuilder().addModifiers(Modifier.STATIC).build());
                }
            }
        }
        builder.addType(cases());
        builder.addType(partialCases());
        return builder.build();
    }

    private TypeSpec cases() {
        TypeSpec.Builder cases = TypeSpec.interfaceBuilder(type.nestedClass(Reserved.CASES))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(R)
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .addJavadoc(Javadoc.wrapped("Handles every kind of outcome. A handler that leaves one out does not compile, so a kind"
                        + " added to the\nspec shows up as a compile error naming the method to write.\n\n"
                        + "@param <R> what handling an outcome returns\n"));
        for (Outcome outcome : spec.outcomes()) {
            cases.addMethod(MethodSpec.methodBuilder(names(outcome).factory())
                    .addJavadoc(Javadoc.start().text(article(names(outcome).type())).link(record(outcome), null)
                            .glue(outcome.description().map(d -> ":").orElse("."))
                            .vendor(outcome.description().orElse("")).build())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(R)
                    .addParameter(record(outcome), "value")
                    .build());
        }
        cases.addMethod(MethodSpec.methodBuilder(Reserved.UNKNOWN_CASE)
                .addJavadoc(Javadoc.wrapped("What the catalog does not know, with the values as sent.\n"))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(R)
                .addParameter(type.nestedClass(Reserved.UNKNOWN), "value")
                .build());
        return cases.build();
    }

    private TypeSpec partialCases() {
        ClassName casesType = type.nestedClass(Reserved.CASES);
        TypeSpec.Builder partial = TypeSpec.interfaceBuilder(type.nestedClass(Reserved.PARTIAL_CASES))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(R)
                .addSuperinterface(ParameterizedTypeName.get(casesType, R))
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .addJavadoc(Javadoc.wrapped("Handles the kinds of outcome it overrides and gives every other kind to {@link"
                        + " #otherwise()}, which\nmust be written.\n\n@param <R> what handling an outcome returns\n"))
                .addMethod(MethodSpec.methodBuilder(Reserved.OTHERWISE)
                        .addJavadoc(Javadoc.wrapped("What every kind this handler does not override gives.\n"))
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(R)
                        .build());
        List<String> handlers = new ArrayList<>(spec.outcomes().stream().map(o -> names(o).factory()).toList());
        List<ClassName> records = new ArrayList<>(spec.outcomes().stream().map(this::record).toList());
        handlers.add(Reserved.UNKNOWN_CASE);
        records.add(type.nestedClass(Reserved.UNKNOWN));
        for (int i = 0; i < handlers.size(); i++) {
            partial.addMethod(MethodSpec.methodBuilder(handlers.get(i))
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(R)
                    .addParameter(records.get(i), "value")
                    .addStatement("return $N()", Reserved.OTHERWISE)
                    .build());
        }
        return partial.build();
    }

    /** "A" or "An" before a type name, as it is read. */
    private static String article(String name) {
        return "AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "An" : "A";
    }

    private String codesComponent(Outcome outcome) {
        return outcome.list() ? "codes" : "code";
    }

    private TypeName codesComponentType(Outcome outcome) {
        return outcome.list() ? ParameterizedTypeName.get(ClassName.get(List.class), codesType(outcome)) : codesType(outcome);
    }

    private TypeSpec record(Outcome outcome, ClassName record) {
        AttributeTypes fields = fieldTypes(outcome);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        if (outcome.codes().isPresent()) {
            constructor.addParameter(codesComponentType(outcome), codesComponent(outcome));
        }
        for (Attribute field : outcome.fields()) {
            constructor.addParameter(fields.accessorType(field), field.name());
        }
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (ParameterSpec parameter : constructor.build().parameters()) {
            if (parameter.type() instanceof ParameterizedTypeName p && p.rawType().equals(ClassName.get(List.class))) {
                compact.addStatement("$1N = $2T.copyOf($1N)", parameter.name(), List.class);
            } else if (!parameter.type().isPrimitive()) {
                compact.addStatement("$T.requireNonNull($N, $S)", Objects.class, parameter.name(), parameter.name());
            }
        }
        Javadoc doc = outcome.description().map(d -> Javadoc.start().vendor(d))
                .orElse(Javadoc.start().text("An outcome of kind").code(outcome.id()).glue("."));
        doc.line();
        if (outcome.codes().isPresent()) {
            doc.line().text("@param " + codesComponent(outcome)).text(outcome.list() ? "the codes" : "the code")
                    .glue(",").text("each one this kind of outcome can hold");
        }
        for (Attribute field : outcome.fields()) {
            doc.line().text("@param " + field.name());
            field.description().ifPresentOrElse(doc::vendor, () -> doc.text("the vendor's").code(field.name()));
        }
        return TypeSpec.recordBuilder(record)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(type)
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .recordConstructor(constructor.build())
                .addMethod(compact.build())
                .addJavadoc(doc.build())
                .addMethod(matchImplementation(names(outcome).factory()))
                .build();
    }

    private MethodSpec matchImplementation(String handler) {
        return MethodSpec.methodBuilder(Reserved.MATCH)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(R)
                .returns(R)
                .addParameter(ParameterizedTypeName.get(type.nestedClass(Reserved.CASES), R), "cases")
                .addStatement("return cases.$N(this)", handler)
                .build();
    }

    private TypeSpec unknownRecord(ClassName unknown) {
        TypeName raw = ParameterizedTypeName.get(Map.class, String.class, Object.class);
        return TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(type)
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .addJavadoc(Javadoc.wrapped("A response the catalog does not know, kept as sent so nothing is lost when a vendor\n"
                        + "adds a code before the spec does.\n\n"
                        + "@param outcome the id of the kind of outcome the response was read as, e.g. {@code retry}\n"
                        + "@param raw every value as it was passed to the factory, by parameter name; {@code null}\n"
                        + "    where none was\n"))
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "outcome")
                        .addParameter(raw, "raw")
                        .build())
                .addMethod(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$T.requireNonNull(outcome, $S)", Objects.class, "outcome")
                        .addStatement("raw = $T.unmodifiableMap(new $T<>(raw))", Collections.class, LinkedHashMap.class)
                        .build())
                .addMethod(matchImplementation(Reserved.UNKNOWN_CASE))
                .build();
    }

    // --- factories --------------------------------------------------------------------------------

    /** A factory's parameters: the key parts that vary among the outcome's codes, then its fields. */
    private List<ParameterSpec> parameters(Outcome outcome) {
        List<ParameterSpec> parameters = new ArrayList<>();
        if (outcome.codes().isPresent()) {
            for (KeyPart part : spec.keyPartsVaryingAmong(spec.selected(outcome))) {
                boolean codes = part instanceof KeyPart.CodePart && outcome.list();
                String name = part instanceof KeyPart.CodePart ? codesComponent(outcome) : part.name();
                TypeName parameterType = codes ? ParameterizedTypeName.get(List.class, String.class)
                        : isInteger(part) ? ClassName.get(Integer.class) : ClassName.get(String.class);
                parameters.add(ParameterSpec.builder(parameterType, name).build());
            }
        }
        for (Attribute field : outcome.fields()) {
            parameters.add(ParameterSpec.builder(rawType(field), field.name()).build());
        }
        return parameters;
    }

    /** {@code Unknown} of an outcome with every value passed to its factory: built only on the way out. */
    private MethodSpec unknownOf(Outcome outcome, String name) {
        List<ParameterSpec> parameters = parameters(outcome);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(type.nestedClass(Reserved.UNKNOWN))
                .addParameters(parameters);
        NameAllocator locals = new NameAllocator();
        parameters.forEach(p -> locals.newName(p.name(), "parameter:" + p.name()));
        String raw = locals.newName("raw", "raw");
        method.addStatement("$T<$T, $T> $N = new $T<>()", Map.class, String.class, Object.class, raw, LinkedHashMap.class);
        parameters.forEach(p -> method.addStatement("$N.put($S, $N)", raw, p.name(), p.name()));
        return method.addStatement("return new $T($S, $N)", type.nestedClass(Reserved.UNKNOWN), outcome.id(), raw).build();
    }

    private MethodSpec factory(Outcome outcome, String unknownName) {
        List<ParameterSpec> parameters = parameters(outcome);
        MethodSpec.Builder method = MethodSpec.methodBuilder(names(outcome).factory())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type)
                .addParameters(parameters);
        NameAllocator locals = new NameAllocator();
        parameters.forEach(p -> locals.newName(p.name(), "parameter:" + p.name()));
        CodeBlock unknown = CodeBlock.of("return $N($L)", unknownName,
                CodeBlock.join(parameters.stream().map(p -> CodeBlock.of("$N", p.name())).toList(), ", "));
        List<CodeBlock> arguments = new ArrayList<>();
        CodeBlock.Builder body = CodeBlock.builder();
        if (outcome.codes().isPresent()) {
            List<KeyPart> varying = spec.keyPartsVaryingAmong(spec.selected(outcome));
            TypeName holds = codesType(outcome);
            boolean subset = names(outcome).codeType().isPresent();
            if (outcome.list()) {
                String known = locals.newName("known", "known");
                String wire = locals.newName("wire", "wire");
                String one = locals.newName("one", "one");
                body.beginControlFlow("if (codes == null)").addStatement(unknown).endControlFlow();
                body.addStatement("$T<$T> $N = new $T<>()", List.class, holds, known, ArrayList.class);
                body.beginControlFlow("for ($T $N : codes)", String.class, wire)
                        .addStatement("$T<$T> $N = $L", Optional.class, holds, one, lookup(outcome, varying, wire, subset))
                        .beginControlFlow("if ($N.isEmpty())", one).addStatement(unknown).endControlFlow()
                        .addStatement("$N.add($N.get())", known, one)
                        .endControlFlow();
                arguments.add(CodeBlock.of("$N", known));
            } else {
                String known = locals.newName("known", "known");
                body.addStatement("$T<$T> $N = $L", Optional.class, holds, known, lookup(outcome, varying, "code", subset));
                body.beginControlFlow("if ($N.isEmpty())", known).addStatement(unknown).endControlFlow();
                arguments.add(CodeBlock.of("$N.get()", known));
            }
        }
        AttributeTypes fields = fieldTypes(outcome);
        for (Attribute field : outcome.fields()) {
            arguments.add(convertField(field, fields, body, unknown, locals));
        }
        body.addStatement("return new $T($L)", record(outcome), CodeBlock.join(arguments, ", "));
        Javadoc doc = Javadoc.start().text(article(names(outcome).type())).link(record(outcome), null)
                .text("from the values the vendor sent; {@link Unknown} with those values when the catalog does not"
                        + " document them. Never throws.").line();
        for (ParameterSpec parameter : parameters) {
            doc.line().text("@param " + parameter.name() + " as sent; {@code null} where the response has none");
        }
        return method.addJavadoc(doc.build()).addCode(body.build()).build();
    }

    private static boolean isInteger(KeyPart part) {
        return part instanceof KeyPart.AttributePart a && a.attribute().type() == AttributeType.INTEGER;
    }

    /** The catalog lookup of one wire code, with the key parts the kind implies filled in. */
    private CodeBlock lookup(Outcome outcome, List<KeyPart> varying, String codeVariable, boolean subset) {
        CodeBlock call;
        if (spec.hasSimpleKey()) {
            call = CodeBlock.of("$T.fromCode($N)", codeType, codeVariable);
        } else {
            List<Code> codes = spec.selected(outcome);
            List<CodeBlock> args = new ArrayList<>();
            for (int i = 0; i < spec.key().size(); i++) {
                KeyPart part = spec.key().get(i);
                if (part instanceof KeyPart.CodePart) {
                    args.add(CodeBlock.of("$N", codeVariable));
                } else if (varying.contains(part)) {
                    args.add(CodeBlock.of("$N", part.name()));
                } else {
                    Optional<String> fixed = codes.get(0).keyParts().get(i);
                    args.add(fixed.map(v -> isInteger(part) ? CodeBlock.of("$L", v) : Literals.string(v))
                            .orElse(CodeBlock.of("null")));
                }
            }
            call = CodeBlock.of("$T.fromKey($L)", codeType, CodeBlock.join(args, ",$W"));
        }
        return subset ? CodeBlock.of("$L$W.flatMap($T::from)", call, codesType(outcome)) : call;
    }

    private static TypeName rawType(Attribute field) {
        TypeName one = switch (field.type()) {
            case INTEGER -> ClassName.get(Integer.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            default -> ClassName.get(String.class);
        };
        return field.list() ? ParameterizedTypeName.get(ClassName.get(List.class), one) : one;
    }

    /**
     * Converts a field's raw value in the factory body; a required field that is missing, or any
     * value the field's type does not know, makes the whole outcome {@code Unknown}.
     */
    private CodeBlock convertField(Attribute field, AttributeTypes types, CodeBlock.Builder body, CodeBlock unknown,
            NameAllocator locals) {
        String name = field.name();
        String value = locals.newName(name + "Value", "value:" + name);
        boolean optional = !field.alwaysPresent();
        if (field.list()) {
            TypeName elementType = ((ParameterizedTypeName) types.accessorType(field)).typeArguments().get(0);
            String item = locals.newName("item", "item:" + name);
            body.addStatement("$T<$T> $N = new $T<>()", List.class, elementType, value, ArrayList.class);
            body.beginControlFlow("if ($N != null)", name).beginControlFlow("for ($T $N : $N)",
                    ((ParameterizedTypeName) rawType(field)).typeArguments().get(0), item, name);
            CodeBlock converted = convertOne(field, types, item);
            if (converted == null) {
                body.addStatement("$N.add($N)", value, item);
            } else {
                String one = locals.newName("one", "one:" + name);
                body.addStatement("$T<$T> $N = $L", Optional.class, elementType, one, converted)
                        .beginControlFlow("if ($N.isEmpty())", one).addStatement(unknown).endControlFlow()
                        .addStatement("$N.add($N.get())", value, one);
            }
            body.endControlFlow().endControlFlow();
            return CodeBlock.of("$N", value);
        }
        CodeBlock converted = convertOne(field, types, name);
        if (!optional) {
            body.beginControlFlow("if ($N == null)", name).addStatement(unknown).endControlFlow();
            if (converted == null) {
                return CodeBlock.of("$N", name);
            }
            body.addStatement("$T<$T> $N = $L", Optional.class, types.accessorType(field).box(), value, converted)
                    .beginControlFlow("if ($N.isEmpty())", value).addStatement(unknown).endControlFlow();
            return CodeBlock.of("$N.get()", value);
        }
        if (field.type() == AttributeType.INTEGER) {
            return CodeBlock.of("$1N == null ? $2T.empty()$W: $2T.of($1N)", name, OptionalInt.class);
        }
        if (converted == null) {
            return CodeBlock.of("$T.ofNullable($N)", Optional.class, name);
        }
        TypeName element = ((ParameterizedTypeName) types.accessorType(field)).typeArguments().get(0);
        body.addStatement("$T<$T> $N = $N == null ? $T.empty()$W: $L", Optional.class, element, value, name,
                Optional.class, converted);
        body.beginControlFlow("if ($N != null && $N.isEmpty())", name, value).addStatement(unknown).endControlFlow();
        return CodeBlock.of("$N", value);
    }

    /** An expression of type Optional converting one raw value, or null when the raw value is used as is. */
    private static CodeBlock convertOne(Attribute field, AttributeTypes types, String variable) {
        return switch (field.type()) {
            case ENUM -> CodeBlock.of("$T.fromValue($N)", types.enumType(field), variable);
            case CODE -> CodeBlock.of("$T.fromCode($N)", AttributeTypes.codeType(types.referenced(field)), variable);
            case ACTION -> CodeBlock.of("$T.fromSpecName($N)", RuntimeTypes.NEXT_ACTION, variable);
            default -> null;
        };
    }
}
