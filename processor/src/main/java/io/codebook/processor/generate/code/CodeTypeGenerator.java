package io.codebook.processor.generate.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.codebook.processor.generate.GenerationContext;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.generate.text.TextsClass;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Role;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * A catalog's code type and its table: one constant per documented code, the vendor's facts behind
 * typed accessors, the lookups from wire values, exhaustive handling, end-user texts, and what the
 * catalog's role in the runtime asks for (canonical reasons, priority). Every member is described
 * once and assembled into whichever shape the catalog's size needs.
 */
public final class CodeTypeGenerator {

    private final NamedCatalog catalog;
    private final Catalog spec;
    private final GenerationContext context;
    private final ClassName type;
    private final ClassName table;
    private final AttributeTypes types;
    private final CodeSetShape shape;
    private final Lookups lookups;
    private final TextsClass texts;
    private final Optional<VariantClass> variants;
    private final CodeTable codeTable;
    private final boolean textFallback;

    public CodeTypeGenerator(NamedCatalog catalog, GenerationContext context) {
        this.catalog = catalog;
        this.spec = catalog.catalog();
        this.context = context;
        this.type = AttributeTypes.codeType(catalog);
        this.table = ClassName.get(catalog.names().packageName(), catalog.names().tableType());
        this.types = AttributeTypes.ofCatalog(catalog, context);
        this.shape = CodeSetShape.plan(type, catalog.codes(), 0, context.splitAbove());
        this.lookups = new Lookups(spec, type, table, types);
        this.texts = new TextsClass(catalog, type, table);
        this.variants = spec.hasVariants() ? Optional.of(new VariantClass(spec, type, types)) : Optional.empty();
        this.textFallback = !spec.locales().isEmpty() && !texts.isEmpty() && vocabularyIsLocalized();
        this.codeTable = new CodeTable(catalog, types, variants, new CodeTable.RowExtras(priorityRanks(),
                textFallback ? Optional.of(textNeedsArguments()) : Optional.empty()));
    }

    public CodeSetShape shape() {
        return shape;
    }

    /** The code type. */
    public TypeSpec codeType() {
        return assembler().type();
    }

    /** The table, with what other types of the catalog keep there. */
    public TypeSpec table(List<Object> otherMembers) {
        List<Object> members = new ArrayList<>(assembler().tableMembers());
        members.addAll(texts.tableMembers());
        members.addAll(mappedCodesMembers());
        members.addAll(otherMembers);
        return codeTable.build(lookups, members);
    }

    private CodeSetAssembler assembler;

