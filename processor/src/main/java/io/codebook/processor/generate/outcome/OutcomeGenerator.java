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
import io.codebook.processor.generate.support.CompactConstructors;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.generate.support.SealedCases;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * A catalog's outcome hierarchy: a sealed interface with one record per kind of outcome the spec
 * declares. The world is open: a record keeps the codes its kind documents typed and every other
 * code as {@code WireCode.Unrecognized} with the values as sent, beside them; a field value the
 * spec does not document reads as empty, and what was sent stays in the record's {@code sent}. So
 * one new code never discards what the response said. Factories build the record from raw wire
 * values and never throw; {@code Cases} handles every kind on Java 17, and a Java 21+ pattern
 * {@code switch} is exhaustive without a default because the interface is sealed.
 */
public final class OutcomeGenerator {

    private static final TypeVariableName R = TypeVariableName.get("R");

    private final NamedCatalog catalog;
    private final Catalog spec;
    private final GenerationContext context;
    private final ClassName codeType;
    private final ClassName type;
    private final SealedCases handling;
    private final OutcomeCodeTypes codeTypes;
    private final List<Object> tableMembers = new ArrayList<>();

    public OutcomeGenerator(NamedCatalog catalog, GenerationContext context) {
        this.catalog = catalog;
        this.spec = catalog.catalog();
        this.context = context;
        this.codeType = AttributeTypes.codeType(catalog);
        this.type = ClassName.get(catalog.names().packageName(), catalog.names().outcomeType().orElseThrow());
        this.handling = new SealedCases(type);
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
                        .text("can carry: one record per kind of outcome the catalog spec declares.")
                        .paragraph().text("Build one with the factory of its kind (" + String.join(", ", spec.outcomes()
                                .stream().map(o -> "{@link #" + names(o).factory() + "}").toList()))
                        .glue("), which never throws. A code the catalog does not document is kept as"
                                + " {@link WireCode.Unrecognized}, beside the documented ones; a field value it does not"
                                + " document reads as empty, and every value stays in the record's {@code sent}. Handle"
                                + " every kind with {@link #match(Cases)}, or, on Java 21+, with a {@code switch} over the"
                                + " records; both fail to compile when a kind is added to the spec and not handled.")
                        .build());
        GeneratedTypes.topLevel(catalog.id()).forEach(builder::addAnnotation);
        NameAllocator statics = new NameAllocator();
        spec.outcomes().forEach(o -> statics.newName(names(o).factory(), o.id()));
        for (Outcome outcome : spec.outcomes()) {
            if (outcome.codes().isPresent()) {
                statics.newName("wire" + names(outcome).type(), "wire:" + outcome.id());
            }
        }
        for (Outcome outcome : spec.outcomes()) {
            builder.addMethod(factory(outcome, statics));
        }
        for (Outcome outcome : spec.outcomes()) {
            if (outcome.codes().isPresent()) {
                builder.addMethod(wireCode(outcome, statics.get("wire:" + outcome.id())));
            }
        }
        builder.addMethod(handling.abstractMatch("kind of outcome"));
        for (Outcome outcome : spec.outcomes()) {
            builder.addPermittedSubclass(record(outcome));
            builder.addType(record(outcome, record(outcome)));
        }
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
        TypeSpec.Builder cases = handling.interfaceBuilder(catalog.id(), "Handles every kind of outcome. A handler that"
                + " leaves one out does not compile, so a kind added to the\nspec shows up as a compile error naming the"
                + " method to write.\n\n@param <R> what handling an outcome returns\n");
        for (Outcome outcome : spec.outcomes()) {
            cases.addMethod(SealedCases.handler(names(outcome).factory(), record(outcome), "value",
                    Javadoc.start().text(article(names(outcome).type())).link(record(outcome), null)
                            .glue(outcome.description().map(d -> ":").orElse("."))
                            .vendor(outcome.description().orElse("")).build()));
        }
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

    /** {@code WireCode<RetryCode>}: a code of the outcome as sent, documented or not. */
    private TypeName wireCodeType(Outcome outcome) {
        return ParameterizedTypeName.get(RuntimeTypes.WIRE_CODE, codesType(outcome));
    }

    private TypeName codesComponentType(Outcome outcome) {
        return outcome.list() ? ParameterizedTypeName.get(ClassName.get(List.class), wireCodeType(outcome))
                : wireCodeType(outcome);
    }

