package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.Role;
import io.codebook.processor.bind.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Emits a catalog's access to its end-user texts: {@code userText(Locale)} from the generated
 * bundles, and a {@code Texts} class with one typed method per text that has placeholders. Those
 * methods are the texts compiled into string concatenation, one branch per locale: an argument is
 * only ever appended, never read as a pattern, so {@code {0}}, {@code %s} or an apostrophe in it
 * appears as it is, and texts need no escaping either.
 */
final class TextsBuilder {

    static final ClassName LOCALIZED_TEXTS = ClassName.get("io.codebook.runtime", "LocalizedTexts");
    static final ClassName LOCALIZED_CODE = ClassName.get("io.codebook.runtime", "LocalizedCode");
    private static final Pattern NAMED = Pattern.compile("\\{#?([A-Za-z_][A-Za-z0-9_]*)}");

    private final Catalog catalog;
    private final ClassName type;

    TextsBuilder(Catalog catalog, ClassName type) {
        this.catalog = catalog;
        this.type = type;
    }

    void addTo(TypeSpec.Builder builder) {
        String base = (type.packageName().isEmpty() ? "" : type.packageName().replace('.', '/') + "/") + type.simpleName();
        builder.addSuperinterface(LOCALIZED_CODE);
        builder.addField(FieldSpec.builder(String.class, "TEXTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Where the generated bundles are: {@code $L_<locale>.properties}.\n", base)
                .initializer("$S", base)
                .build());
        List<String> templated = catalog.codes().stream()
                .filter(code -> code.userText().values().stream().anyMatch(text -> NAMED.matcher(text).find()))
                .map(Code::javaName)
                .toList();
        boolean mapped = catalog.attributeWithRole(Role.CANONICAL_REASON).isPresent();
        MethodSpec.Builder userText = MethodSpec.methodBuilder("userText")
                .addAnnotation(Override.class)
                .addJavadoc("What to tell the end user about this code, in {@code locale}, else its language, else"
                        + " English\n(never the JVM's default locale); written for end users in $L. Never throws.\n",
                        String.join(", ", catalog.locales().stream().map(l -> l.tag()).toList()))
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addParameter(Locale.class, "locale");
        if (mapped && !templated.isEmpty()) {
            // a text with placeholders is no text to show as it is: without its arguments, the reason's reads right
            userText.addJavadoc("\n<p>A code whose own text needs arguments (see {@link Texts}) gives its canonical"
                            + " reason's text here.\n")
                    .addCode(CodeBlock.builder()
                            .add("return switch (this) {\n").indent()
                            .add("case $L -> textWithoutArguments(locale);\n", String.join(", ", templated))
                            .add("default -> $T.lookup($T.class, TEXTS, locale, name());\n", LOCALIZED_TEXTS, type)
                            .unindent().add("};\n")
                            .build());
            builder.addMethod(MethodSpec.methodBuilder("textWithoutArguments")
                    .addModifiers(Modifier.PRIVATE)
                    .returns(String.class)
                    .addParameter(Locale.class, "locale")
                    .addStatement("$T reason = canonicalReason()", RuntimeTypes.CANONICAL_REASON)
                    .addStatement("return reason instanceof $T localized ? localized.userText(locale)\n"
                            + ": $T.lookup($T.class, TEXTS, locale, name())", LOCALIZED_CODE, LOCALIZED_TEXTS, type)
                    .build());
        } else {
            userText.addStatement("return $T.lookup($T.class, TEXTS, locale, name())", LOCALIZED_TEXTS, type);
        }
        builder.addMethod(userText.build());
        List<MethodSpec> typed = new ArrayList<>();
        for (Code code : catalog.codes()) {
            if (code.userText().values().stream().anyMatch(text -> NAMED.matcher(text).find())) {
                typed.add(typedMethod(code));
            }
        }
        if (!typed.isEmpty()) {
            builder.addType(TypeSpec.classBuilder(type.nestedClass("Texts"))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("End-user texts with placeholders, filled with typed arguments.\n")
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                    .addMethods(typed)
                    .build());
        }
    }

    private MethodSpec typedMethod(Code code) {
        List<Placeholder> used = code.placeholders().stream()
                .filter(p -> code.userText().values().stream().anyMatch(t -> t.contains("{" + p.name() + "}")
                        || t.contains("{#" + p.name() + "}")))
                .toList();
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.caseName(code.javaName()))
                .addJavadoc("The end-user text of {@link $T#$N}, in {@code locale}, else its language, else English.\n",
                        type, code.javaName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addParameter(Locale.class, "locale");
        for (Placeholder placeholder : used) {
            method.addParameter(javaType(placeholder), placeholder.name());
            method.addJavadoc("\n@param $N $L", placeholder.name(),
                    placeholder.description().map(Javadoc::escape).orElse("the {" + placeholder.name() + "} of the text"));
        }
        method.addJavadoc("\n");
        List<String> locales = new ArrayList<>(code.userText().keySet());
        CodeBlock.Builder body = CodeBlock.builder()
                .add("return switch ($T.pick(locale, $T.of($L))) {\n", LOCALIZED_TEXTS, List.class,
                        CodeBlock.join(locales.stream().map(l -> CodeBlock.of("$S", l)).toList(), ", "))
                .indent();
        for (Map.Entry<String, String> text : code.userText().entrySet()) {
            if (!text.getKey().equals("en")) {
                body.add("case $S -> $L;\n", text.getKey(), concatenation(text.getValue(), used));
            }
        }
        body.add("default -> $L;\n", concatenation(Optional.ofNullable(code.userText().get("en")).orElse(""), used));
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
    private static CodeBlock concatenation(String text, List<Placeholder> used) {
        List<CodeBlock> pieces = new ArrayList<>();
        Matcher matcher = NAMED.matcher(text);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                pieces.add(CodeBlock.of("$S", text.substring(start, matcher.start())));
            }
            String name = matcher.group(1);
            Optional<Placeholder> placeholder = used.stream().filter(p -> p.name().equals(name)).findFirst();
            if (placeholder.isEmpty()) {
                pieces.add(CodeBlock.of("$S", matcher.group()));
            } else if (placeholder.get().type() == io.codebook.processor.model.PlaceholderType.STRING) {
                pieces.add(CodeBlock.of("$T.text($N)", LOCALIZED_TEXTS, name));
            } else {
                pieces.add(CodeBlock.of("$T.valueOf($N)", String.class, name));
            }
            start = matcher.end();
        }
        if (start < text.length() || pieces.isEmpty()) {
            pieces.add(CodeBlock.of("$S", text.substring(start)));
        }
        return CodeBlock.join(pieces, " + ");
    }
}
