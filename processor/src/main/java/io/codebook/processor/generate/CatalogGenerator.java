package io.codebook.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.bind.JavaNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Generates a catalog's code type. A catalog that fits one class becomes one enum; a larger one
 * becomes a sealed interface whose codes live in several enums ({@code Part1}, {@code Part2}…),
 * with the same lookup and accessors, so a 20,000-code catalog still compiles.
 */
public final class CatalogGenerator implements SourceGenerator {

    /** The processor's name in {@code @Generated}; a constant, so output does not depend on the build. */
    static final String GENERATOR = "io.codebook.processor.CodebookProcessor";

    /**
     * A vendor catalog whose codes map to the catalog being generated.
     *
     * @param type its generated type
     * @param accessor the accessor of its canonical-reason attribute
     */
    public record MappedFrom(ClassName type, String accessor) {}

    @Override
    public List<JavaFile> generate(Catalog catalog, String packageName, Function<String, ClassName> catalogTypes,
            List<MappedFrom> mappedFrom) {
        List<MappedCodesBuilder.Referrer> referrers = mappedFrom.stream()
                .map(m -> new MappedCodesBuilder.Referrer(m.type(), m.accessor()))
                .toList();
        ClassName type = ClassName.get(packageName, catalog.javaName());
        AttributeTypes types = new AttributeTypes(catalog.id(), type, catalogTypes);
        int perClass = EnumSizing.constantsPerClass(catalog);
        List<Code> codes = catalog.codes();
        if (codes.size() <= perClass) {
            List<JavaFile> files = new ArrayList<>(List.of(file(packageName, single(catalog, type, types, referrers))));
            outcomes(catalog, type, catalogTypes, code -> type).ifPresent(files::add);
            return files;
        }
        List<List<Code>> parts = new ArrayList<>();
        for (int start = 0; start < codes.size(); start += perClass) {
            parts.add(codes.subList(start, Math.min(codes.size(), start + perClass)));
        }
        ClassName index = ClassName.get(packageName, catalog.javaName() + "Index");
        List<JavaFile> files = new ArrayList<>(List.of(file(packageName, split(catalog, type, types, index, parts)),
                file(packageName, splitIndex(catalog, type, types, index, parts))));
        Map<Code, ClassName> enumOf = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            ClassName part = type.nestedClass(partNames(parts).get(i));
            parts.get(i).forEach(code -> enumOf.put(code, part));
        }
        outcomes(catalog, type, catalogTypes, enumOf::get).ifPresent(files::add);
        return files;
    }

    private static java.util.Optional<JavaFile> outcomes(Catalog catalog, ClassName type,
            Function<String, ClassName> catalogTypes, Function<Code, ClassName> enumOf) {
        if (catalog.outcomes().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new OutcomeGenerator(catalog, type, catalogTypes, enumOf).file());
    }

    private static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private TypeSpec single(Catalog catalog, ClassName type, AttributeTypes types,
            List<MappedCodesBuilder.Referrer> referrers) {
        LookupBuilder lookup = new LookupBuilder(catalog, type, types, code -> type);
        TypeSpec.Builder builder = new CodeEnumBuilder(catalog, type, types).build(type, catalog.codes(), false)
                .addJavadoc("$L", typeJavadoc(catalog))
                .addAnnotation(generated(catalog))
                .addField(catalogInfo(catalog, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL))
                .addField(lookup.indexField(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL))
                .addMethod(lookup.lookupMethod(CodeBlock.of(LookupBuilder.INDEX)))
                .addMethod(lookup.indexMethod(CodeBlock.of("values()"), Modifier.PRIVATE, Modifier.STATIC));
        addNestedTypes(catalog, types, builder);
        addCases(catalog, type, lookup, builder);
        if (!catalog.locales().isEmpty()) {
            new TextsBuilder(catalog, type).addTo(builder);
        }
        if (catalog.attributeWithRole(io.codebook.processor.model.Role.REASON_ACTION).isPresent()) {
            MappedCodesBuilder.addTo(builder, type, referrers);
        }
        if (catalog.priority().isPresent()) {
            PriorityBuilder priority = new PriorityBuilder(catalog, type);
            builder.addField(priority.comparator()).addMethods(priority.methods());
        }
        return builder.build();
    }

    /** Exhaustive handling of every code, and of wire values the catalog does not know. */
    private static void addCases(Catalog catalog, ClassName type, LookupBuilder lookup, TypeSpec.Builder builder) {
        List<CasesBuilder.Case> cases = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        for (Code code : catalog.codes()) {
            constants.add(code.javaName());
            cases.add(new CasesBuilder.Case(JavaNames.caseName(code.javaName()), java.util.Optional.empty(),
                    "{@link " + type.simpleName() + "#" + code.javaName() + "}: "
                            + Javadoc.escape(firstSentence(code.description().orElse(code.displayKey()))) + "\n"));
        }
        cases.add(new CasesBuilder.Case("unknown", java.util.Optional.of(lookup.rawKeyType()),
                "A wire value the catalog does not document, as it was sent.\n"));
        CasesBuilder.addHandlerTypes(builder, type, cases, "code of the catalog");
        builder.addMethod(CasesBuilder.enumMatch(type, constants, cases));
        builder.addMethod(lookup.matchWireMethod());
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String sentence = end > 0 ? text.substring(0, end + 1) : text;
        return sentence.length() > 160 ? sentence.substring(0, 157) + "..." : sentence;
    }

    private TypeSpec split(Catalog catalog, ClassName type, AttributeTypes types, ClassName index,
            List<List<Code>> parts) {
        TypeSpec.Builder builder = TypeSpec.interfaceBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addSuperinterface(new RoleMethods(catalog, types).codeInterface())
                .addJavadoc("$L", typeJavadoc(catalog) + "\n<p>The catalog has " + catalog.codes().size()
                        + " codes, more than one Java class can hold, so they are declared in the enums\n"
                        + String.join(", ", partNames(parts).stream().map(n -> "{@link " + n + "}").toList())
                        + "; {@link #values()} lists them all.\n")
                .addAnnotation(generated(catalog))
                .addField(catalogInfo(catalog, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL));
        builder.addMethod(MethodSpec.methodBuilder("group")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(type.nestedClass(GroupEnumBuilder.NAME))
                .build());
        for (Attribute attribute : catalog.attributes()) {
            builder.addMethod(MethodSpec.methodBuilder(attribute.name())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(types.accessorType(attribute))
                    .addJavadoc("$L", AccessorJavadoc.of(attribute))
                    .build());
        }
        if (catalog.hasVariants()) {
            builder.addMethod(MethodSpec.methodBuilder("variants")
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), type.nestedClass(VariantClassBuilder.NAME)))
                    .addJavadoc("$L", CodeEnumBuilder.VARIANTS_JAVADOC)
                    .build());
        }
        Map<Code, ClassName> enumOf = new HashMap<>();
        List<String> names = partNames(parts);
        CodeEnumBuilder enums = new CodeEnumBuilder(catalog, type, types);
        for (int i = 0; i < parts.size(); i++) {
            ClassName part = type.nestedClass(names.get(i));
            builder.addPermittedSubclass(part);
            parts.get(i).forEach(code -> enumOf.put(code, part));
            builder.addType(enums.build(part, parts.get(i), true)
                    .addModifiers(Modifier.STATIC)
                    .addJavadoc("Codes $L to $L of the catalog, in the document's order.\n",
                            i == 0 ? 1 : sizeBefore(parts, i) + 1, sizeBefore(parts, i) + parts.get(i).size())
                    .build());
        }
        LookupBuilder lookup = new LookupBuilder(catalog, type, types, enumOf::get);
        builder.addMethod(lookup.lookupMethod(CodeBlock.of("$T.$N", index, LookupBuilder.INDEX)));
        builder.addMethod(MethodSpec.methodBuilder("values")
                .addJavadoc("Every code of the catalog, in the document's order.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), type))
                .addStatement("return $T.ALL", index)
                .build());
        addNestedTypes(catalog, types, builder, Modifier.STATIC);
        return builder.build();
    }

    /** Holds a split catalog's index: an interface cannot have private static state. */
    private TypeSpec splitIndex(Catalog catalog, ClassName type, AttributeTypes types, ClassName index,
            List<List<Code>> parts) {
        Map<Code, ClassName> enumOf = new HashMap<>();
        List<String> names = partNames(parts);
        CodeBlock.Builder all = CodeBlock.builder().add("$T.<$T[]>of(", Stream.class, type);
        for (int i = 0; i < parts.size(); i++) {
            ClassName part = type.nestedClass(names.get(i));
            parts.get(i).forEach(code -> enumOf.put(code, part));
            all.add(i == 0 ? "$T.values()" : ", $T.values()", part);
        }
        all.add(")\n.flatMap($T::stream)\n.toList()", java.util.Arrays.class);
        LookupBuilder lookup = new LookupBuilder(catalog, type, types, enumOf::get);
        return TypeSpec.classBuilder(index)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("The lookup index of {@link $T}.\n", type)
                .addAnnotation(generated(catalog))
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), type), "ALL",
                                Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", all.build())
                        .build())
                .addField(lookup.indexField(Modifier.STATIC, Modifier.FINAL))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(lookup.indexMethod(CodeBlock.of("ALL"), Modifier.PRIVATE, Modifier.STATIC))
                .build();
    }

    private static int sizeBefore(List<List<Code>> parts, int index) {
        int size = 0;
        for (int i = 0; i < index; i++) {
            size += parts.get(i).size();
        }
        return size;
    }

    private static List<String> partNames(List<List<Code>> parts) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= parts.size(); i++) {
            names.add("Part" + i);
        }
        return names;
    }

    /** @param modifiers extra modifiers: JavaPoet wants the implicit {@code static} spelled out inside an interface */
    private static void addNestedTypes(Catalog catalog, AttributeTypes types, TypeSpec.Builder builder,
            Modifier... modifiers) {
        builder.addType(GroupEnumBuilder.build(catalog, types.catalogType().nestedClass(GroupEnumBuilder.NAME))
                .toBuilder().addModifiers(modifiers).build());
        for (Attribute attribute : catalog.attributes()) {
            if (attribute.type() == AttributeType.ENUM) {
                builder.addType(AttributeEnumBuilder.build(attribute, types.enumType(attribute))
                        .toBuilder().addModifiers(modifiers).build());
            }
        }
        if (catalog.hasVariants()) {
            builder.addType(new VariantClassBuilder(catalog, types).build());
        }
    }

    private static FieldSpec catalogInfo(Catalog catalog, Modifier... modifiers) {
        return FieldSpec.builder(RuntimeTypes.CATALOG_INFO, "CATALOG", modifiers)
                .addJavadoc("What this catalog is and where its facts come from.\n")
                .initializer(catalog.attemptLimit().isPresent()
                        ? CodeBlock.of("new $T($S, $S, $S, $S, $T.of($L))", RuntimeTypes.CATALOG_INFO, catalog.id(),
                                catalog.vendor(), catalog.title(), catalog.source().document(),
                                java.util.OptionalInt.class, catalog.attemptLimit().getAsInt())
                        : CodeBlock.of("new $T($S, $S, $S, $S)", RuntimeTypes.CATALOG_INFO, catalog.id(),
                                catalog.vendor(), catalog.title(), catalog.source().document()))
                .build();
    }

    static AnnotationSpec generated(Catalog catalog) {
        return AnnotationSpec.builder(RuntimeTypes.GENERATED)
                .addMember("value", "$S", GENERATOR)
                .addMember("comments", "$S", "catalog " + catalog.id())
                .build();
    }

    private static String typeJavadoc(Catalog catalog) {
        StringBuilder doc = new StringBuilder()
                .append(Javadoc.escape(catalog.vendor())).append(": ").append(Javadoc.escape(catalog.title()))
                .append(", one constant per documented code.");
        catalog.description().ifPresent(d -> doc.append("\n\n<p>").append(Javadoc.escape(d)));
        doc.append("\n\n<p>Transcribed from ").append(Javadoc.code(catalog.source().document()));
        catalog.source().url().ifPresent(u -> doc.append(" (").append(Javadoc.escape(u)).append(')'));
        doc.append(" by the catalog spec ").append(Javadoc.code(catalog.id())).append('.');
        for (String note : catalog.notes()) {
            doc.append("\n\n<p>Note: ").append(Javadoc.escape(note));
        }
        return doc.append('\n').toString();
    }
}