    private static final TypeName SENT = ParameterizedTypeName.get(Map.class, String.class, Object.class);

    private TypeSpec record(Outcome outcome, ClassName record) {
        OutcomeFields fields = new OutcomeFields(fieldTypes(outcome));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        if (outcome.codes().isPresent()) {
            constructor.addParameter(codesComponentType(outcome), codesComponent(outcome));
        }
        for (Attribute field : outcome.fields()) {
            constructor.addParameter(fields.type(field), field.name());
        }
        constructor.addParameter(SENT, Reserved.SENT_COMPONENT);
        MethodSpec compact = CompactConstructors.copying(constructor.build().parameters(), Set.of());
        Javadoc doc = outcome.description().map(d -> Javadoc.start().vendor(d))
                .orElse(Javadoc.start().text("An outcome of kind").code(outcome.id()).glue("."));
        doc.line();
        if (outcome.codes().isPresent()) {
            doc.line().text("@param " + codesComponent(outcome)).text(outcome.list()
                    ? "the codes as sent, in order: each {@code Known} where this kind documents it, {@code Unrecognized}"
                            + " with the values as sent where it does not"
                    : "the code as sent: {@code Known} where this kind documents it, {@code Unrecognized} with the values"
                            + " as sent where it does not");
        }
        for (Attribute field : outcome.fields()) {
            doc.line().text("@param " + field.name());
            field.description().ifPresentOrElse(doc::vendor, () -> doc.text("the vendor's").code(field.name()));
        }
        doc.line().text("@param " + Reserved.SENT_COMPONENT + " every value as it was passed to the factory, by"
                + " parameter name; one that was {@code null} is left out");
        return TypeSpec.recordBuilder(record)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(type)
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .recordConstructor(constructor.build())
                .addMethod(compact)
                .addJavadoc(doc.build())
                .addMethod(matchImplementation(names(outcome).factory()))
                .build();
    }

    private MethodSpec matchImplementation(String handler) {
        return handling.matchImplementation(handler);
    }

    // --- factories --------------------------------------------------------------------------------

    /** A factory's parameters: the key parts that vary among the outcome's codes, then its fields. */
    private List<ParameterSpec> parameters(Outcome outcome) {
        List<ParameterSpec> parameters = new ArrayList<>();
        if (outcome.codes().isPresent()) {
            for (KeyPart part : varying(outcome)) {
                boolean codes = part instanceof KeyPart.CodePart && outcome.list();
                String name = part instanceof KeyPart.CodePart ? codesComponent(outcome) : part.name();
                TypeName parameterType = codes ? ParameterizedTypeName.get(List.class, String.class) : keyPartType(part);
                parameters.add(ParameterSpec.builder(parameterType, name).build());
            }
        }
        for (Attribute field : outcome.fields()) {
            parameters.add(ParameterSpec.builder(OutcomeFields.raw(field), field.name()).build());
        }
        return parameters;
    }

    private List<KeyPart> varying(Outcome outcome) {
        return spec.keyPartsVaryingAmong(spec.selected(outcome));
    }

    private static TypeName keyPartType(KeyPart part) {
        return isInteger(part) ? ClassName.get(Integer.class) : ClassName.get(String.class);
    }

