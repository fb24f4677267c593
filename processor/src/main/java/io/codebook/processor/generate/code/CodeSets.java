package io.codebook.processor.generate.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.codebook.processor.generate.GenerationContext;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Role;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Types of codes other than a catalog's own: a subset of its codes, such as those one outcome may hold. */
public final class CodeSets {

    /** A built type and what it keeps in the catalog's table. */
    public record Built(TypeSpec type, List<Object> tableMembers) {}

    private CodeSets() {}

    /**
     * A type of some of a catalog's codes, nested in an interface: each constant stands for the
     * catalog constant of the same name, and implements the catalog's runtime interfaces by
     * delegating to it.
     *
     * @param tablePrefix what the type's members in the table are prefixed with
     * @param from the static lookup from a catalog constant
     * @param toCatalog the name of the method that gives the catalog constant back
     * @param switchesInFile how many constants every enum switch of the type's source file covers
     *     together: javac compiles them through one lookup table per file, so past what one class
     *     holds the switch goes by {@code ordinal()}
     */
    public static Built subset(NamedCatalog catalog, GenerationContext context, ClassName type, List<Code> codes,
            String tablePrefix, CodeBlock javadoc, MethodSpec from, String toCatalog, int switchesInFile) {
        ClassName codeType = AttributeTypes.codeType(catalog);
        ClassName table = ClassName.get(catalog.names().packageName(), catalog.names().tableType());
        // a constant passes its catalog constant: a getstatic more in the enum's initializer
        CodeSetShape shape = CodeSetShape.plan(type, codes, 3, context.splitAbove());
        List<TypeName> interfaces = new ArrayList<>();
        boolean mapped = catalog.catalog().attributeWithRole(Role.CANONICAL_REASON).isPresent();
        boolean localized = !catalog.catalog().locales().isEmpty();
        interfaces.add(mapped ? RuntimeTypes.MAPPED_CODE : RuntimeTypes.CATALOG_CODE);
        if (localized) {
            interfaces.add(RuntimeTypes.LOCALIZED_CODE);
        }
        CodeSetAssembler set = new CodeSetAssembler(shape, catalog.id(), table, tablePrefix,
                new CodeSetAssembler.Head(List.of(Modifier.PUBLIC, Modifier.STATIC), javadoc,
                        List.of(GeneratedTypes.nested(catalog.id())), interfaces))
                .constants(catalog::constant, code -> standsFor(catalog, codeType, code),
                        code -> standsFor(catalog, codeType, code),
                        code -> CodeBlock.of("$Z$T.$N", codeType, catalog.constant(code)))
                .enumState(FieldSpec.builder(codeType, "code", Modifier.PRIVATE, Modifier.FINAL).build(),
                        MethodSpec.constructorBuilder()
                                .addParameter(codeType, "code")
                                .addStatement("this.code = code")
                                .build())
                .staticMethod(from);
        set.instanceMethod(new CodeSetAssembler.InstanceMethod(MethodSpec.methodBuilder(toCatalog)
                .returns(codeType)
                .addJavadoc(Javadoc.wrapped("The same code as a constant of the whole catalog, with every attribute the vendor documents.\n"))
                .build(), false, part -> CodeBlock.builder().addStatement("return code").build()));
        delegate(set, "code", ClassName.get(String.class));
        delegate(set, "group", codeType.nestedClass(Reserved.GROUP));
        delegate(set, "description", ParameterizedTypeName.get(Optional.class, String.class));
        delegate(set, "messages", ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VENDOR_MESSAGE));
        delegate(set, "catalog", RuntimeTypes.CATALOG_INFO);
        delegate(set, "replacement", ParameterizedTypeName.get(ClassName.get(Optional.class), codeType));
        if (catalog.codes().stream().anyMatch(c -> c.deprecation().isPresent())) {
            delegate(set, "deprecated", TypeName.BOOLEAN);
            delegate(set, "retired", TypeName.BOOLEAN);
        }
        if (mapped) {
            AttributeTypes types = AttributeTypes.ofCatalog(catalog, context);
            catalog.catalog().attributeWithRole(Role.CANONICAL_REASON).ifPresent(attribute ->
                    delegate(set, "canonicalReason", types.rowType(attribute)));
            delegate(set, "documentedAction", RuntimeTypes.NEXT_ACTION);
        }
        if (localized) {
            set.instanceMethod(new CodeSetAssembler.InstanceMethod(MethodSpec.methodBuilder("userText")
                    .returns(String.class)
                    .addParameter(Locale.class, "locale")
                    .build(), true, part -> CodeBlock.builder().addStatement("return code.userText(locale)").build()));
        }
        TypeVariableName r = HandlerTypes.R;
        set.instanceMethod(new CodeSetAssembler.InstanceMethod(MethodSpec.methodBuilder(Reserved.MATCH)
                .addTypeVariable(r)
                .returns(r)
                .addParameter(ParameterizedTypeName.get(type.nestedClass(Reserved.CASES), r), "cases")
                .addJavadoc(Javadoc.wrapped("Calls the method of {@code cases} that handles this code.\n\n"
                        + "@param <R> what the handler returns\n@return what the handler returned\n"))
                .build(), false, part -> HandlerTypes.dispatch(catalog, part,
                        shape.split() || switchesInFile > CodeSetShape.MAX_CONSTANTS)));
        set.nestedType(HandlerTypes.cases(catalog, type, codes, null));
        return new Built(set.type(), set.tableMembers());
    }

    private static void delegate(CodeSetAssembler set, String name, TypeName returns) {
        set.instanceMethod(new CodeSetAssembler.InstanceMethod(MethodSpec.methodBuilder(name).returns(returns).build(),
                true, part -> CodeBlock.builder().addStatement("return code.$N()", name).build()));
    }

    /** A subset constant's javadoc: the catalog constant it stands for, deprecated as that one is. */
    private static CodeBlock standsFor(NamedCatalog catalog, ClassName codeType, Code code) {
        return code.deprecation().isPresent()
                ? CodeBlock.of("{@link $T#$N}\n\n@deprecated as {@link $T#$N} is\n", codeType, catalog.constant(code),
                        codeType, catalog.constant(code))
                : CodeBlock.of("{@link $T#$N}\n", codeType, catalog.constant(code));
    }
}