    private CodeSetAssembler assembler() {
        if (assembler != null) {
            return assembler;
        }
        CodeJavadoc javadoc = new CodeJavadoc(catalog, types);
        CodeSetAssembler set = new CodeSetAssembler(shape, catalog.id(), table, "", new CodeSetAssembler.Head(
                List.of(Modifier.PUBLIC), typeJavadoc(), GeneratedTypes.topLevel(catalog.id()), superinterfaces()))
                .constants(catalog::constant, javadoc::of, javadoc::ofAlias, null)
                .staticField(catalogInfo());
        priorityComparator().ifPresent(set::staticField);
        set.staticMethod(lookups.lookupMethod());
        set.staticMethod(lookups.matchWireMethod(type.nestedClass(Reserved.CASES)));
        priorityWinner().ifPresent(set::staticMethod);
        ClassName row = codeTable.rowType();
        set.instanceMethod(runtime("code", ClassName.get(String.class), null, part -> statement("return row().code()")));
        set.instanceMethod(runtime("group", type.nestedClass(Reserved.GROUP), null,
                part -> statement("return row().group()")));
        set.instanceMethod(runtime("description", ParameterizedTypeName.get(Optional.class, String.class), null,
                part -> statement("return $T.ofNullable(row().description())", Optional.class)));
        set.instanceMethod(runtime("messages",
                ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VENDOR_MESSAGE), null,
                part -> statement("return row().messages()")));
        set.instanceMethod(runtime("catalog", RuntimeTypes.CATALOG_INFO, null,
                part -> statement("return $N", Reserved.CATALOG_FIELD)));
        for (Attribute attribute : spec.attributes()) {
            boolean roleMethod = attribute.role().map(Role::method).filter(attribute.name()::equals).isPresent();
            set.instanceMethod(new CodeSetAssembler.InstanceMethod(MethodSpec.methodBuilder(attribute.name())
                    .returns(types.accessorType(attribute))
                    .addJavadoc(Accessors.javadoc(attribute))
                    .build(), roleMethod, part -> types.accessorBody(attribute, CodeBlock.of("row().$N()", attribute.name()))));
        }
        roleMethods().forEach(set::instanceMethod);
        variants.ifPresent(v -> set.instanceMethod(new CodeSetAssembler.InstanceMethod(MethodSpec.methodBuilder("variants")
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), v.type()))
                .addJavadoc(Javadoc.wrapped("The rows the vendor's document prints for this code when it prints several with different"
                        + " facts;\nempty when it prints one. What all rows share is on the code itself.\n"))
                .build(), false, part -> statement("return row().variants()"))));
        if (!spec.locales().isEmpty()) {
            set.instanceMethod(userText());
        }
        spec.priority().ifPresent(p -> set.instanceMethod(new CodeSetAssembler.InstanceMethod(
                MethodSpec.methodBuilder("priorityRank")
                        .returns(TypeName.INT)
                        .addJavadoc(priorityRankJavadoc(p.description()))
                        .build(), false, part -> statement("return row().priorityRank()"))));
        if (spec.attributeWithRole(Role.REASON_ACTION).isPresent()) {
            set.instanceMethod(mappedCodes());
        }
        lifecycleMethods().forEach(set::instanceMethod);
        set.instanceMethod(match());
        set.enumHelper(part -> MethodSpec.methodBuilder("row")
                .addModifiers(Modifier.PRIVATE)
                .returns(row)
                .addStatement("return $L", CodeTable.rowOf(table, part))
                .build());
        set.nestedType(HandlerTypes.cases(catalog, type, lookups.rawKeyType()));
        set.nestedType(GroupEnum.build(catalog, type));
        for (Attribute attribute : spec.attributes()) {
            if (attribute.type() == AttributeType.ENUM) {
                set.nestedType(ValueEnum.build(attribute, types.enumType(attribute), types.valueConstants(attribute),
                        catalog.id()));
            }
        }
        variants.ifPresent(v -> set.nestedType(v.build()));
        if (!texts.isEmpty()) {
            set.nestedType(texts.nested());
        }
        assembler = set;
        return set;
    }

    private static CodeBlock statement(String format, Object... args) {
        return CodeBlock.builder().addStatement(format, args).build();
    }

    private static CodeSetAssembler.InstanceMethod runtime(String name, TypeName returns, CodeBlock javadoc,
            java.util.function.Function<CodeSetShape.Part, CodeBlock> body) {
        MethodSpec.Builder declaration = MethodSpec.methodBuilder(name).returns(returns);
        if (javadoc != null) {
            declaration.addJavadoc(javadoc);
        }
        return new CodeSetAssembler.InstanceMethod(declaration.build(), true, body);
    }

    private List<TypeName> superinterfaces() {
        List<TypeName> interfaces = new ArrayList<>();
        if (spec.attributeWithRole(Role.CANONICAL_REASON).isPresent()) {
            interfaces.add(RuntimeTypes.MAPPED_CODE);
        } else if (spec.attributeWithRole(Role.REASON_ACTION).isPresent()) {
            interfaces.add(RuntimeTypes.CANONICAL_REASON_CODE);
        } else {
            interfaces.add(RuntimeTypes.CATALOG_CODE);
        }
        if (!spec.locales().isEmpty()) {
            interfaces.add(RuntimeTypes.LOCALIZED_CODE);
        }
        return interfaces;
    }

    /** The runtime methods the attributes' roles fill, where an attribute is not already named after them. */
    private List<CodeSetAssembler.InstanceMethod> roleMethods() {
        List<CodeSetAssembler.InstanceMethod> methods = new ArrayList<>();
        for (Attribute attribute : spec.attributes()) {
            if (attribute.role().isEmpty() || attribute.role().get().method().equals(attribute.name())) {
                continue;
            }
            Role role = attribute.role().get();
            TypeName returns = role == Role.CANONICAL_REASON ? types.rowType(attribute) : RuntimeTypes.NEXT_ACTION;
            String conversion = role == Role.ACTION_OVERRIDE ? "return $N().orElse(canonicalReason().defaultAction())"
                    : attribute.type() == AttributeType.ACTION || role == Role.CANONICAL_REASON
                    ? "return $N()" : "return $N().action()";
            methods.add(runtime(role.method(), returns, null, part -> statement(conversion, attribute.name())));
        }
        return methods;
    }

    private CodeSetAssembler.InstanceMethod userText() {
        Javadoc doc = Javadoc.start()
                .text("What to tell the end user about this code, in {@code locale}, else its language, else English"
                        + " (never the JVM's default locale); written for end users in")
                .text(String.join(", ", spec.locales().stream().map(l -> l.tag()).toList()) + ".")
                .text("Never throws.");
        if (textFallback) {
            doc.paragraph().text("A code whose own text needs arguments (see {@link Texts}) gives its canonical"
                    + " reason's text here.");
        }
        CodeBlock javadoc = doc.build();
        MethodSpec declaration = MethodSpec.methodBuilder("userText")
                .returns(String.class)
                .addParameter(Locale.class, "locale")
                .addJavadoc(javadoc)
                .build();
        return new CodeSetAssembler.InstanceMethod(declaration, true, part -> {
            // a bundle lost in packaging shows the vendor's own words rather than nothing
            CodeBlock lookup = CodeBlock.of("$T.lookup($T.class,$W$T.$N,$Wlocale,$Wname(),$WvendorText())",
                    RuntimeTypes.LOCALIZED_TEXTS, type, table, CodeTable.TEXTS_PATH);
            if (!textFallback) {
                return statement("return $L", lookup);
            }
            // a text with placeholders is no text to show as it is: without its arguments, the reason's reads right
            return statement("return row().textNeedsArguments() ? canonicalReason().userText(locale)\n: $L", lookup);
        });
    }

    private static CodeBlock priorityRankJavadoc(Optional<String> vendorWords) {
        Javadoc doc = Javadoc.start().text("This code's place in the vendor's priority, 0 winning: the codes the vendor"
                + " orders come first, in its order; every other code after them, in the document's order.");
        vendorWords.ifPresent(words -> doc.paragraph().vendor(words));
        return doc.build();
    }

    private boolean vocabularyIsLocalized() {
        return spec.attributeWithRole(Role.CANONICAL_REASON)
                .map(a -> !types.referenced(a).catalog().locales().isEmpty())
                .orElse(false);
    }

    private boolean[] textNeedsArguments() {
        boolean[] flags = new boolean[catalog.codes().size()];
        for (Code code : catalog.codes()) {
            flags[code.ordinal()] = TextsClass.hasTypedText(code);
        }
        return flags;
    }

    private Optional<int[]> priorityRanks() {
        return spec.priority().map(priority -> {
            int[] ranks = new int[catalog.codes().size()];
            for (Code code : catalog.codes()) {
                int rank = code.code().map(priority.order()::indexOf).orElse(-1);
                ranks[code.ordinal()] = rank >= 0 ? rank : priority.order().size() + code.ordinal();
            }
            return ranks;
        });
    }

    private Optional<FieldSpec> priorityComparator() {
        return spec.priority().map(p -> FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Comparator.class), type),
                        Reserved.BY_PRIORITY_FIELD, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(Javadoc.wrapped("Orders codes by the vendor's priority, the winner first.\n"))
                .initializer("$T.comparingInt($W$T::priorityRank)", Comparator.class, type)
                .build());
    }

    private Optional<MethodSpec> priorityWinner() {
        TypeName codes = ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(type));
        return spec.priority().map(p -> MethodSpec.methodBuilder("highestPriority")
                .addJavadoc(Javadoc.wrapped("The code that wins among {@code codes} by the vendor's priority; empty when there is none"
                        + " ({@code null}\nand null elements are ignored).\n"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addParameter(codes, "codes")
                .addStatement("return codes == null ? $T.empty()$W: codes.stream().filter($T::nonNull).min($N)"
                        + "$Z.map($T.class::cast)", Optional.class, Objects.class, Reserved.BY_PRIORITY_FIELD, type)
                .build());
    }

    private CodeSetAssembler.InstanceMethod mappedCodes() {
        Javadoc doc = Javadoc.start().text("Every vendor code that maps to this reason, catalog by catalog in the"
                + " document's order. It covers the vendor catalogs generated in the same compilation:");
        if (context.mappedFrom().isEmpty()) {
            doc.text("none.");
        }
        for (int i = 0; i < context.mappedFrom().size(); i++) {
            doc.link(AttributeTypes.codeType(context.mappedFrom().get(i)), null)
                    .glue(i + 1 < context.mappedFrom().size() ? "," : ".");
        }
        MethodSpec declaration = MethodSpec.methodBuilder("mappedCodes")
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MAPPED_CODE))
                .addJavadoc(doc.build())
                .build();
        return new CodeSetAssembler.InstanceMethod(declaration, false,
                part -> statement("return $T.MappedCodes.BY_REASON.getOrDefault(this, $T.of())", table, List.class));
    }

    /** Built on first use, so loading a reason does not load every vendor catalog. */
    private List<Object> mappedCodesMembers() {
        if (spec.attributeWithRole(Role.REASON_ACTION).isEmpty()) {
            return List.of();
        }
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MAPPED_CODE);
        TypeName map = ParameterizedTypeName.get(ClassName.get(java.util.Map.class), type, list);
        MethodSpec.Builder index = MethodSpec.methodBuilder("index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(map)
                .addStatement("$T index = new $T<>()", map, java.util.HashMap.class);
        for (NamedCatalog vendor : context.mappedFrom()) {
            ClassName vendorType = AttributeTypes.codeType(vendor);
            index.beginControlFlow("for ($T code :$W$T.values())", vendorType, vendorType)
                    .addStatement("index.computeIfAbsent(code.canonicalReason(),$Wreason -> new $T<>()).add(code)",
                            ArrayList.class)
                    .endControlFlow();
        }
        index.addStatement("index.replaceAll((reason, codes) -> $T.copyOf(codes))", List.class)
                .addStatement("return $T.unmodifiableMap(index)", java.util.Collections.class);
        return List.of(TypeSpec.classBuilder(table.nestedClass("MappedCodes"))
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .addJavadoc(Javadoc.wrapped("The vendor codes of each reason, built on first use: loading a reason loads no\n"
                        + "vendor catalog.\n"))
                .addField(FieldSpec.builder(map, "BY_REASON", Modifier.STATIC, Modifier.FINAL)
                        .initializer("index()")
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(index.build())
                .build());
    }

    private CodeSetAssembler.InstanceMethod match() {
        TypeVariableName r = TypeVariableName.get("R");
        MethodSpec declaration = MethodSpec.methodBuilder(Reserved.MATCH)
                .addTypeVariable(r)
                .returns(r)
                .addParameter(ParameterizedTypeName.get(type.nestedClass(Reserved.CASES), r), "cases")
                .addJavadoc(Javadoc.wrapped("Calls the method of {@code cases} that handles this code.\n\n"
                        + "@param <R> what the handler returns\n@return what the handler returned\n"))
                .build();
        return new CodeSetAssembler.InstanceMethod(declaration, false, part -> HandlerTypes.dispatch(catalog, part, shape.split()));
    }

    private FieldSpec catalogInfo() {
        return FieldSpec.builder(RuntimeTypes.CATALOG_INFO, Reserved.CATALOG_FIELD, Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc(Javadoc.wrapped("What this catalog is and where its facts come from.\n"))
                .initializer(spec.attemptLimit().isPresent()
                        ? CodeBlock.of("new $T($S,$W$L,$W$L,$W$L,$W$T.of($L))", RuntimeTypes.CATALOG_INFO, spec.id(),
                                Literals.string(spec.vendor()), Literals.string(spec.title()),
                                Literals.string(spec.source().document()), OptionalInt.class, spec.attemptLimit().getAsInt())
                        : CodeBlock.of("new $T($S,$W$L,$W$L,$W$L)", RuntimeTypes.CATALOG_INFO, spec.id(),
                                Literals.string(spec.vendor()), Literals.string(spec.title()),
                                Literals.string(spec.source().document())))
                .build();
    }

    private CodeBlock typeJavadoc() {
        Javadoc doc = Javadoc.at(0).vendor(spec.vendor() + ": " + spec.title()).glue(",")
                .text("one constant per documented code.");
        spec.description().ifPresent(d -> doc.paragraph().vendor(d));
        doc.paragraph().text("Transcribed from").code(spec.source().document());
        spec.source().url().ifPresent(u -> doc.text("(").vendor(u).glue(")"));
        doc.text("by the catalog spec").code(spec.id()).glue(".");
        if (shape.split()) {
            doc.paragraph().text("The catalog has " + catalog.codes().size() + " codes, more than one enum can hold, so"
                    + " its constants are declared in the enums {@code " + Reserved.PART + "1} to {@code " + Reserved.PART
                    + shape.parts().size() + "}; {@link #values()}, the lookups, the accessors and {@link Cases} work as"
                    + " for a single enum.");
        }
        for (String note : spec.notes()) {
            doc.paragraph().text("Note:").vendor(note);
        }
        return doc.build();
    }

    /**
     * {@code replacement()}, always, so its type does not change when a first code is deprecated;
     * {@code deprecated()} and {@code retired()} where a code is (the runtime's defaults say no).
     */
    private List<CodeSetAssembler.InstanceMethod> lifecycleMethods() {
        List<CodeSetAssembler.InstanceMethod> methods = new ArrayList<>();
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), type);
        methods.add(runtime("replacement", optional, Javadoc.wrapped(
                "The code to use instead of this one, where the catalog deprecates it in favour of another; empty\n"
                        + "otherwise.\n"), part -> {
                    List<Code> replaced = part.codes().stream()
                            .filter(c -> spec.replacementOf(c).isPresent()).toList();
                    if (replaced.isEmpty()) {
                        return statement("return $T.empty()", Optional.class);
                    }
                    CodeBlock.Builder body = CodeBlock.builder().add("return switch (this) {\n$>");
                    for (Code code : replaced) {
                        // through its own enum: in a split type, Type.CONSTANT is the table's field, which is
                        // deprecated where the replacement is deprecated too
                        Code replacement = spec.replacementOf(code).get();
                        body.add("case $N -> $T.of($T.$N);\n", catalog.constant(code), Optional.class,
                                shape.enumOf(replacement), catalog.constant(replacement));
                    }
                    return body.add("default -> $T.empty();\n$<};\n", Optional.class).build();
                }));
        if (spec.codeStream().anyMatch(c -> c.deprecation().isPresent())) {
            methods.add(runtime("deprecated", TypeName.BOOLEAN, null,
                    part -> Lifecycle.test(part, catalog, c -> c.deprecation().isPresent())));
            methods.add(runtime("retired", TypeName.BOOLEAN, null,
                    part -> Lifecycle.test(part, catalog, c -> c.deprecation().filter(d -> d.retired()).isPresent())));
        }
        return methods;
    }
}
