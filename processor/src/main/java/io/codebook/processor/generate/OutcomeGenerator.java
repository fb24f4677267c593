package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.bind.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Generates a catalog's outcome hierarchy: a sealed interface with one record per kind of outcome
 * the spec declares, each holding only codes of its kind (through an enum of those codes) and its
 * typed fields, plus {@code Unknown}, which keeps the raw values of anything the catalog does not
 * know. Factories build the right record from raw wire values and never throw; {@code Cases}
 * handles every kind on Java 17, and a Java 21+ pattern {@code switch} is exhaustive without a
 * default because the interface is sealed.
 */
public final class OutcomeGenerator {

    static final String UNKNOWN = "Unknown";

    private final Catalog catalog;
    private final ClassName catalogType;
    private final ClassName type;
    private final AttributeTypes fieldTypes;
    private final OutcomeCodeEnumBuilder codeEnums;

    OutcomeGenerator(Catalog catalog, ClassName catalogType, Function<String, ClassName> catalogTypes,
            Function<Code, ClassName> enumOf) {
        this.catalog = catalog;
        this.catalogType = catalogType;
        this.type = ClassName.get(catalogType.packageName(), catalog.outcomeJavaName());
        this.fieldTypes = new AttributeTypes(catalog.id(), type, catalogTypes);
        this.codeEnums = new OutcomeCodeEnumBuilder(catalog, catalogType, enumOf);
    }