    private MethodSpec factory(Outcome outcome, NameAllocator statics) {
        List<ParameterSpec> parameters = parameters(outcome);
        MethodSpec.Builder method = MethodSpec.methodBuilder(names(outcome).factory())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(record(outcome))
                .addParameters(parameters);
        NameAllocator locals = new NameAllocator();
        parameters.forEach(p -> locals.newName(p.name(), "parameter:" + p.name()));
        String sent = locals.newName(Reserved.SENT_COMPONENT, "sent");
        CodeBlock.Builder body = CodeBlock.builder();
        body.addStatement("$T $N = new $T<>()", SENT, sent, LinkedHashMap.class);
        for (ParameterSpec parameter : parameters) {
            body.beginControlFlow("if ($N != null)", parameter.name())
                    .addStatement("$N.put($S, $N)", sent, parameter.name(), parameter.name())
                    .endControlFlow();
        }
        List<CodeBlock> arguments = new ArrayList<>();
        if (outcome.codes().isPresent()) {
            String wire = statics.get("wire:" + outcome.id());
            String one = outcome.list() ? locals.newName("one", "one") : codesComponent(outcome);
            List<CodeBlock> args = new ArrayList<>();
            for (KeyPart part : varying(outcome)) {
                args.add(CodeBlock.of("$N", part instanceof KeyPart.CodePart ? one : part.name()));
            }
            if (outcome.list()) {
                String codes = locals.newName("wireCodes", "wireCodes");
                body.addStatement("$T<$T> $N = new $T<>()", List.class, wireCodeType(outcome), codes, ArrayList.class);
                body.beginControlFlow("if ($N != null)", codesComponent(outcome))
                        .beginControlFlow("for ($T $N : $N)", String.class, one, codesComponent(outcome))
                        .addStatement("$N.add($N($L))", codes, wire, CodeBlock.join(args, ", "))
                        .endControlFlow()
                        .endControlFlow();
                arguments.add(CodeBlock.of("$N", codes));
            } else {
                arguments.add(CodeBlock.of("$N($L)", wire, CodeBlock.join(args, ", ")));
            }
        }
        OutcomeFields fields = new OutcomeFields(fieldTypes(outcome));
        for (Attribute field : outcome.fields()) {
            arguments.add(convertField(outcome, field, fields, body, locals));
        }
        arguments.add(CodeBlock.of("$N", sent));
        body.addStatement("return new $T($L)", record(outcome), CodeBlock.join(arguments, ",$W"));
        Javadoc doc = Javadoc.start().text(article(names(outcome).type())).link(record(outcome), null)
                .text("from the values the vendor sent. Never throws: a code this kind does not document is kept"
                        + " unrecognized, a field value its type does not document reads as empty, and every value"
                        + " stays in {@code sent}.").line();
        for (ParameterSpec parameter : parameters) {
            doc.line().text("@param " + parameter.name() + " as sent; {@code null} where the response has none");
        }
        doc.line().text("@return the outcome, never {@code null}");
        return method.addJavadoc(doc.build()).addCode(body.build()).build();
    }

    /**
     * {@code wireRetry(step, code)}: one code as sent, looked up among the codes this kind may hold,
     * with the key values it was looked up with.
     */
    private MethodSpec wireCode(Outcome outcome, String name) {
        List<KeyPart> varying = varying(outcome);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(wireCodeType(outcome));
        NameAllocator locals = new NameAllocator();
        for (KeyPart part : varying) {
            String parameter = part instanceof KeyPart.CodePart ? "code" : part.name();
            method.addParameter(keyPartType(part), locals.newName(parameter, "parameter:" + parameter));
        }
        String sent = locals.newName(Reserved.SENT_COMPONENT, "sent");
        method.addStatement("$T<$T, $T> $N = new $T<>()", Map.class, String.class, String.class, sent, LinkedHashMap.class);
        List<Code> codes = spec.selected(outcome);
        for (int i = 0; i < spec.key().size(); i++) {
            KeyPart part = spec.key().get(i);
            String key = part instanceof KeyPart.CodePart ? "code" : part.name();
            if (varying.contains(part)) {
                String parameter = locals.get("parameter:" + key);
                method.beginControlFlow("if ($N != null)", parameter)
                        .addStatement("$N.put($S, $L)", sent, key, isInteger(part)
                                ? CodeBlock.of("$T.valueOf($N)", String.class, parameter) : CodeBlock.of("$N", parameter))
                        .endControlFlow();
            } else {
                Optional<String> fixed = codes.get(0).keyParts().get(i);
                if (fixed.isPresent()) {
                    method.addStatement("$N.put($S, $L)", sent, key, Literals.string(fixed.get()));
                }
            }
        }
        String known = locals.newName("known", "known");
        method.addStatement("$T<$T> $N = $L", Optional.class, codesType(outcome), known, lookup(outcome, varying));
        CodeBlock missed = spec.keyIncludesCode() ? CodeBlock.of("$N.isEmpty() && $N.containsKey(\"code\")", known, sent)
                : CodeBlock.of("$N.isEmpty()", known);
        method.beginControlFlow("if ($L)", missed)
                .addStatement("$T.code($S,$W$S,$W$N)", RuntimeTypes.UNKNOWN_REPORTS, catalog.id(), location(outcome), sent)
                .endControlFlow();
        method.addStatement("return $1N.isPresent() ? $2T.known($1N.get(), $3N)$W: $2T.unrecognized($3N)", known,
                RuntimeTypes.WIRE_CODE, sent);
        return method.build();
    }

