package io.codebook.processor.generate.code;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.generate.support.Chunks;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Message;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The catalog's table: a package-private companion of its code type holding the vendor's rows,
 * one per code in the document's order, and the lookup index. Code constants carry nothing but
 * their name; their accessors read their row. So a catalog's facts never count against what one
 * enum can hold, and a catalog stays one enum up to {@link CodeSetShape#MAX_CONSTANTS} codes. The
 * rows are created in as many classes as their size needs.
 */
final class CodeTable {

    static final String ROW = "Row";
    static final String ROWS = "ROWS";
    static final String TEXTS_PATH = "TEXTS";

    private final NamedCatalog catalog;
    private final ClassName codeType;
    private final ClassName table;
    private final AttributeTypes types;
    private final Optional<VariantClass> variants;
    private final boolean aliases;
    private final RowExtras extras;

    /**
     * Facts a row holds besides the vendor's, when the catalog needs them.
     *
     * @param priorityRank each code's rank in the vendor's priority, by ordinal
     * @param textNeedsArguments whether each code's own end-user text has placeholders, by ordinal
     */
    record RowExtras(Optional<int[]> priorityRank, Optional<boolean[]> textNeedsArguments) {}

    CodeTable(NamedCatalog catalog, AttributeTypes types, Optional<VariantClass> variants, RowExtras extras) {
        this.catalog = catalog;
        this.codeType = AttributeTypes.codeType(catalog);
        this.table = ClassName.get(catalog.names().packageName(), catalog.names().tableType());
        this.types = types;
        this.variants = variants;
        this.aliases = catalog.codes().stream().anyMatch(code -> !code.aliases().isEmpty());
        this.extras = extras;
    }

    ClassName type() {
        return table;
    }

    ClassName rowType() {
        return table.nestedClass(ROW);
    }

    /** The expression of a code's row inside one of its enums. */
    static CodeBlock rowOf(ClassName table, CodeSetShape.Part part) {
        return part.offset() == 0 ? CodeBlock.of("$T.$N[ordinal()]", table, ROWS)
                : CodeBlock.of("$T.$N[$L + ordinal()]", table, ROWS, part.offset());
    }

    /**
     * The table's class.
     *
     * @param members what other parts of the generation keep here (see {@link CodeSetAssembler#tableMembers()})
     */
    TypeSpec build(Lookups lookups, List<Object> members) {
        TypeSpec.Builder builder = TypeSpec.classBuilder(table)
                .addModifiers(Modifier.FINAL)
                .addJavadoc(Javadoc.start().text("The vendor's rows of").link(codeType, null).glue(",")
                        .text("one per code in the document's order, and the lookup from wire values to codes."
                                + " Package-private: its codes' accessors and lookups read it.").build());
        if (namesDeprecatedMembers()) {
            builder.addAnnotation(Deprecations.SUPPRESS);
        }
        GeneratedTypes.topLevel(catalog.id()).forEach(builder::addAnnotation);
        if (!catalog.catalog().locales().isEmpty()) {
            String path = (catalog.names().packageName().isEmpty() ? ""
                    : catalog.names().packageName().replace('.', '/') + "/") + catalog.names().codeType();
            builder.addField(FieldSpec.builder(String.class, TEXTS_PATH, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Where the end-user text bundles are: {@code $L_<locale>.properties}.\n", path)
                    .initializer("$S", path)
                    .build());
        }
        // fields other types keep here (the values of a split type) come first: the index below reads them
        members.stream().filter(m -> m instanceof FieldSpec).forEach(field -> builder.addField((FieldSpec) field));
        builder.addField(FieldSpec.builder(ArrayTypeName.of(rowType()), ROWS, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Row {@code i} holds the facts of {@code $T.values()[i]}.\n", codeType)
                .initializer("rows()")
                .build());
        builder.addField(lookups.indexField());
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        builder.addMethod(lookups.tableLookup());
        builder.addMethod(lookups.tableMissed());
        lookups.tableSent().ifPresent(builder::addMethod);
        builder.addMethod(lookups.indexMethod(ROWS, aliases));
        List<List<Code>> chunks = Chunks.split(catalog.codes(), this::cost, Integer.MAX_VALUE);
        if (chunks.size() == 1) {
            builder.addMethod(rowsMethod(chunks.get(0), Modifier.PRIVATE, Modifier.STATIC));
        } else {
            CodeBlock.Builder all = CodeBlock.builder().add("return $T.of(", Stream.class);
            for (int i = 0; i < chunks.size(); i++) {
                ClassName chunk = table.nestedClass("Rows" + (i + 1));
                all.add(i == 0 ? "$T.rows()" : ",$W$T.rows()", chunk);
                builder.addType(TypeSpec.classBuilder(chunk)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addAnnotation(GeneratedTypes.nested(catalog.id()))
                        .addJavadoc("Rows $L to $L: one class holds only so many.\n", offset(chunks, i) + 1,
                                offset(chunks, i) + chunks.get(i).size())
                        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                        .addMethod(rowsMethod(chunks.get(i), Modifier.STATIC))
                        .build());
            }
            builder.addMethod(MethodSpec.methodBuilder("rows")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(ArrayTypeName.of(rowType()))
                    .addCode(all.add(")\n.flatMap($T::stream)\n.toArray($T[]::new);\n", Arrays.class, rowType()).build())
                    .build());
        }
        builder.addType(rowRecord());
        for (Object member : members) {
            if (member instanceof TypeSpec type) {
                builder.addType(type);
            } else if (member instanceof MethodSpec) {
                builder.addMethod((MethodSpec) member);
            }
        }
        return builder.build();
    }

    private static int offset(List<List<Code>> chunks, int index) {
        return chunks.subList(0, index).stream().mapToInt(List::size).sum();
    }

    private MethodSpec rowsMethod(List<Code> codes, Modifier... modifiers) {
        CodeBlock.Builder body = CodeBlock.builder().add("return new $T[] {\n", rowType()).indent();
        for (Code code : codes) {
            body.add("new $T($L),\n", rowType(), arguments(code));
        }
        body.unindent().add("};\n");
        return MethodSpec.methodBuilder("rows")
                .addModifiers(modifiers)
                .returns(ArrayTypeName.of(rowType()))
                .addCode(body.build())
                .build();
    }

    private TypeSpec rowRecord() {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        components.addParameter(String.class, "code");
        components.addParameter(codeType.nestedClass(Reserved.GROUP), "group");
        components.addParameter(String.class, "description");
        components.addParameter(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VENDOR_MESSAGE),
                "messages");
        for (Attribute attribute : catalog.catalog().attributes()) {
            components.addParameter(types.rowType(attribute), attribute.name());
        }
        if (aliases) {
            components.addParameter(ParameterizedTypeName.get(List.class, String.class), "aliases");
        }
        variants.ifPresent(v -> components.addParameter(
                ParameterizedTypeName.get(ClassName.get(List.class), v.type()), "variants"));
        extras.priorityRank().ifPresent(ranks -> components.addParameter(TypeName.INT, "priorityRank"));
        extras.textNeedsArguments().ifPresent(flags -> components.addParameter(TypeName.BOOLEAN, "textNeedsArguments"));
        return TypeSpec.recordBuilder(rowType())
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .addJavadoc(Javadoc.wrapped("The facts the vendor's document gives for one code; {@code null} where it gives none.\n"))
                .recordConstructor(components.build())
                .build();
    }

    private CodeBlock arguments(Code code) {
        List<CodeBlock> args = new ArrayList<>();
        args.add(Literals.string(code.displayKey()));
        args.add(CodeBlock.of("$T.$N", codeType.nestedClass(Reserved.GROUP), catalog.groupConstant(catalog.group(code))));
        args.add(Literals.string(code.description().orElse(null)));
        args.add(messages(code.messages()));
        for (Attribute attribute : catalog.catalog().attributes()) {
            args.add(types.literal(attribute, code.value(attribute.name())));
        }
        if (aliases) {
            args.add(CodeBlock.of("$T.of($L)", List.class,
                    CodeBlock.join(code.aliases().stream().map(Literals::string).toList(), ", ")));
        }
        variants.ifPresent(v -> args.add(v.literal(code.variants())));
        extras.priorityRank().ifPresent(ranks -> args.add(CodeBlock.of("$L", ranks[code.ordinal()])));
        extras.textNeedsArguments().ifPresent(flags -> args.add(CodeBlock.of("$L", flags[code.ordinal()])));
        return CodeBlock.join(args, ",$W");
    }

    private static CodeBlock messages(List<Message> messages) {
        if (messages.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        List<CodeBlock> items = new ArrayList<>();
        for (Message message : messages) {
            items.add(message.description().isPresent()
                    ? CodeBlock.of("$T.of($W$L,$W$L)", RuntimeTypes.VENDOR_MESSAGE, Literals.string(message.text()),
                            Literals.string(message.description().get()))
                    : CodeBlock.of("$T.of($W$L)", RuntimeTypes.VENDOR_MESSAGE, Literals.string(message.text())));
        }
        return CodeBlock.of("$T.of($W$L)", List.class, CodeBlock.join(items, ",$W"));
    }

    /** What creating a code's row costs: the array store, the constructor call and each argument. */
    private Chunks.Cost cost(Code code) {
        int bytecode = 12 + 3 + 3 + 3 + 3;
        int constants = 2 + 3 + 2 + 1;
        for (Message message : code.messages()) {
            bytecode += 14;
            constants += 4;
        }
        for (Attribute attribute : catalog.catalog().attributes()) {
            Chunks.Cost value = AttributeTypes.cost(code.value(attribute.name()));
            bytecode += value.bytecode();
            constants += value.constants();
        }
        bytecode += 8 + 5 * code.aliases().size();
        constants += 2 * code.aliases().size();
        bytecode += code.variants().size() * (12 + 6 * catalog.catalog().attributes().size());
        constants += code.variants().size() * (4 + 3 * catalog.catalog().attributes().size());
        return new Chunks.Cost(bytecode + 6, constants);
    }

    /**
     * Whether the rows name a deprecated constant: one of this catalog's codes or values, or of a
     * catalog its codes reference (a canonical reason, a related code).
     */
    private boolean namesDeprecatedMembers() {
        if (Deprecations.any(catalog)) {
            return true;
        }
        return catalog.catalog().attributes().stream()
                .filter(a -> a.type() == io.codebook.processor.model.AttributeType.CODE)
                .map(types::referenced)
                .anyMatch(Deprecations::any);
    }
}
