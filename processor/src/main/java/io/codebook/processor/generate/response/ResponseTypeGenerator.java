package io.codebook.processor.generate.response;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.generate.support.CompactConstructors;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.generate.support.SealedCases;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Responses;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * A catalog's response type: a sealed interface with one record per shape of body the spec
 * describes, and {@code Unrecognized} for a body of none, each holding the vendor's verdict, the
 * typed outcomes of its shape, every code found (documented or not) and the body itself. Reading is
 * left to the package-private reader; this type is what users see.
 */
public final class ResponseTypeGenerator {

    private static final TypeName STRINGS = ParameterizedTypeName.get(Map.class, String.class, String.class);
    private static final TypeName FINDINGS = ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.FINDING);

    private final ResponseModel model;
    private final SealedCases handling;

    public ResponseTypeGenerator(NamedCatalog catalog) {
        this.model = new ResponseModel(catalog);
        this.handling = new SealedCases(model.type);
    }

    public TypeSpec build() {
        String vendor = model.catalog.catalog().vendor();
        TypeSpec.Builder builder = TypeSpec.interfaceBuilder(model.type)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addSuperinterface(RuntimeTypes.VENDOR_RESPONSE)
                .addJavadoc(Javadoc.start().text("A body").vendor(vendor)
                        .text("sends, as the catalog spec describes its shapes: one record per shape, and {@link"
                                + " Unrecognized} for a body of none.")
                        .paragraph().text("Read one with {@link #read}, which never throws and never returns {@code null};"
                                + " each record holds what the vendor concluded ({@link #verdict()}), the typed outcomes of"
                                + " its shape, every code it carried, documented or not ({@link #findings()}), and the body"
                                + " itself. {@link #resolve()} gives the next action, which never proceeds unless the"
                                + " vendor approved. Handle every shape with {@link #match(Cases)}, or, on Java 21+, with a"
                                + " {@code switch} over the records; both fail to compile when the spec gains a shape.")
                        .build());
        GeneratedTypes.topLevel(model.catalog.id()).forEach(builder::addAnnotation);
        builder.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.RESPONSE_READER, model.type),
                        Reserved.READER_FIELD, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(Javadoc.start().text("Reads").vendor(vendor)
                        .glue("'s bodies, for an application that holds the readers of all its vendors in one list.")
                        .build())
                .initializer("new $T()", model.reader)
                .build());
        builder.addMethod(read());
        builder.addMethod(MethodSpec.methodBuilder("recognises")
                .addJavadoc(Javadoc.wrapped("Whether {@code tree} has one of the shapes the spec describes. Never throws.\n\n"
                        + "@param tree the body as a JSON library gives it\n@return whether {@link #read} recognises it\n"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(Object.class, "tree")
                .addStatement("return $T.matches(tree)", model.reader)
                .build());
        builder.addMethod(handling.abstractMatch("shape of body"));
        builder.addMethod(MethodSpec.methodBuilder("resolve")
                .addAnnotation(Override.class)
                .addJavadoc(Javadoc.wrapped("The next action for this body under the application's policy: the captures"
                        + " counted are the body's own count where it is larger, and the attempt limit is the"
                        + " policy's for this catalog, else the one the vendor documents.\n"))
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(RuntimeTypes.RESOLUTION)
                .addParameter(RuntimeTypes.POLICY, "policy")
                .addParameter(RuntimeTypes.ATTEMPTS, "attempts")
                .addStatement("$1T rules = policy == null ? $1T.DEFAULTS : policy", RuntimeTypes.POLICY)
                .addStatement("$1T counted = (attempts == null ? $1T.NONE : attempts)$W.withCapturesAtLeast("
                        + "attemptsMade().orElse(0))", RuntimeTypes.ATTEMPTS)
                .addStatement("return $T.resolve(verdict(), findings(), counted,$Wrules.attemptLimit($T.$N), rules)",
                        RuntimeTypes.RESOLUTION, model.codeType, Reserved.CATALOG_FIELD)
                .build());
        for (Responses.Shape shape : model.spec.shapes()) {
            builder.addPermittedSubclass(model.record(shape));
            builder.addType(record(shape));
        }
        builder.addPermittedSubclass(model.unrecognized());
        builder.addType(unrecognized());
        builder.addType(cases());
        return builder.build();
    }

    private MethodSpec read() {
        MethodSpec.Builder read = MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.type)
                .addParameter(Object.class, "tree");
        Javadoc doc = Javadoc.start().text("Reads a body: the record of the first shape whose conditions it meets, in the"
                + " spec's order, else {@link Unrecognized}. Never throws and never returns {@code null}, for any tree.")
                .line().line().text("@param tree the body as a JSON library gives it: {@code Map}, {@code List},"
                        + " {@code String}, {@code Number}, {@code Boolean} or {@code null} (Jackson's {@code"
                        + " readValue(json, Object.class)}, Gson's {@code fromJson(json, Object.class)}, org.json's"
                        + " {@code toMap()})");
        List<CodeBlock> arguments = new ArrayList<>(List.of(CodeBlock.of("tree")));
        for (Responses.ContextValue value : model.context()) {
            read.addParameter(value.integer() ? Integer.class : String.class, value.name());
            arguments.add(CodeBlock.of("$N", value.name()));
            doc.line().text("@param " + value.name());
            value.description().ifPresentOrElse(doc::vendor, () -> doc.text("given by the caller: the body does not"
                    + " carry it"));
            doc.text("({@code null} when not known)");
        }
        doc.line().text("@return the body as read");
        return read.addJavadoc(doc.build())
                .addStatement("return $T.read($L)", model.reader, CodeBlock.join(arguments, ", "))
                .build();
    }

    private TypeSpec record(Responses.Shape shape) {
        List<ParameterSpec> components = new ArrayList<>();
        components.add(ParameterSpec.builder(RuntimeTypes.VERDICT, "verdict").build());
        List<String> names = model.names(shape).components();
        for (int i = 0; i < shape.outcomes().size(); i++) {
            components.add(ParameterSpec.builder(model.componentType(shape.outcomes().get(i)), names.get(i)).build());
        }
        components.add(ParameterSpec.builder(FINDINGS, "findings").build());
        components.add(ParameterSpec.builder(STRINGS, "statuses").build());
        components.add(ParameterSpec.builder(STRINGS, "details").build());
        components.add(ParameterSpec.builder(OptionalInt.class, "attemptsMade").build());
        components.add(ParameterSpec.builder(Object.class, "tree").build());
        MethodSpec compact = CompactConstructors.copying(components, Set.of("tree"));
        Javadoc doc = shape.description().map(d -> Javadoc.start().vendor(d))
                .orElse(Javadoc.start().text("A body of shape").code(shape.id()).glue("."));
        doc.paragraph().text("Source:").vendor(shape.source());
        shape.notes().forEach(note -> doc.paragraph().text("Note:").vendor(note));
        doc.line().line().text("@param verdict what the vendor concluded");
        for (int i = 0; i < shape.outcomes().size(); i++) {
            Responses.Build build = shape.outcomes().get(i);
            doc.line().text("@param " + names.get(i));
            doc.text(build.each().isPresent() ? "one {@link " + model.outcomeRecord(build).simpleName() + "} per element"
                    + " that carries one, in the body's order" : "the body's {@link "
                    + model.outcomeRecord(build).simpleName() + "}");
        }
        doc.line().text("@param findings every code the body carried, documented or not, with what travelled with it");
        doc.line().text("@param statuses the status values the verdict was read from, as sent, by path");
        doc.line().text("@param details other values the spec keeps from this shape, as sent, by name");
        doc.line().text("@param attemptsMade how many attempts the body says were made so far, where it says");
        doc.line().text("@param tree the body as it was given to the reader");
        return TypeSpec.recordBuilder(model.record(shape))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(model.type)
                .addAnnotation(GeneratedTypes.nested(model.catalog.id()))
                .recordConstructor(MethodSpec.constructorBuilder().addParameters(components).build())
                .addMethod(compact)
                .addJavadoc(doc.qualifiedLinks().build())
                .addMethod(shapeMethod(shape.id()))
                .addMethod(matchImplementation(model.names(shape).handler()))
                .build();
    }

    private TypeSpec unrecognized() {
        return TypeSpec.recordBuilder(model.unrecognized())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(model.type)
                // its fixed answers (shape, UNKNOWN verdict, no findings) are the runtime's, alike for every vendor
                .addSuperinterface(RuntimeTypes.UNRECOGNIZED_RESPONSE)
                .addAnnotation(GeneratedTypes.nested(model.catalog.id()))
                .addJavadoc(Javadoc.wrapped("A body of none of the shapes the spec describes: a person looks. Its verdict is"
                        + " {@code UNKNOWN}, so it never\nresolves to proceed, and the body is kept as it was given.\n\n"
                        + "@param tree the body as it was given to the reader\n"))
                .recordConstructor(MethodSpec.constructorBuilder().addParameter(Object.class, "tree").build())
                .addMethod(matchImplementation(Reserved.UNRECOGNIZED_CASE))
                .build();
    }

    private static MethodSpec shapeMethod(String id) {
        return MethodSpec.methodBuilder("shape")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S", id)
                .build();
    }

    private MethodSpec matchImplementation(String handler) {
        return handling.matchImplementation(handler);
    }

    private TypeSpec cases() {
        TypeSpec.Builder cases = handling.interfaceBuilder(model.catalog.id(), "Handles every shape of body, and bodies of"
                + " none. A handler that leaves one out does not compile,\nso a shape added to the spec shows up as a"
                + " compile error naming the method to write.\n\n@param <R> what handling a body returns\n");
        for (Responses.Shape shape : model.spec.shapes()) {
            cases.addMethod(SealedCases.handler(model.names(shape).handler(), model.record(shape), "response",
                    Javadoc.start().text("A body of shape").code(shape.id())
                            .glue(shape.description().map(d -> ":").orElse("."))
                            .vendor(shape.description().orElse("")).build()));
        }
        cases.addMethod(SealedCases.handler(Reserved.UNRECOGNIZED_CASE, model.unrecognized(), "response",
                Javadoc.wrapped("A body of none of the documented shapes: a person looks.\n")));
        return cases.build();
    }
}
