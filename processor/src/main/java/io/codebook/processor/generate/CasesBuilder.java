package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits exhaustive handling for Java 17 without preview features: an interface {@code Cases<R>}
 * with one method per case, so a handler that misses a case (including one a spec edit adds) does
 * not compile and javac names the missing method; a {@code PartialCases<R>} whose every case falls
 * back to an explicit {@code otherwise()}; and the {@code match} that dispatches to them.
 */
final class CasesBuilder {

    static final String CASES = "Cases";
    static final String PARTIAL = "PartialCases";
    static final TypeVariableName R = TypeVariableName.get("R");

    /**
     * One case of a handler.
     *
     * @param method the handler method's name
     * @param parameter the type the method receives, if any (a record of a sealed hierarchy)
     * @param javadoc what the case is
     */
    record Case(String method, Optional<TypeName> parameter, String javadoc) {}

    private CasesBuilder() {}

    /** {@code interface Cases<R>} and {@code PartialCases<R>} nested in {@code owner}. */
    static void addHandlerTypes(TypeSpec.Builder owner, ClassName ownerType, List<Case> cases, String what) {
        ClassName casesType = ownerType.nestedClass(CASES);
        TypeSpec.Builder handler = TypeSpec.interfaceBuilder(casesType)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(R)
                .addJavadoc("Handles every $L. A handler that leaves one out does not compile, so a $L added to the\n"
                        + "spec shows up as a compile error naming the method to write.\n"
                        + "\n@param <R> what handling a case returns\n", what, what);
        TypeSpec.Builder partial = TypeSpec.classBuilder(ownerType.nestedClass(PARTIAL))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC)
                .addTypeVariable(R)
                .addSuperinterface(ParameterizedTypeName.get(casesType, R))
                .addJavadoc("Handles some $Ls and gives every other one to {@link #otherwise()}, which must be written.\n"
                        + "\n@param <R> what handling a case returns\n", what)
                .addMethod(MethodSpec.methodBuilder("otherwise")
                        .addJavadoc("What every case this handler does not override returns.\n")
                        .addModifiers(Modifier.PROTECTED, Modifier.ABSTRACT)
                        .returns(R)
                        .build());
        for (Case c : cases) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(c.method())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(R)
                    .addJavadoc("$L", c.javadoc());
            MethodSpec.Builder fallback = MethodSpec.methodBuilder(c.method())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(R)
                    .addStatement("return otherwise()");
            c.parameter().ifPresent(type -> {
                method.addParameter(type, "value");
                fallback.addParameter(type, "value");
            });
            handler.addMethod(method.build());
            partial.addMethod(fallback.build());
        }
        owner.addType(handler.build()).addType(partial.build());
    }

    /** {@code match} on an enum: a switch expression over {@code this}, exhaustive without a default. */
    static MethodSpec enumMatch(ClassName enumType, List<String> constants, List<Case> cases) {
        CodeBlock.Builder body = CodeBlock.builder().add("return switch (this) {\n").indent();
        for (int i = 0; i < constants.size(); i++) {
            body.add("case $N -> cases.$N();\n", constants.get(i), cases.get(i).method());
        }
        body.unindent().add("};\n");
        return MethodSpec.methodBuilder("match")
                .addJavadoc("Calls the method of {@code cases} that handles this constant.\n\n@param <R> what the handler"
                        + " returns\n@return what the handler returned\n")
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(R)
                .returns(R)
                .addParameter(ParameterizedTypeName.get(enumType.nestedClass(CASES), R), "cases")
                .addCode(body.build())
                .build();
    }
}
