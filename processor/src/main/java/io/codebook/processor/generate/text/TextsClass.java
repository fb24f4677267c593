package io.codebook.processor.generate.text;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.generate.support.Chunks;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.PlaceholderType;
import io.codebook.processor.model.TextPlaceholders;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A catalog's {@code Texts} class: one typed method per end-user text that has placeholders. Each
 * is the text compiled into string concatenation, one branch per locale: an argument is only ever
 * appended, never read as a pattern, so {@code {0}}, {@code %s} or an apostrophe in it appears as
 * it is, and texts need no escaping either.
 *
 * <p>The methods of a very large catalog are spread over a chain of package-private superclasses
 * in its table (static methods are inherited), so {@code Type.Texts.method(...)} works at any size.
 */
public final class TextsClass {

    private final NamedCatalog catalog;
    private final ClassName codeType;
    private final ClassName table;
    private final List<Code> templated;

    public TextsClass(NamedCatalog catalog, ClassName codeType, ClassName table) {
        this.catalog = catalog;
        this.codeType = codeType;
        this.table = table;
        this.templated = catalog.codes().stream().filter(TextsClass::hasTypedText).toList();
    }

    /** Whether a code's own end-user text has placeholders, so it gets a typed method. */
    public static boolean hasTypedText(Code code) {
        return code.userText().values().stream().anyMatch(TextPlaceholders::hasNamed);
    }

    public boolean isEmpty() {
        return templated.isEmpty();
    }

    /** The nested {@code Texts} type. */
    public TypeSpec nested() {
        List<List<Code>> chunks = chunks();
        TypeSpec.Builder texts = TypeSpec.classBuilder(codeType.nestedClass(Reserved.TEXTS))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .addJavadoc(Javadoc.wrapped("End-user texts with placeholders, filled with typed arguments: one method per code whose"
                        + " text has\nplaceholders, in {@code locale}, else its language, else English.\n"))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (chunks.size() > 1) {
            texts.superclass(chunkType(chunks.size() - 2));
        }
        chunks.get(chunks.size() - 1).forEach(code -> texts.addMethod(method(code)));
        return texts.build();
    }

    /** The superclasses of {@code Texts} that the table holds, when one class cannot hold every method. */
    public List<Object> tableMembers() {
        List<List<Code>> chunks = chunks();
        List<Object> members = new ArrayList<>();
        for (int i = 0; i < chunks.size() - 1; i++) {
            TypeSpec.Builder chunk = TypeSpec.classBuilder(chunkType(i))
                    .addModifiers(Modifier.STATIC)
                    .addAnnotation(GeneratedTypes.nested(catalog.id()))
                    .addJavadoc("Typed texts of {@link $T.Texts}, which inherits them: one class holds only so many.\n",
                            codeType)
                    .addMethod(MethodSpec.constructorBuilder().build());
            if (i > 0) {
                chunk.superclass(chunkType(i - 1));
            }
            chunks.get(i).forEach(code -> chunk.addMethod(method(code)));
            members.add(chunk.build());
        }
        return members;
    }

    private ClassName chunkType(int index) {
        return table.nestedClass(Reserved.TEXTS + (index + 1));
    }

    /** Methods cut where one class's constant pool would fill: each text piece is two entries. */
    private List<List<Code>> chunks() {
        return Chunks.split(templated, code -> new Chunks.Cost(0, 8 + code.userText().values().stream()
                .mapToInt(text -> 4 + 4 * TextPlaceholders.scan(text).size()).sum()), Integer.MAX_VALUE);
    }

    /**
     * The parameters of a code's typed text method after its locale: the declared placeholders its end-user
     * texts use, in the declared order.
     */
    public static List<Placeholder> parameters(Code code) {
        return code.placeholders().stream()
                .filter(p -> code.userText().values().stream().anyMatch(t -> TextPlaceholders.scan(t).stream()
                        .anyMatch(token -> token.name().equals(Optional.of(p.name())))))
                .toList();
    }

    private MethodSpec method(Code code) {
        List<Placeholder> used = parameters(code);
        NameAllocator names = new NameAllocator();
        used.forEach(p -> names.newName(p.name(), "parameter:" + p.name()));
        String locale = names.newName("locale", "locale");
        MethodSpec.Builder method = MethodSpec.methodBuilder(catalog.handler(code))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addParameter(Locale.class, locale);
        Javadoc doc = Javadoc.start().text("The end-user text of").link(codeType, catalog.constant(code))
                .text("in {@code " + locale + "}, else its language, else English.").line();
        doc.line().text("@param " + locale + " the end user's locale");
        for (Placeholder placeholder : used) {
            method.addParameter(javaType(placeholder), names.get("parameter:" + placeholder.name()));
            doc.line().text("@param " + names.get("parameter:" + placeholder.name()));
            placeholder.description().ifPresentOrElse(doc::vendor,
                    () -> doc.text("the {@code {" + placeholder.name() + "}} of the text"));
        }
        method.addJavadoc(doc.build());
        List<String> locales = new ArrayList<>(code.userText().keySet());
        CodeBlock.Builder body = CodeBlock.builder()
                .add("return switch ($T.pick($N, $T.of($L))) {\n", RuntimeTypes.LOCALIZED_TEXTS, locale, List.class,
                        CodeBlock.join(locales.stream().map(l -> CodeBlock.of("$S", l)).toList(), ", "))
                .indent();
        for (Map.Entry<String, String> text : code.userText().entrySet()) {
            if (!text.getKey().equals("en")) {
                body.add("case $S -> $L;\n", text.getKey(), concatenation(text.getValue(), used, names));
            }
        }
        body.add("default -> $L;\n", concatenation(Optional.ofNullable(code.userText().get("en")).orElse(""), used, names));
        return method.addCode(body.unindent().add("};\n").build()).build();
    }

    private static TypeName javaType(Placeholder placeholder) {
        return switch (placeholder.type()) {
            case INTEGER -> TypeName.INT;
            case DECIMAL -> TypeName.DOUBLE;
            case STRING -> ClassName.get(String.class);
        };
    }

    /** The text as literals and arguments joined by {@code +}. */
    private static CodeBlock concatenation(String text, List<Placeholder> used, NameAllocator names) {
        List<CodeBlock> pieces = new ArrayList<>();
        int start = 0;
        for (TextPlaceholders.Token token : TextPlaceholders.scan(text)) {
            Optional<Placeholder> placeholder = token.name()
                    .flatMap(name -> used.stream().filter(p -> p.name().equals(name)).findFirst());
            if (placeholder.isEmpty()) {
                continue; // a positional token or an unknown name stays text
            }
            if (token.start() > start) {
                pieces.add(Literals.string(text.substring(start, token.start())));
            }
            String name = names.get("parameter:" + placeholder.get().name());
            pieces.add(placeholder.get().type() == PlaceholderType.STRING
                    ? CodeBlock.of("$T.text($N)", RuntimeTypes.LOCALIZED_TEXTS, name)
                    : CodeBlock.of("$T.valueOf($N)", String.class, name));
            start = token.end();
        }
        if (start < text.length() || pieces.isEmpty()) {
            pieces.add(Literals.string(text.substring(start)));
        }
        return CodeBlock.join(pieces, "$W+ ");
    }
}
