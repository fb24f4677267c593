package io.codebook.processor.generate.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.naming.Reserved;
import javax.lang.model.element.Modifier;

/**
 * Exhaustive handling of a type of codes that works in both of its shapes: an interface
 * {@code Cases<R>} with one method per code, so a handler that misses a code (including one a
 * spec edit adds) does not compile and javac names the method to write, and the {@code match}
 * that dispatches to it. While the type is one enum a {@code switch} does the same; {@code Cases}
 * keeps working when it grows past one enum, where a {@code switch} no longer can. To handle some
 * codes and let the rest through, compare with {@code ==} or switch on {@code group()}: both work
 * at every size.
 */
final class HandlerTypes {

    static final TypeVariableName R = TypeVariableName.get("R");

    private HandlerTypes() {}

    /**
     * {@code Cases<R>}, nested in {@code owner}.
     *
     * @param unknown what the handler of undocumented wire values receives, or null for none
     */
    static TypeSpec cases(NamedCatalog catalog, ClassName owner, TypeName unknown) {
        return cases(catalog, owner, catalog.codes(), unknown);
    }

    static TypeSpec cases(NamedCatalog catalog, ClassName owner, java.util.List<Code> codes, TypeName unknown) {
        TypeSpec.Builder handler = TypeSpec.interfaceBuilder(owner.nestedClass(Reserved.CASES))
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(R)
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .addJavadoc(Javadoc.start().text("Handles every code of").link(owner, null).glue(",")
                        .text("one method per code named after its constant"
                                + (unknown == null ? "" : ", and wire values the catalog does not document")
                                + ". A handler that leaves one out does not compile, so a code added to the spec shows up"
                                + " as a compile error naming the method to write. Pass one to")
                        .link(owner, Reserved.MATCH).glue(".")
                        .paragraph().text("While the type is one enum, a {@code switch} over it checks the same; this"
                                + " handler keeps working when a catalog grows past what one enum holds. To handle some"
                                + " codes and let the others through, compare with {@code ==} or switch on"
                                + " {@code group()}.")
                        .line().line().text("@param <R> what handling a code returns").build());
        for (Code code : codes) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(catalog.handler(code))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(R);
            if (code.deprecation().isPresent()) {
                // a handler written for it is flagged too: the code is on its way out
                Javadoc doc = Javadoc.start().text("Handles").link(AttributeTypes.codeType(catalog), catalog.constant(code))
                        .glue(".");
                Deprecations.tag(doc, catalog, code);
                method.addJavadoc(doc.build()).addAnnotation(Deprecations.DEPRECATED);
            }
            handler.addMethod(method.build());
        }
        if (unknown != null) {
            handler.addMethod(MethodSpec.methodBuilder(Reserved.UNKNOWN_CASE)
                    .addJavadoc(Javadoc.wrapped("A wire value the catalog does not document, as it was sent.\n"))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(R)
                    .addParameter(unknown, "raw")
                    .build());
        }
        return handler.build();
    }

    /**
     * {@code match}'s body in one enum: a switch over its constants, exhaustive without a default.
     * In the parts of a split type it switches on {@code ordinal()} instead: javac compiles a switch
     * over an enum through one lookup table per source file, which for every part together would
     * exceed what one method can hold.
     */
    static CodeBlock dispatch(NamedCatalog catalog, CodeSetShape.Part part, boolean byOrdinal) {
        CodeBlock.Builder body = CodeBlock.builder();
        if (!byOrdinal) {
            body.add("return switch (this) {\n").indent();
            for (Code code : part.codes()) {
                body.add("case $N ->$Wcases.$N();\n", catalog.constant(code), catalog.handler(code));
            }
            return body.unindent().add("};\n").build();
        }
        body.add("return switch (ordinal()) {\n").indent();
        for (int i = 0; i < part.codes().size(); i++) {
            Code code = part.codes().get(i);
            body.add("case $L ->$Wcases.$N(); // $L\n", i, catalog.handler(code), catalog.constant(code));
        }
        return body.add("default -> throw new $T(\"no constant \" + ordinal());\n", AssertionError.class)
                .unindent().add("};\n").build();
    }
}
