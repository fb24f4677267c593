package io.codebook.processor.generate.code;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.generate.support.Chunks;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.model.Code;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Assembles a type of codes from its members, in whichever shape {@link CodeSetShape} chose. The
 * same members make both shapes, so the split shape can never lose a feature:
 *
 * <ul>
 *   <li>one enum: constants, static members, instance methods with their javadoc, nested types;</li>
 *   <li>split: a sealed interface with the static members, the instance methods declared with their
 *       javadoc, the nested types and a static {@code values()}; one enum per part implementing the
 *       methods; and, in the package-private table, the constants again as fields of interfaces the
 *       type extends, so {@code Type.CONSTANT} names a code in both shapes.</li>
 * </ul>
 */
final class CodeSetAssembler {

    /**
     * An instance method of the type.
     *
     * @param declaration its signature and javadoc, without a body
     * @param overridesRuntime whether a runtime interface declares it ({@code @Override} in the enum shape)
     * @param body its body in one enum (which depends on the enum's constants for a {@code match})
     */
    record InstanceMethod(MethodSpec declaration, boolean overridesRuntime, Function<CodeSetShape.Part, CodeBlock> body) {}

    /**
     * What the type says about itself in both shapes.
     *
     * @param modifiers {@code public}, and {@code static} for a type nested in an interface
     * @param superinterfaces the runtime interfaces it implements
     */
    record Head(List<Modifier> modifiers, CodeBlock javadoc, List<AnnotationSpec> annotations,
            List<TypeName> superinterfaces) {}

    private final CodeSetShape shape;
    private final String catalogId;
    private final ClassName table;
    private final String tablePrefix;
    private final Head head;
    private List<Object> tableMembers;
    private final List<FieldSpec> staticFields = new ArrayList<>();
    private final List<MethodSpec> staticMethods = new ArrayList<>();
    private final List<InstanceMethod> instanceMethods = new ArrayList<>();
    private final List<TypeSpec> nestedTypes = new ArrayList<>();
    private final List<FieldSpec> enumFields = new ArrayList<>();
    private final List<Function<CodeSetShape.Part, MethodSpec>> enumHelpers = new ArrayList<>();
    private MethodSpec enumConstructor;
    private Function<Code, CodeBlock> constantJavadoc = code -> CodeBlock.of("");
    private Function<Code, CodeBlock> aliasJavadoc = code -> CodeBlock.of("");
    private Function<Code, CodeBlock> constantArguments;
    private Function<Code, String> constantName;

    /**
     * @param table the catalog's package-private table, which holds what an interface cannot
     * @param tablePrefix the prefix of the table's members for this type ({@code ""} for the
     *     catalog's own type, the outcome's name for an outcome's codes)
     */
    CodeSetAssembler(CodeSetShape shape, String catalogId, ClassName table, String tablePrefix, Head head) {
        this.shape = shape;
        this.catalogId = catalogId;
        this.table = table;
        this.tablePrefix = tablePrefix;
        this.head = head;
    }

    /**
     * @param javadoc a constant's javadoc in its enum
     * @param aliasJavadoc the same, as the table's field of a split type declares it
     */
    CodeSetAssembler constants(Function<Code, String> name, Function<Code, CodeBlock> javadoc,
            Function<Code, CodeBlock> aliasJavadoc, Function<Code, CodeBlock> arguments) {
        this.constantName = name;
        this.constantJavadoc = javadoc;
        this.aliasJavadoc = aliasJavadoc;
        this.constantArguments = arguments;
        return this;
    }

    CodeSetAssembler staticField(FieldSpec field) {
        staticFields.add(field);
        return this;
    }

    CodeSetAssembler staticMethod(MethodSpec method) {
        staticMethods.add(method);
        return this;
    }

    CodeSetAssembler instanceMethod(InstanceMethod method) {
        instanceMethods.add(method);
        return this;
    }

    CodeSetAssembler nestedType(TypeSpec type) {
        nestedTypes.add(type);
        return this;
    }

    /** A private field and constructor of each enum, for constants that carry a value. */
    CodeSetAssembler enumState(FieldSpec field, MethodSpec constructor) {
        enumFields.add(field);
        enumConstructor = constructor;
        return this;
    }