    private static boolean isInteger(KeyPart part) {
        return part instanceof KeyPart.AttributePart a && a.attribute().type() == AttributeType.INTEGER;
    }

    /** How a report of a value this outcome's factory could not match says where it was met. */
    private String location(Outcome outcome) {
        return type.simpleName() + "." + names(outcome).factory();
    }

    /** The catalog lookup of one wire code, with the key parts the kind implies filled in. */
    private CodeBlock lookup(Outcome outcome, List<KeyPart> varying) {
        CodeBlock call;
        boolean subset = names(outcome).codeType().isPresent();
        // the table's lookup, which reports nothing: the factory reports what it could not match, as itself
        ClassName table = ClassName.get(catalog.names().packageName(), catalog.names().tableType());
        if (spec.hasSimpleKey()) {
            call = CodeBlock.of("$T.lookup(null, code)", table);
        } else {
            List<Code> codes = spec.selected(outcome);
            List<CodeBlock> args = new ArrayList<>();
            for (int i = 0; i < spec.key().size(); i++) {
                KeyPart part = spec.key().get(i);
                if (part instanceof KeyPart.CodePart) {
                    args.add(CodeBlock.of("code"));
                } else if (varying.contains(part)) {
                    args.add(CodeBlock.of("$N", part.name()));
                } else {
                    Optional<String> fixed = codes.get(0).keyParts().get(i);
                    args.add(fixed.map(v -> isInteger(part) ? CodeBlock.of("$L", v) : Literals.string(v))
                            .orElse(CodeBlock.of("null")));
                }
            }
            call = CodeBlock.of("$T.lookup(null,$W$L)", table, CodeBlock.join(args, ",$W"));
        }
        return subset ? CodeBlock.of("$L$Z.flatMap($T::from)", call, codesType(outcome)) : call;
    }

    /**
     * Converts a field's raw value in the factory body. Nothing a field carries can discard the
     * outcome: a missing value is empty, a value the field's type does not document is left out
     * (the record's {@code sent} keeps it), a code of another catalog is kept as a
     * {@code WireCode}, documented or not.
     */
    private CodeBlock convertField(Outcome outcome, Attribute field, OutcomeFields fields, CodeBlock.Builder body,
            NameAllocator locals) {
        String name = field.name();
        if (field.list()) {
            String value = locals.newName(name + "Value", "value:" + name);
            String item = locals.clone().newName("item", "item");
            body.addStatement("$T<$T> $N = new $T<>()", List.class, fields.element(field), value, ArrayList.class);
            body.beginControlFlow("if ($N != null)", name).beginControlFlow("for ($T $N : $N)",
                    ((ParameterizedTypeName) OutcomeFields.raw(field)).typeArguments().get(0), item, name);
            body.beginControlFlow("if ($N != null)", item);
            CodeBlock converted = reported(outcome, field, fields.convert(field, item), item);
            if (converted == null) {
                body.addStatement("$N.add($N)", value, item);
            } else if (field.type() == AttributeType.CODE) {
                body.addStatement("$N.add($L)", value, fields.wireCode(field, item));
            } else {
                body.addStatement("$L.ifPresent($N::add)", converted, value);
            }
            body.endControlFlow().endControlFlow().endControlFlow();
            return CodeBlock.of("$N", value);
        }
        if (field.type() == AttributeType.INTEGER) {
            return CodeBlock.of("$1N == null ? $2T.empty()$W: $2T.of($1N)", name, OptionalInt.class);
        }
        CodeBlock converted = reported(outcome, field, fields.convert(field, name), name);
        if (converted == null) {
            return CodeBlock.of("$T.ofNullable($N)", Optional.class, name);
        }
        return CodeBlock.of("$1N == null ? $2T.empty()$W: $3L", name, Optional.class, converted);
    }

    /**
     * A conversion of a value to one of the field's documented values, reporting a value it does not
     * find; a code field's lookup reports by itself, and a value held as sent has nothing to find.
     */
    private CodeBlock reported(Outcome outcome, Attribute field, CodeBlock converted, String variable) {
        if (converted == null || field.type() == AttributeType.CODE) {
            return converted;
        }
        return CodeBlock.of("$T.value($L,$W$S, $S, $S, $N)", RuntimeTypes.UNKNOWN_REPORTS, converted, catalog.id(),
                field.name(), location(outcome), variable);
    }
}