    JavaFile file() {
        TypeSpec.Builder builder = TypeSpec.interfaceBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(CatalogGenerator.generated(catalog))
                .addJavadoc("What a response of $L can carry, one record per kind of outcome the catalog spec declares,\n"
                        + "and {@link Unknown} for anything the catalog does not know.\n\n"
                        + "<p>Build one with the factory of its kind ($L), which never throws: wire values the\n"
                        + "catalog does not document give {@link Unknown} with the values as sent. Handle every kind with\n"
                        + "{@link #match(Cases)}, or, on Java 21+, with a {@code switch} over the records; both fail to\n"
                        + "compile when a kind is added to the spec and not handled.\n",
                        Javadoc.escape(catalog.vendor()),
                        String.join(", ", catalog.outcomes().stream().map(o -> "{@link #" + factoryName(o) + "}").toList()));
        List<CasesBuilder.Case> cases = new ArrayList<>();
        for (Outcome outcome : catalog.outcomes()) {
            ClassName record = type.nestedClass(outcome.javaName());
            builder.addPermittedSubclass(record);
            builder.addType(record(outcome, record));
            selected(outcome).ifPresent(codes -> builder.addType(
                    codeEnums.build(codeEnumType(outcome), codes, "a {@link " + outcome.javaName() + "}")));
            for (Attribute field : outcome.fields()) {
                if (field.type() == AttributeType.ENUM) {
                    builder.addType(AttributeEnumBuilder.build(field, fieldTypes.enumType(field)).toBuilder()
                            .addModifiers(Modifier.STATIC).build());
                }
            }
            builder.addMethod(factory(outcome, record));
            cases.add(new CasesBuilder.Case(caseName(outcome), Optional.of(record),
                    "A {@link " + outcome.javaName() + "}" + outcome.description().map(d -> ": " + Javadoc.escape(d)).orElse(".")
                            + "\n"));
        }
        ClassName unknown = type.nestedClass(UNKNOWN);
        builder.addPermittedSubclass(unknown);
        builder.addType(unknownRecord(unknown));
        cases.add(new CasesBuilder.Case("unknown", Optional.of(unknown),
                "What the catalog does not know, with the values as sent.\n"));
        CasesBuilder.addHandlerTypes(builder, type, cases, "kind of outcome");
        builder.addMethod(MethodSpec.methodBuilder("match")
                .addJavadoc("Calls the method of {@code cases} that handles this kind of outcome.\n\n"
                        + "@param <R> what the handler returns\n@return what the handler returned\n")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addTypeVariable(CasesBuilder.R)
                .returns(CasesBuilder.R)
                .addParameter(casesType(), "cases")
                .build());
        return JavaFile.builder(type.packageName(), builder.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private ParameterizedTypeName casesType() {
        return ParameterizedTypeName.get(type.nestedClass(CasesBuilder.CASES), CasesBuilder.R);
    }

    private static String caseName(Outcome outcome) {
        return JavaNames.caseName(JavaNames.constantName(outcome.javaName()).orElse(outcome.javaName()));
    }

    private static String factoryName(Outcome outcome) {
        return caseName(outcome);
    }

    private ClassName codeEnumType(Outcome outcome) {
        return type.nestedClass(outcome.javaName() + "Code");
    }

    private Optional<List<Code>> selected(Outcome outcome) {
        return outcome.codes().map(selector -> catalog.codes().stream().filter(selector::selects).toList());
    }

    private TypeName codesComponentType(Outcome outcome) {
        ClassName codeType = codeEnumType(outcome);
        return outcome.list() ? ParameterizedTypeName.get(ClassName.get(List.class), codeType) : codeType;
    }

    private String codesComponent(Outcome outcome) {
        return outcome.list() ? "codes" : "code";
    }

    private TypeSpec record(Outcome outcome, ClassName record) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        if (outcome.codes().isPresent()) {
            constructor.addParameter(codesComponentType(outcome), codesComponent(outcome));
        }
        for (Attribute field : outcome.fields()) {
            constructor.addParameter(fieldTypes.accessorType(field), field.name());
        }
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (ParameterSpec parameter : constructor.build().parameters()) {
            if (parameter.type() instanceof ParameterizedTypeName p && p.rawType().equals(ClassName.get(List.class))) {
                compact.addStatement("$1N = $2T.copyOf($1N)", parameter.name(), List.class);
            } else if (!parameter.type().isPrimitive()) {
                compact.addStatement("$T.requireNonNull($N, $S)", Objects.class, parameter.name(), parameter.name());
            }
        }
        StringBuilder doc = new StringBuilder(outcome.description().map(Javadoc::escape)
                .orElse("An outcome of kind " + Javadoc.code(outcome.id()) + "."));
        doc.append("\n");
        if (outcome.codes().isPresent()) {
            doc.append("\n@param ").append(codesComponent(outcome)).append(outcome.list() ? " the codes" : " the code")
                    .append(", each one this kind of outcome can hold");
        }
        for (Attribute field : outcome.fields()) {
            doc.append("\n@param ").append(field.name()).append(' ')
                    .append(field.description().map(Javadoc::escape).orElse("the vendor's " + Javadoc.code(field.name())));
        }
        return TypeSpec.recordBuilder(record)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(type)
                .recordConstructor(constructor.build())
                .addMethod(compact.build())
                .addJavadoc("$L\n", doc.toString())
                .addMethod(matchImplementation(caseName(outcome)))
                .build();
    }

    private MethodSpec matchImplementation(String caseName) {
        return MethodSpec.methodBuilder("match")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(CasesBuilder.R)
                .returns(CasesBuilder.R)
                .addParameter(casesType(), "cases")
                .addStatement("return cases.$N(this)", caseName)
                .build();
    }

    private TypeSpec unknownRecord(ClassName unknown) {
        TypeName raw = ParameterizedTypeName.get(Map.class, String.class, Object.class);
        return TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(type)
                .addJavadoc("A response the catalog does not know, kept as sent so nothing is lost when a vendor adds a\n"
                        + "code before the spec does.\n\n"
                        + "@param outcome the id of the kind of outcome the response was read as, e.g. {@code retry}\n"
                        + "@param raw every value as it was passed to the factory, by parameter name; {@code null}"
                        + " where none was\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "outcome")
                        .addParameter(raw, "raw")
                        .build())
                .addMethod(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$T.requireNonNull(outcome, $S)", Objects.class, "outcome")
                        .addStatement("raw = $T.unmodifiableMap(new $T<>(raw))", Collections.class, LinkedHashMap.class)
                        .build())
                .addMethod(matchImplementation("unknown"))
                .build();
    }

    /** Key parts whose value differs among the outcome's codes: the rest are implied by the kind. */
    private List<KeyPart> varyingKeyParts(List<Code> codes) {
        List<KeyPart> varying = new ArrayList<>();
        for (int i = 0; i < catalog.key().size(); i++) {
            int index = i;
            Set<Optional<String>> values = new LinkedHashSet<>();
            codes.forEach(code -> values.add(code.keyParts().get(index)));
            if (values.size() > 1 || catalog.key().get(i) instanceof KeyPart.CodePart) {
                varying.add(catalog.key().get(i));
            }
        }
        return varying;
    }

    private MethodSpec factory(Outcome outcome, ClassName record) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(factoryName(outcome))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type);
        List<String> rawNames = new ArrayList<>();
        List<CodeBlock> arguments = new ArrayList<>();
        CodeBlock.Builder body = CodeBlock.builder();
        Optional<List<Code>> codes = selected(outcome);
        List<KeyPart> parameters = codes.map(this::varyingKeyParts).orElse(List.of());
        for (KeyPart part : parameters) {
            boolean isCodes = part instanceof KeyPart.CodePart && outcome.list();
            String name = isCodes ? "codes" : part.name();
            TypeName parameterType = isCodes ? ParameterizedTypeName.get(List.class, String.class)
                    : isInteger(part) ? ClassName.get(Integer.class) : ClassName.get(String.class);
            method.addParameter(parameterType, name);
            rawNames.add(name);
        }
        for (Attribute field : outcome.fields()) {
            method.addParameter(rawParameterType(field), field.name());
            rawNames.add(field.name());
        }
        body.addStatement("$T<$T, $T> raw = new $T<>()", Map.class, String.class, Object.class, LinkedHashMap.class);
        rawNames.forEach(name -> body.addStatement("raw.put($S, $N)", name, name));
        body.addStatement("$T unknown = new $T($S, raw)", type.nestedClass(UNKNOWN), type.nestedClass(UNKNOWN), outcome.id());
        if (codes.isPresent()) {
            CodeBlock lookup = lookupCall(outcome, codes.get(), parameters, outcome.list() ? "wire" : "code");
            ClassName codeType = codeEnumType(outcome);
            if (outcome.list()) {
                body.beginControlFlow("if (codes == null)").addStatement("return unknown").endControlFlow();
                body.addStatement("$T<$T> known = new $T<>()", List.class, codeType, ArrayList.class);
                body.beginControlFlow("for ($T wire : codes)", String.class)
                        .addStatement("$T<$T> one = $L.flatMap($T::from)", Optional.class, codeType, lookup, codeType)
                        .beginControlFlow("if (one.isEmpty())").addStatement("return unknown").endControlFlow()
                        .addStatement("known.add(one.get())")
                        .endControlFlow();
                arguments.add(CodeBlock.of("known"));
            } else {
                body.addStatement("$T<$T> known = $L.flatMap($T::from)", Optional.class, codeType, lookup, codeType);
                body.beginControlFlow("if (known.isEmpty())").addStatement("return unknown").endControlFlow();
                arguments.add(CodeBlock.of("known.get()"));
            }
        }
        for (Attribute field : outcome.fields()) {
            arguments.add(convertField(field, body));
        }
        body.addStatement("return new $T($L)", record, CodeBlock.join(arguments, ", "));
        StringBuilder doc = new StringBuilder("A {@link " + outcome.javaName() + "} from the values the vendor sent;"
                + " {@link Unknown} with those values\nwhen the catalog does not document them. Never throws.\n");
        for (String name : rawNames) {
            doc.append("\n@param ").append(name).append(" as sent; {@code null} where the response has none");
        }
        return method.addJavadoc("$L\n", doc.toString()).addCode(body.build()).build();
    }

    private static boolean isInteger(KeyPart part) {
        return part instanceof KeyPart.AttributePart a && a.attribute().type() == AttributeType.INTEGER;
    }

    /** The catalog lookup for one wire code, with the key parts the kind implies filled in. */
    private CodeBlock lookupCall(Outcome outcome, List<Code> codes, List<KeyPart> parameters, String codeVariable) {
        if (catalog.hasSimpleKey()) {
            return CodeBlock.of("$T.fromCode($N)", catalogType, codeVariable);
        }
        List<CodeBlock> args = new ArrayList<>();
        for (int i = 0; i < catalog.key().size(); i++) {
            KeyPart part = catalog.key().get(i);
            if (part instanceof KeyPart.CodePart) {
                args.add(CodeBlock.of("$N", outcome.list() ? codeVariable : "code"));
            } else if (parameters.contains(part)) {
                args.add(CodeBlock.of("$N", part.name()));
            } else {
                Optional<String> fixed = codes.get(0).keyParts().get(i);
                args.add(fixed.map(v -> isInteger(part) ? CodeBlock.of("$L", v) : CodeBlock.of("$S", v))
                        .orElse(CodeBlock.of("null")));
            }
        }
        return CodeBlock.of("$T.fromKey($L)", catalogType, CodeBlock.join(args, ", "));
    }

    private static TypeName rawParameterType(Attribute field) {
        TypeName one = switch (field.type()) {
            case INTEGER -> ClassName.get(Integer.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            default -> ClassName.get(String.class);
        };
        return field.list() ? ParameterizedTypeName.get(ClassName.get(List.class), one) : one;
    }

    /**
     * Converts a field's raw value in the factory body; a required field that is missing, or any
     * value the field's type does not know, makes the whole outcome {@code unknown}.
     */
    private CodeBlock convertField(Attribute field, CodeBlock.Builder body) {
        String name = field.name();
        String value = name + "Value";
        boolean optional = !field.alwaysPresent();
        if (field.list()) {
            TypeName elementType = ((ParameterizedTypeName) fieldTypes.accessorType(field)).typeArguments().get(0);
            body.addStatement("$T<$T> $N = new $T<>()", List.class, elementType, value, ArrayList.class);
            body.beginControlFlow("if ($N != null)", name).beginControlFlow("for ($T item : $N)", rawParameterType(field)
                    instanceof ParameterizedTypeName p ? p.typeArguments().get(0) : ClassName.get(String.class), name);
            CodeBlock converted = convertOne(field, "item");
            if (converted == null) {
                body.addStatement("$N.add(item)", value);
            } else {
                body.addStatement("$T<$T> one = $L", Optional.class, elementType, converted)
                        .beginControlFlow("if (one.isEmpty())").addStatement("return unknown").endControlFlow()
                        .addStatement("$N.add(one.get())", value);
            }
            body.endControlFlow().endControlFlow();
            return CodeBlock.of("$N", value);
        }
        CodeBlock converted = convertOne(field, name);
        if (!optional) {
            body.beginControlFlow("if ($N == null)", name).addStatement("return unknown").endControlFlow();
            if (converted == null) {
                return CodeBlock.of("$N", name);
            }
            body.addStatement("$T<$T> $N = $L", Optional.class, fieldTypes.accessorType(field).box(), value, converted)
                    .beginControlFlow("if ($N.isEmpty())", value).addStatement("return unknown").endControlFlow();
            return CodeBlock.of("$N.get()", value);
        }
        if (field.type() == AttributeType.INTEGER) {
            return CodeBlock.of("$1N == null ? $2T.empty() : $2T.of($1N)", name, java.util.OptionalInt.class);
        }
        if (converted == null) {
            return CodeBlock.of("$T.ofNullable($N)", Optional.class, name);
        }
        TypeName element = ((ParameterizedTypeName) fieldTypes.accessorType(field)).typeArguments().get(0);
        body.addStatement("$T<$T> $N = $N == null ? $T.empty() : $L", Optional.class, element, value, name,
                Optional.class, converted);
        body.beginControlFlow("if ($N != null && $N.isEmpty())", name, value).addStatement("return unknown").endControlFlow();
        return CodeBlock.of("$N", value);
    }

    /** An expression of type Optional converting one raw value, or null when the raw value is used as is. */
    private CodeBlock convertOne(Attribute field, String variable) {
        return switch (field.type()) {
            case ENUM -> CodeBlock.of("$T.fromValue($N)", fieldTypes.enumType(field), variable);
            case CODE -> CodeBlock.of("$T.fromCode($N)", fieldTypes.referencedType(field), variable);
            default -> null;
        };
    }
}