    /** A private helper of each enum, which may depend on the enum's place among the parts. */
    CodeSetAssembler enumHelper(Function<CodeSetShape.Part, MethodSpec> helper) {
        enumHelpers.add(helper);
        return this;
    }

    /** The type itself. */
    TypeSpec type() {
        return shape.split() ? splitType() : singleEnum();
    }

    /** What the split shape keeps in the table: the constants as interface fields, and all values. */
    List<Object> tableMembers() {
        if (tableMembers == null) {
            tableMembers = shape.split() ? splitTableMembers() : List.of();
        }
        return tableMembers;
    }

    private List<Object> splitTableMembers() {
        List<Object> members = new ArrayList<>();
        List<Code> all = shape.parts().stream().flatMap(p -> p.codes().stream()).toList();
        // an interface's static initializer stores 6 bytes and 5 constants per field
        List<List<Code>> chunks = Chunks.split(all, code -> new Chunks.Cost(6, 5), Integer.MAX_VALUE);
        for (int i = 0; i < chunks.size(); i++) {
            TypeSpec.Builder constants = TypeSpec.interfaceBuilder(constantsChunk(i))
                    .addAnnotation(GeneratedTypes.nested(catalogId))
                    .addJavadoc(Javadoc.start().text("Codes " + (offsetOf(chunks, i) + 1) + " to "
                                    + (offsetOf(chunks, i) + chunks.get(i).size()) + " of").link(shape.type(), null)
                            .glue(",").text("so that {@code " + shape.type().simpleName() + ".CONSTANT} names them"
                                    + " although they are declared in the enums the type is split into.").build());
            for (Code code : chunks.get(i)) {
                FieldSpec.Builder field = FieldSpec.builder(shape.type(), constantName.apply(code))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(aliasJavadoc.apply(code))
                        .initializer("$T.$N", shape.enumOf(code), constantName.apply(code));
                if (code.deprecation().isPresent()) {
                    field.addAnnotation(Deprecations.DEPRECATED);
                }
                constants.addField(field.build());
            }
            members.add(constants.build());
        }
        CodeBlock.Builder parts = CodeBlock.builder().add("$T.of(", Stream.class);
        for (int i = 0; i < shape.parts().size(); i++) {
            parts.add(i == 0 ? "$T.values()" : ",$W$T.values()", shape.parts().get(i).type());
        }
        members.add(FieldSpec.builder(ArrayTypeName.of(shape.type()), valuesField(), Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every code of {@link $T}, part after part: the document's order.\n", shape.type())
                .initializer("$L)\n.flatMap($T::stream)\n.toArray($T[]::new)", parts.build(), Arrays.class, shape.type())
                .build());
        return members;
    }

    private static int offsetOf(List<List<Code>> chunks, int index) {
        return chunks.subList(0, index).stream().mapToInt(List::size).sum();
    }

    private ClassName constantsChunk(int index) {
        return table.nestedClass(tablePrefix + "Codes" + (index + 1));
    }

    private String valuesField() {
        return tablePrefix.isEmpty() ? "VALUES" : tablePrefix.toUpperCase(java.util.Locale.ROOT) + "_VALUES";
    }

    private TypeSpec singleEnum() {
        CodeSetShape.Part part = shape.parts().get(0);
        TypeSpec.Builder builder = TypeSpec.enumBuilder(shape.type());
        copyHead(builder);
        addConstants(builder, part);
        builder.addFields(staticFields);
        builder.addFields(enumFields);
        if (enumConstructor != null) {
            builder.addMethod(enumConstructor);
        }
        builder.addMethods(staticMethods);
        for (InstanceMethod method : instanceMethods) {
            MethodSpec.Builder implementation = method.declaration().toBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addCode(method.body().apply(part));
            if (method.overridesRuntime()) {
                implementation.addAnnotation(Override.class);
            }
            builder.addMethod(implementation.build());
        }
        enumHelpers.forEach(helper -> builder.addMethod(helper.apply(part)));
        builder.addTypes(nestedTypes);
        return builder.build();
    }

    private TypeSpec splitType() {
        TypeSpec.Builder builder = TypeSpec.interfaceBuilder(shape.type()).addModifiers(Modifier.SEALED);
        copyHead(builder);
        List<CodeSetShape.Part> parts = shape.parts();
        for (int i = 0; i < Math.max(1, chunkCount()); i++) {
            builder.addSuperinterface(constantsChunk(i));
        }
        builder.addFields(staticFields);
        builder.addMethod(MethodSpec.methodBuilder("values")
                .addJavadoc(Javadoc.wrapped("Every code, in the document's order, as an enum's {@code values()} gives them.\n"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ArrayTypeName.of(shape.type()))
                .addStatement("return $T.$N.clone()", table, valuesField())
                .build());
        builder.addMethods(staticMethods);
        for (InstanceMethod method : instanceMethods) {
            MethodSpec.Builder declaration = method.declaration().toBuilder()
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
            if (method.overridesRuntime()) {
                declaration.addAnnotation(Override.class);
            }
            builder.addMethod(declaration.build());
        }
        // JavaPoet wants the implicit static of an interface's member types spelt out
        nestedTypes.forEach(type -> builder.addType(type.modifiers().contains(Modifier.STATIC) ? type
                : type.toBuilder().addModifiers(Modifier.STATIC).build()));
        for (CodeSetShape.Part part : parts) {
            builder.addPermittedSubclass(part.type());
            TypeSpec.Builder enumPart = TypeSpec.enumBuilder(part.type())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addSuperinterface(shape.type())
                    .addAnnotation(GeneratedTypes.nested(catalogId))
                    .addJavadoc(Javadoc.start().text("Codes " + (part.offset() + 1) + " to "
                                    + (part.offset() + part.codes().size()) + " of").link(shape.type(), null)
                            .glue(",").text("which has more than one enum can hold; use them as {@code "
                                    + shape.type().simpleName() + ".CONSTANT}, as if it were one enum.").build());
            addConstants(enumPart, part);
            enumPart.addFields(enumFields);
            if (enumConstructor != null) {
                enumPart.addMethod(enumConstructor);
            }
            for (InstanceMethod method : instanceMethods) {
                MethodSpec.Builder implementation = MethodSpec.methodBuilder(method.declaration().name())
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addTypeVariables(method.declaration().typeVariables())
                        .returns(method.declaration().returnType())
                        .addParameters(method.declaration().parameters())
                        .addCode(method.body().apply(part));
                enumPart.addMethod(implementation.build());
            }
            enumHelpers.forEach(helper -> enumPart.addMethod(helper.apply(part)));
            builder.addType(enumPart.build());
        }
        return builder.build();
    }

    private int chunkCount() {
        return (int) tableMembers().stream().filter(m -> m instanceof TypeSpec).count();
    }

    private void copyHead(TypeSpec.Builder builder) {
        builder.addModifiers(head.modifiers().toArray(Modifier[]::new));
        builder.addJavadoc(head.javadoc());
        head.annotations().forEach(builder::addAnnotation);
        builder.addSuperinterfaces(head.superinterfaces());
    }

    private void addConstants(TypeSpec.Builder builder, CodeSetShape.Part part) {
        for (Code code : part.codes()) {
            CodeBlock arguments = constantArguments == null ? CodeBlock.of("") : constantArguments.apply(code);
            TypeSpec.Builder constant = arguments.isEmpty() ? TypeSpec.anonymousClassBuilder("")
                    : TypeSpec.anonymousClassBuilder("$L", arguments);
            constant.addJavadoc(shape.split()
                    ? CodeBlock.of("The code {@code $L.$L}, documented there.$L\n", shape.type().simpleName(),
                            constantName.apply(code), code.deprecation().isPresent() ? "\n\n@deprecated as it is there" : "")
                    : constantJavadoc.apply(code));
            if (code.deprecation().isPresent()) {
                constant.addAnnotation(Deprecations.DEPRECATED);
            }
            builder.addEnumConstant(constantName.apply(code), constant.build());
        }
    }
}
