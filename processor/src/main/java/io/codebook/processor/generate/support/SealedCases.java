package io.codebook.processor.generate.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.codebook.processor.naming.Reserved;
import javax.lang.model.element.Modifier;

/**
 * The exhaustive handling of a generated sealed hierarchy (an outcome type, a response type): its
 * {@code Cases<R>} interface with one method per record, the abstract {@code match(Cases<R>)} the
 * hierarchy declares, and each record's {@code match} calling its own method. A handler that leaves
 * a record out does not compile, so a record added to the spec shows up where it must be handled.
 */
public final class SealedCases {

    private static final TypeVariableName R = TypeVariableName.get("R");

    private final ClassName cases;

    /** @param hierarchy the sealed type whose nested {@code Cases} this is */
    public SealedCases(ClassName hierarchy) {
        this.cases = hierarchy.nestedClass(Reserved.CASES);
    }

    /** The type variable handlers return. */
    public static TypeVariableName r() {
        return R;
    }

    /** {@code match(Cases<R>)} as the hierarchy declares it; {@code what} is "kind of outcome", "shape of body"… */
    public MethodSpec abstractMatch(String what) {
        return signature()
                .addJavadoc(Javadoc.wrapped("Calls the method of {@code cases} that handles this " + what + ".\n\n"
                        + "@param <R> what the handler returns\n@return what the handler returned\n"))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .build();
    }

    /** A record's {@code match}, calling its own method of {@code Cases}. */
    public MethodSpec matchImplementation(String handler) {
        return signature()
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("return cases.$N(this)", handler)
                .build();
    }

    /** The {@code Cases<R>} interface, without its methods; add one per record with {@link #handler}. */
    public TypeSpec.Builder interfaceBuilder(String catalogId, String javadoc) {
        return TypeSpec.interfaceBuilder(cases)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(R)
                .addAnnotation(GeneratedTypes.nested(catalogId))
                .addJavadoc(Javadoc.wrapped(javadoc));
    }

    /** One handler method of {@code Cases}: what handling {@code record} returns. */
    public static MethodSpec handler(String name, TypeName record, String parameter, CodeBlock javadoc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc(javadoc)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(R)
                .addParameter(record, parameter)
                .build();
    }

    private MethodSpec.Builder signature() {
        return MethodSpec.methodBuilder(Reserved.MATCH)
                .addTypeVariable(R)
                .returns(R)
                .addParameter(ParameterizedTypeName.get(cases, R), "cases");
    }
}
