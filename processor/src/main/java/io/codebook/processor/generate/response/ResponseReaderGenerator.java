package io.codebook.processor.generate.response;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Responses;
import io.codebook.processor.model.Verdicts;
import io.codebook.processor.model.WirePath;
import io.codebook.processor.naming.JavaNames;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The package-private reader of a catalog's response type: for each shape, a test of its conditions
 * and a method that reads its verdict, its outcomes (through the outcome factories, which keep
 * every code, documented or not) and its findings. Paths are compiled once into constants; every
 * read goes through the runtime's {@code WirePointer} and {@code WireValues}, which never throw, so
 * neither does the reader, for any tree.
 */
public final class ResponseReaderGenerator {

    private static final TypeName STRINGS = ParameterizedTypeName.get(Map.class, String.class, String.class);
    private static final ClassName MATCH = RuntimeTypes.WIRE_POINTER.nestedClass("Match");

    private static final TypeName MATCHES = ParameterizedTypeName.get(ClassName.get(List.class), MATCH);

    private final ResponseModel model;
    /** The path constants, by path text and where they are read from. */
    private final Map<String, String> pathConstants = new LinkedHashMap<>();
    private final NameAllocator staticNames = new NameAllocator();
    private final Map<String, String> vocabularyMethods = new LinkedHashMap<>();
    /** Whether a list's codes are tested for being documented, by {@code isKnown}. */
    private boolean needsIsKnown;

    public ResponseReaderGenerator(NamedCatalog catalog) {
        this.model = new ResponseModel(catalog);
        for (String taken : List.of("EMPTY_IS_ABSENT", "read", "matches", "recognises", "catalog", "context", "isKnown")) {
            staticNames.newName(taken, taken);
        }
        // a shape's reader named like one of Object's methods would override or overload it
        Reserved.OBJECT_METHODS.stream().sorted().forEach(method -> staticNames.newName(method, "object:" + method));
    }

    public TypeSpec build() {
        for (Responses.StatusVocabulary vocabulary : model.spec.statuses()) {
            vocabularyMethods.put(vocabulary.name(), staticNames.newName(vocabulary.name(), "vocabulary:" + vocabulary.name()));
        }
        List<MethodSpec> shapeMethods = new ArrayList<>();
        List<MethodSpec> conditionMethods = new ArrayList<>();
        Map<Responses.Shape, String[]> methods = new LinkedHashMap<>();
        for (Responses.Shape shape : model.spec.shapes()) {
            String type = model.names(shape).type();
            String test = staticNames.newName("is" + type, "is:" + shape.id());
            String read = staticNames.newName(JavaNames.memberName(type, Set.of()), "read:" + shape.id());
            methods.put(shape, new String[] {test, read});
            conditionMethods.add(condition(shape, test));
            shapeMethods.add(shapeReader(shape, read));
        }
        TypeSpec.Builder builder = TypeSpec.classBuilder(model.reader)
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.RESPONSE_READER, model.type))
                .addJavadoc(Javadoc.start().text("Reads").vendor(model.catalog.catalog().vendor()).glue("'s bodies into")
                        .link(model.type, null).text("as the catalog spec describes them. Package-private: use")
                        .link(model.type, "read").text("or").link(model.type, Reserved.READER_FIELD).glue(".").build());
        GeneratedTypes.topLevel(model.catalog.id()).forEach(builder::addAnnotation);
        builder.addField(FieldSpec.builder(boolean.class, "EMPTY_IS_ABSENT", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc(Javadoc.wrapped(model.spec.emptyIsAbsent()
                        ? "The vendor sends {@code \"\"} for a value it does not have, so {@code \"\"} counts as not sent.\n"
                        : "{@code \"\"} is a value like any other; only a missing key or {@code null} is not sent.\n"))
                .initializer("$L", model.spec.emptyIsAbsent())
                .build());
        pathConstants.forEach((text, name) -> builder.addField(FieldSpec.builder(RuntimeTypes.WIRE_POINTER, name,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$Z$T.parse($L)", RuntimeTypes.WIRE_POINTER, Literals.string(text))
                .build()));
        builder.addMethod(MethodSpec.methodBuilder("catalog")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.CATALOG_INFO)
                .addStatement("return $T.$N", model.codeType, Reserved.CATALOG_FIELD)
                .build());
        builder.addMethod(MethodSpec.methodBuilder("context")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(List.class, String.class))
                .addStatement("return $T.of($L)", List.class, CodeBlock.join(model.context().stream()
                        .map(c -> CodeBlock.of("$S", c.name())).toList(), ", "))
                .build());
        builder.addMethod(MethodSpec.methodBuilder("recognises")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "tree")
                .addStatement("return matches(tree)")
                .build());
        builder.addMethod(readWithContext());
        builder.addMethod(matches(methods));
        builder.addMethod(read(methods));
        conditionMethods.forEach(builder::addMethod);
        shapeMethods.forEach(builder::addMethod);
        for (Responses.StatusVocabulary vocabulary : model.spec.statuses()) {
            builder.addMethod(vocabulary(vocabulary));
        }
        if (needsIsKnown) {
            builder.addMethod(MethodSpec.methodBuilder("isKnown")
                    .addJavadoc(Javadoc.wrapped("Whether the catalog documents the code.\n"))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(boolean.class)
                    .addParameter(ParameterizedTypeName.get(RuntimeTypes.WIRE_CODE,
                            com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)), "code")
                    .addStatement("return code.known().isPresent()")
                    .build());
        }
        return builder.build();
    }

    /** The constant of a path, declared once however often it is read. */
    private String path(WirePath path) {
        return pathConstants.computeIfAbsent(path.text(), text -> staticNames.newName(constantName(text), "path:" + text));
    }

    private static String constantName(String text) {
        String name = JavaNames.constantName(text.replace("*", "EACH").replace("<", "_").replace(">", "_"))
                .orElse("BODY");
        return name.startsWith("_") ? "AT" + name : name;
    }

    // --- entry points ------------------------------------------------------------------------------

    private MethodSpec readWithContext() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.type)
                .addParameter(Object.class, "tree")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)), "context");
        List<CodeBlock> arguments = new ArrayList<>(List.of(CodeBlock.of("tree")));
        if (!model.context().isEmpty()) {
            method.addStatement("$T<$T, ?> given = context == null ? $T.of() : context", Map.class, String.class, Map.class);
            for (Responses.ContextValue value : model.context()) {
                arguments.add(value.integer()
                        ? CodeBlock.of("$T.integer(given.get($S))", RuntimeTypes.WIRE_VALUES, value.name())
                        : CodeBlock.of("$T.text(given.get($S), false)", RuntimeTypes.WIRE_VALUES, value.name()));
            }
        }
        return method.addStatement("return read($L)", CodeBlock.join(arguments, ",$W")).build();
    }

    private MethodSpec matches(Map<Responses.Shape, String[]> methods) {
        CodeBlock tests = CodeBlock.join(methods.values().stream().map(m -> CodeBlock.of("$N(tree)", m[0])).toList(),
                "$W|| ");
        return MethodSpec.methodBuilder("matches")
                .addJavadoc(Javadoc.wrapped("Whether the body has one of the documented shapes.\n"))
                .addModifiers(Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(Object.class, "tree")
                .addStatement("return $L", tests)
                .build();
    }

    private MethodSpec read(Map<Responses.Shape, String[]> methods) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("read")
                .addJavadoc(Javadoc.wrapped("The record of the first shape the body has, in the spec's order.\n"))
                .addModifiers(Modifier.STATIC)
                .returns(model.type)
                .addParameter(Object.class, "tree");
        model.context().forEach(value -> method.addParameter(value.integer() ? Integer.class : String.class, value.name()));
        List<CodeBlock> context = model.context().stream().map(value -> CodeBlock.of("$N", value.name())).toList();
        // the reader reports what it could not match, with where it read it; the factories it calls stay quiet
        method.addStatement("$T.startReading()", RuntimeTypes.UNKNOWN_REPORTS).beginControlFlow("try");
        methods.forEach((shape, names) -> {
            List<CodeBlock> arguments = new ArrayList<>(List.of(CodeBlock.of("tree")));
            if (needsContext(shape)) {
                arguments.addAll(context);
            }
            method.beginControlFlow("if ($N(tree))", names[0])
                    .addStatement("return $N($L)", names[1], CodeBlock.join(arguments, ", "))
                    .endControlFlow();
        });
        return method.addStatement("return new $T(tree)", model.unrecognized())
                .nextControlFlow("finally")
                .addStatement("$T.endReading()", RuntimeTypes.UNKNOWN_REPORTS)
                .endControlFlow()
                .build();
    }

    private boolean needsContext(Responses.Shape shape) {
        return !model.context().isEmpty() && shape.outcomes().stream().anyMatch(build -> build.key().values().stream()
                .anyMatch(Responses.FromContext.class::isInstance));
    }

    // --- recognising a shape -----------------------------------------------------------------------

    private MethodSpec condition(Responses.Shape shape, String name) {
        List<CodeBlock> tests = new ArrayList<>();
        for (Responses.Condition condition : shape.when()) {
            CodeBlock value = CodeBlock.of("$N.first(tree, false)", path(condition.path()));
            if (condition instanceof Responses.Present) {
                tests.add(CodeBlock.of("$T.present($L,$WEMPTY_IS_ABSENT)", RuntimeTypes.WIRE_VALUES, value));
            } else if (condition instanceof Responses.Absent) {
                tests.add(CodeBlock.of("!$T.present($L,$WEMPTY_IS_ABSENT)", RuntimeTypes.WIRE_VALUES, value));
            } else if (condition instanceof Responses.Equals equals) {
                CodeBlock text = CodeBlock.of("$T.text($Z$L,$WEMPTY_IS_ABSENT)", RuntimeTypes.WIRE_VALUES, value);
                tests.add(equals.values().size() == 1
                        ? CodeBlock.of("$L.equals($W$L)", Literals.string(equals.values().get(0)), text)
                        : CodeBlock.of("$T.oneOf($L,$W$L)", RuntimeTypes.WIRE_VALUES, text, CodeBlock.join(equals.values()
                                .stream().map(Literals::string).toList(), ",$W")));
            }
        }
        return MethodSpec.methodBuilder(name)
                .addJavadoc(Javadoc.start().text("Whether the body is of shape").code(shape.id()).glue(".").build())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(Object.class, "tree")
                .addStatement("return $L", CodeBlock.join(tests, "$W&& "))
                .build();
    }

    // --- reading a shape ---------------------------------------------------------------------------

    private MethodSpec shapeReader(Responses.Shape shape, String name) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc(Javadoc.start().text("Reads a body of shape").code(shape.id()).glue(".").build())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(model.record(shape))
                .addParameter(Object.class, "tree");
        NameAllocator locals = new NameAllocator();
        locals.newName("tree", "tree");
        if (needsContext(shape)) {
            for (Responses.ContextValue value : model.context()) {
                method.addParameter(value.integer() ? Integer.class : String.class,
                        locals.newName(value.name(), "context:" + value.name()));
            }
        }
        CodeBlock.Builder body = CodeBlock.builder();
        CodeBlock verdict;
        String statuses = locals.newName("statuses", "statuses");
        if (shape.fixedVerdict().isPresent()) {
            verdict = CodeBlock.of("$T.$N", RuntimeTypes.VERDICT, Verdicts.constantName(shape.fixedVerdict().get()));
            body.addStatement("$T $N = new $T($S)", RuntimeTypes.STATUS_READING, statuses, RuntimeTypes.STATUS_READING,
                    model.catalog.id());
        } else {
            body.addStatement("$T $N = new $T($S)", RuntimeTypes.STATUS_READING, statuses, RuntimeTypes.STATUS_READING,
                    model.catalog.id());
            for (Responses.StatusRead read : shape.verdictReads()) {
                Responses.StatusVocabulary vocabulary = vocabulary(read.vocabulary());
                if (read.path().wildcards() > 0) {
                    body.addStatement("$N.readAll($S,$W$T.texts($Z$N.all(tree, false),$WEMPTY_IS_ABSENT,$W$T.$L),$W$N::$N)",
                            statuses, read.path().text(), RuntimeTypes.WIRE_VALUES, path(read.path()),
                            RuntimeTypes.WIRE_VALUES.nestedClass("Case"), vocabulary.textCase().name(),
                            model.reader.simpleName(), vocabularyMethods.get(vocabulary.name()));
                    continue;
                }
                body.addStatement("$N.read($S,$W$L,$W$N::$N)", statuses, read.path().text(),
                        text(CodeBlock.of("$N.first(tree, false)", path(read.path())), vocabulary.textCase()),
                        model.reader.simpleName(), vocabularyMethods.get(vocabulary.name()));
            }
            verdict = CodeBlock.of("$N.verdict()", statuses);
        }
        String findings = locals.newName("findings", "findings");
        body.addStatement("$T<$T> $N = new $T<>()", List.class, RuntimeTypes.FINDING, findings, ArrayList.class);
        List<CodeBlock> outcomes = new ArrayList<>();
        for (Responses.Build build : shape.outcomes()) {
            outcomes.add(build(build, body, locals, findings));
        }
        String details = locals.newName("details", "details");
        body.addStatement("$T $N = new $T<>()", STRINGS, details, LinkedHashMap.class);
        shape.details().forEach((detail, path) -> body.addStatement("$T.put($N, $S,$W$L)", RuntimeTypes.WIRE_VALUES,
                details, detail, text(CodeBlock.of("$N.first(tree, false)", path(path)), Responses.TextCase.EXACT)));
        CodeBlock attempts = CodeBlock.of("$T.empty()", OptionalInt.class);
        if (shape.attempts().isPresent()) {
            String attemptsMade = locals.newName("attempts", "attempts");
            body.addStatement("$T $N = $T.integer($N.first(tree, false))", Integer.class, attemptsMade,
                    RuntimeTypes.WIRE_VALUES, path(shape.attempts().get()));
            attempts = CodeBlock.of("$1N == null ? $2T.empty() : $2T.of($1N)", attemptsMade, OptionalInt.class);
        }
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(verdict);
        arguments.addAll(outcomes);
        arguments.addAll(List.of(CodeBlock.of("$N", findings), CodeBlock.of("$N.sent()", statuses),
                CodeBlock.of("$N", details), attempts, CodeBlock.of("tree")));
        body.addStatement("return new $T($L)", model.record(shape), CodeBlock.join(arguments, ",$W"));
        return method.addCode(body.build()).build();
    }

    private Responses.StatusVocabulary vocabulary(String name) {
        return model.spec.statuses().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    /** The one value at {@code path} from {@code from}: the element itself for the empty path. */
    private CodeBlock first(WirePath path, CodeBlock from, boolean oneOrMany) {
        if (path.steps().isEmpty()) {
            return from;
        }
        return CodeBlock.of("$N.first($L, $L)", path(path), from, oneOrMany && path.wildcards() > 0);
    }

    private static CodeBlock text(CodeBlock value, Responses.TextCase textCase) {
        return textCase == Responses.TextCase.EXACT
                ? CodeBlock.of("$T.text($Z$L,$WEMPTY_IS_ABSENT)", RuntimeTypes.WIRE_VALUES, value)
                : CodeBlock.of("$T.text($L,$WEMPTY_IS_ABSENT, $T.$L)", RuntimeTypes.WIRE_VALUES, value,
                        RuntimeTypes.WIRE_VALUES.nestedClass("Case"), textCase.name());
    }

    /**
     * Reads one build of a shape into its outcome (or a list of them, one per element) and adds
     * their findings; returns the expression of the record component.
     */
    private CodeBlock build(Responses.Build build, CodeBlock.Builder body, NameAllocator locals, String findings) {
        Outcome outcome = model.outcome(build);
        ClassName record = model.outcomeRecord(build);
        String base = JavaNames.memberName(record.simpleName(), Set.of());
        String tag = build.kind() + "@" + build.position();
        if (build.each().isEmpty()) {
            Sent sent = inferred(build, outcome, sent(build, outcome, CodeBlock.of("tree"), Optional.empty(), body, locals,
                    tag),
                    Optional.empty(), body, locals, tag);
            String one = locals.newName(base, "one:" + tag);
            body.addStatement("$T $N =$W$L", record, one, factoryCall(build, outcome, sent, Optional.empty()));
            findings(build, outcome, sent, one, CodeBlock.of("tree"), Optional.empty(), body, locals, findings, tag);
            return CodeBlock.of("$N", one);
        }
        String list = locals.newName(JavaNames.plural(base), "list:" + tag);
        body.addStatement("$T<$T> $N = new $T<>()", List.class, record, list, ArrayList.class);
        String element = locals.newName("element", "element:" + tag);
        body.beginControlFlow("for ($T $N : $N.all(tree, $L))", MATCH, element, path(build.each().get()), build.oneOrMany());
        CodeBlock from = CodeBlock.of("$N.value()", element);
        Sent sent = sent(build, outcome, from, Optional.of(element), body, locals, tag);
        if (!sent.wireKey().isEmpty()) {
            body.beginControlFlow("if ($L)", CodeBlock.join(sent.wireKey().stream()
                            .map(part -> CodeBlock.of("$N == null", part)).toList(), "$W&& "))
                    .add("// the element carries no code\n")
                    .addStatement("continue")
                    .endControlFlow();
        }
        sent = inferred(build, outcome, sent, Optional.of(element), body, locals, tag);
        String one = locals.newName(base, "one:" + tag);
        body.addStatement("$T $N =$W$L", record, one, factoryCall(build, outcome, sent, Optional.of(element)));
        body.addStatement("$N.add($N)", list, one);
        findings(build, outcome, sent, one, from, Optional.of(element), body, locals, findings, tag);
        body.endControlFlow();
        return CodeBlock.of("$N", list);
    }

    /**
     * The locals holding what one outcome is read from, as sent.
     *
     * @param key each key part (and the code) read from the body, by key part name
     * @param wireKey those of them that decide whether the body carries a code at all
     * @param codeMatches for a list outcome, the matches of its codes, for their companions
     * @param fields each field read, by field name
     */
    private record Sent(Map<String, String> key, List<String> wireKey, Optional<String> codeMatches,
            Map<String, String> fields) {

        Sent withKey(String part, String local) {
            Map<String, String> withPart = new LinkedHashMap<>(key);
            withPart.put(part, local);
            return new Sent(withPart, wireKey, codeMatches, fields);
        }
    }

    /**
     * A key part the caller gives (ARGOS's step) may not be given: then it is the one value, among
     * those the outcome's codes document, under which the body's codes are documented (for a list,
     * any of them: a code the vendor added must not hide the step of the others), if exactly one is.
     * So a webhook that carries a retry code and not its step still finds it.
     */
    private Sent inferred(Responses.Build build, Outcome outcome, Sent sent, Optional<String> element,
            CodeBlock.Builder body, NameAllocator locals, String tag) {
        Sent result = sent;
        for (KeyPart part : varying(outcome)) {
            if (!(build.key().get(part.name()) instanceof Responses.FromContext context)) {
                continue;
            }
            List<CodeBlock> candidates = candidates(outcome, part);
            String given = locals.get("context:" + context.name());
            String local = locals.newName(JavaNames.memberName(part.name(), Set.of()) + "Known",
                    "inferred:" + tag + ":" + part.name());
            String candidate = locals.newName("candidate", "candidate:" + tag + ":" + part.name());
            CodeBlock call = factoryCall(build, outcome, result.withKey(part.name(), candidate), element, true);
            CodeBlock fits = outcome.list()
                    ? CodeBlock.of("$L.codes().stream().anyMatch($T::isKnown)", call, model.reader)
                    : CodeBlock.of("$L.code().known().isPresent()", call);
            body.addStatement("$T $N = $N != null ? $N$W: $T.onlyOne($T.of($L),$W$N -> $L)", keyType(part), local,
                    given, given, RuntimeTypes.WIRE_VALUES, List.class, CodeBlock.join(candidates, ", "), candidate, fits);
            needsIsKnown |= outcome.list();
            result = result.withKey(part.name(), local);
        }
        return result;
    }

    /** The values a key part takes among the codes an outcome may hold, in the document's order. */
    private List<CodeBlock> candidates(Outcome outcome, KeyPart part) {
        int index = model.catalog.catalog().key().indexOf(part);
        return model.catalog.catalog().selected(outcome).stream().map(code -> code.keyParts().get(index))
                .flatMap(Optional::stream).distinct()
                .map(value -> isInteger(part) ? CodeBlock.of("$L", value) : Literals.string(value)).toList();
    }

    private Sent sent(Responses.Build build, Outcome outcome, CodeBlock from, Optional<String> element,
            CodeBlock.Builder body, NameAllocator locals, String tag) {
        Map<String, String> key = new LinkedHashMap<>();
        List<String> wireKey = new ArrayList<>();
        Optional<String> codeMatches = Optional.empty();
        for (KeyPart part : varying(outcome)) {
            if (part instanceof KeyPart.CodePart && outcome.list()) {
                String matches = locals.newName("codeMatches", "matches:" + tag);
                body.addStatement("$T $N =$W$T.scalars($N.all($L, $L),$WEMPTY_IS_ABSENT)", MATCHES, matches,
                        RuntimeTypes.WIRE_VALUES, path(build.codes().orElseThrow()), from, build.oneOrMany());
                String codes = locals.newName("codesSent", "codes:" + tag);
                body.addStatement("$T<$T> $N =$W$T.texts($N, EMPTY_IS_ABSENT, $T.EXACT)", List.class, String.class, codes,
                        RuntimeTypes.WIRE_VALUES, matches, RuntimeTypes.WIRE_VALUES.nestedClass("Case"));
                codeMatches = Optional.of(matches);
                key.put(part.name(), codes);
                continue;
            }
            if (build.key().get(part.name()) instanceof Responses.FromCapture capture && element.isPresent()) {
                String captured = locals.newName(JavaNames.memberName(part.name(), Set.of()) + "Sent",
                        "sent:" + tag + ":" + part.name());
                body.add("$T $N = $L;\n", keyType(part), captured, capture(capture, part, element.get()));
                key.put(part.name(), captured);
                continue;
            }
            Optional<WirePath> path = part instanceof KeyPart.CodePart ? build.codes()
                    : Optional.ofNullable(build.key().get(part.name())).filter(Responses.FromPath.class::isInstance)
                            .map(source -> ((Responses.FromPath) source).path());
            if (path.isEmpty()) {
                continue;
            }
            String local = locals.newName(JavaNames.memberName(part.name(), Set.of()) + "Sent",
                    "sent:" + tag + ":" + part.name());
            body.addStatement("$T $N =$W$L", keyType(part), local, scalar(first(path.get(), from, build.oneOrMany()),
                    isInteger(part) ? AttributeType.INTEGER : AttributeType.STRING));
            key.put(part.name(), local);
            wireKey.add(local);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Attribute field : outcome.fields()) {
            WirePath path = build.fields().get(field.name());
            if (path == null) {
                continue;
            }
            String local = locals.newName(field.name() + "Sent", "field:" + tag + ":" + field.name());
            CodeBlock value = field.list()
                    ? list(CodeBlock.of("$N.all($L, $L)", path(path), from, build.oneOrMany()), field.type())
                    : scalar(first(path, from, build.oneOrMany()), field.type());
            body.addStatement("$T $N =$W$L", rawType(field), local, value);
            fields.put(field.name(), local);
        }
        return new Sent(key, wireKey, codeMatches, fields);
    }

    private static TypeName rawType(Attribute field) {
        TypeName one = switch (field.type()) {
            case INTEGER -> ClassName.get(Integer.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            default -> ClassName.get(String.class);
        };
        return field.list() ? ParameterizedTypeName.get(ClassName.get(List.class), one) : one;
    }

    private static CodeBlock scalar(CodeBlock value, AttributeType type) {
        return switch (type) {
            case INTEGER -> CodeBlock.of("$T.integer($L)", RuntimeTypes.WIRE_VALUES, value);
            case BOOLEAN -> CodeBlock.of("$T.bool($L)", RuntimeTypes.WIRE_VALUES, value);
            default -> CodeBlock.of("$T.text($Z$L,$WEMPTY_IS_ABSENT)", RuntimeTypes.WIRE_VALUES, value);
        };
    }

    private static CodeBlock list(CodeBlock matches, AttributeType type) {
        return switch (type) {
            case INTEGER -> CodeBlock.of("$T.integers($L)", RuntimeTypes.WIRE_VALUES, matches);
            case BOOLEAN -> CodeBlock.of("$T.bools($L)", RuntimeTypes.WIRE_VALUES, matches);
            default -> CodeBlock.of("$T.texts($Z$L,$WEMPTY_IS_ABSENT,$W$T.EXACT)", RuntimeTypes.WIRE_VALUES, matches,
                    RuntimeTypes.WIRE_VALUES.nestedClass("Case"));
        };
    }

    private List<KeyPart> varying(Outcome outcome) {
        return outcome.codes().isEmpty() ? List.of()
                : model.catalog.catalog().keyPartsVaryingAmong(model.catalog.catalog().selected(outcome));
    }

    private static boolean isInteger(KeyPart part) {
        return part instanceof KeyPart.AttributePart a && a.attribute().type() == AttributeType.INTEGER;
    }

    private static TypeName keyType(KeyPart part) {
        return isInteger(part) ? ClassName.get(Integer.class) : ClassName.get(String.class);
    }

    /** The outcome's factory called with what the body (or the element, or the caller) gives. */
    private CodeBlock factoryCall(Responses.Build build, Outcome outcome, Sent sent, Optional<String> element) {
        return factoryCall(build, outcome, sent, element, false);
    }

    /** @param codesOnly whether the fields are left out (the call only looks the codes up) */
    private CodeBlock factoryCall(Responses.Build build, Outcome outcome, Sent sent, Optional<String> element,
            boolean codesOnly) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (KeyPart part : varying(outcome)) {
            Responses.KeySource source = part instanceof KeyPart.CodePart ? null : build.key().get(part.name());
            if (sent.key().containsKey(part.name())) {
                arguments.add(CodeBlock.of("$N", sent.key().get(part.name())));
            } else if (source instanceof Responses.FromContext context) {
                arguments.add(CodeBlock.of("$N", context.name())); // not reached: the context part is inferred first
            } else if (source instanceof Responses.FromCapture capture && element.isPresent()) {
                arguments.add(capture(capture, part, element.get()));
            } else {
                arguments.add(CodeBlock.of("null"));
            }
        }
        for (Attribute field : outcome.fields()) {
            String local = sent.fields().get(field.name());
            arguments.add(local == null || codesOnly ? CodeBlock.of("null") : CodeBlock.of("$N", local));
        }
        return CodeBlock.of("$T.$N($L)", model.outcomeRecord(build).enclosingClassName(),
                model.catalog.outcome(outcome).factory(), CodeBlock.join(arguments, ",$W"));
    }

    /** The key part a capture gives: the captured text, translated, and read as a number for an integer part. */
    private CodeBlock capture(Responses.FromCapture capture, KeyPart part, String element) {
        CodeBlock text = capture(capture, element);
        // a captured text that is no number looks nothing up: the code stays unrecognized
        return isInteger(part) ? CodeBlock.of("$T.integer($L)", RuntimeTypes.WIRE_VALUES, text) : text;
    }

    private CodeBlock capture(Responses.FromCapture capture, String element) {
        CodeBlock captured = CodeBlock.of("$N.capture($S)", element, capture.capture());
        if (capture.values().isEmpty()) {
            return captured;
        }
        // never null: the capture is one of the families of the element's path, so every element has it
        CodeBlock.Builder translated = CodeBlock.builder().add("switch ($L) {\n", captured).indent();
        capture.values().forEach((wire, value) -> translated.add("case $S -> $L;\n", wire, Literals.string(value)));
        // a key the spec does not translate is passed as captured: the lookup keeps it unrecognized
        return translated.add("default -> $L;\n", captured).unindent().add("}").build();
    }

    /** Adds a finding for each code of one outcome: its own codes, then the codes of its code fields. */
    private void findings(Responses.Build build, Outcome outcome, Sent sent, String one, CodeBlock from,
            Optional<String> element, CodeBlock.Builder body, NameAllocator locals, String findings, String tag) {
        CodeBlock decided = decided(outcome, one);
        if (outcome.codes().isPresent()) {
            if (outcome.list()) {
                String index = locals.newName("i", "index:" + tag);
                body.beginControlFlow("for (int $1N = 0; $1N < $2N.codes().size(); $1N++)", index, one);
                CodeBlock companions = companions(build, sent, from, Optional.of(CodeBlock.of("$N.get($N)",
                        sent.codeMatches().orElseThrow(), index)), body, locals, tag);
                body.addStatement("$N.add($T.checked($Wnew $T($S, $N.codes().get($N),$W$L, false, $L),$W$S,$W$S))",
                        findings, RuntimeTypes.UNKNOWN_REPORTS, RuntimeTypes.FINDING, build.kind(), one, index, decided,
                        companions, model.catalog.id(), pointer(build, build.codes()));
                body.endControlFlow();
            } else {
                boolean guarded = element.isEmpty() && !sent.wireKey().isEmpty();
                if (guarded) {
                    body.beginControlFlow("if ($L)", CodeBlock.join(sent.wireKey().stream()
                            .map(part -> CodeBlock.of("$N != null", part)).toList(), "$W|| "));
                }
                CodeBlock companions = companions(build, sent, from, element.map(e -> CodeBlock.of("$N", e)), body,
                        locals, tag);
                body.addStatement("$N.add($T.checked($Wnew $T($S, $N.code(),$W$L, false, $L),$W$S,$W$S))", findings,
                        RuntimeTypes.UNKNOWN_REPORTS, RuntimeTypes.FINDING, build.kind(), one, decided, companions,
                        model.catalog.id(), pointer(build, build.codes()));
                if (guarded) {
                    body.endControlFlow();
                }
            }
        }
        for (Attribute field : outcome.fields()) {
            boolean oneValue = !field.list() && (field.type() == AttributeType.ENUM || field.type() == AttributeType.ACTION);
            if (oneValue && sent.fields().containsKey(field.name())) {
                // a value the field does not document reads as empty: report it as sent
                body.beginControlFlow("if ($N.$N().isEmpty())", one, field.name())
                        .addStatement("$T.read($S,$W$S,$W$S,$W$N)", RuntimeTypes.UNKNOWN_REPORTS, model.catalog.id(),
                                field.name(), pointer(build, Optional.ofNullable(build.fields().get(field.name()))),
                                sent.fields().get(field.name()))
                        .endControlFlow();
            }
            if (field.type() != AttributeType.CODE || !sent.fields().containsKey(field.name())) {
                continue;
            }
            boolean informational = build.informational().contains(field.name());
            String target = field.targetCatalog(model.catalog.id());
            String at = pointer(build, Optional.ofNullable(build.fields().get(field.name())));
            if (field.list()) {
                String code = locals.clone().newName("code", "code");
                body.beginControlFlow("for ($T<?> $N : $N.$N())", RuntimeTypes.WIRE_CODE, code, one, field.name())
                        .addStatement("$N.add($T.checked($Wnew $T($S, $N,$W$T.empty(), $L, $T.of()),$W$S,$W$S))", findings,
                                RuntimeTypes.UNKNOWN_REPORTS, RuntimeTypes.FINDING, field.name(), code, Optional.class,
                                informational, Map.class, target, at)
                        .endControlFlow();
            } else {
                String code = locals.clone().newName("code", "code");
                body.addStatement("$N.$N().ifPresent($N -> $N.add($T.checked($Wnew $T($S, $N, $T.empty(), $L, $T.of()),$W$S,"
                        + "$W$S)))", one, field.name(), code, findings, RuntimeTypes.UNKNOWN_REPORTS, RuntimeTypes.FINDING,
                        field.name(), code, Optional.class, informational, Map.class, target, at);
            }
        }
    }

    /** Where a value is read from, as the spec writes it: the element's path, then the path within it. */
    private static String pointer(Responses.Build build, Optional<WirePath> path) {
        String within = path.map(WirePath::text).orElse("");
        return build.each().map(each -> each.text() + within).orElse(within);
    }

    /** The vendor's own decision for the outcome's codes: its field whose values stand for actions, if any. */
    private CodeBlock decided(Outcome outcome, String one) {
        for (Attribute field : outcome.fields()) {
            if (field.type() != AttributeType.ENUM || field.list()
                    || field.values().stream().noneMatch(value -> value.action().isPresent())) {
                continue;
            }
            ClassName type = model.outcomeType()
                    .nestedClass(model.catalog.outcome(outcome).fieldEnumTypes().get(field.name()));
            return CodeBlock.of("$N.$N().$L($T::action)", one, field.name(),
                    field.valuesCarryActions() ? "map" : "flatMap", type);
        }
        return CodeBlock.of("$T.empty()", Optional.class);
    }

    /** The values kept beside a code: the declared companions, then every field as sent. */
    private CodeBlock companions(Responses.Build build, Sent sent, CodeBlock from, Optional<CodeBlock> match,
            CodeBlock.Builder body, NameAllocator locals, String tag) {
        boolean scalarFields = sent.fields().keySet().stream().anyMatch(name -> isScalarText(build, name));
        if (build.companions().isEmpty() && !scalarFields) {
            return CodeBlock.of("$T.of()", Map.class);
        }
        String companions = locals.newName("companions", "companions:" + tag);
        body.addStatement("$T $N = new $T<>()", STRINGS, companions, LinkedHashMap.class);
        build.companions().forEach((name, path) -> {
            // a path with wildcards is bound to the code's (or the element's) match; one without is read as it is
            CodeBlock value = match.isPresent() && path.wildcards() > 0
                    ? CodeBlock.of("$N.bound(tree, $L)", path(path), match.get())
                    : first(path, from, build.oneOrMany());
            body.addStatement("$T.put($N, $S,$W$T.text($L,$WEMPTY_IS_ABSENT))", RuntimeTypes.WIRE_VALUES, companions, name,
                    RuntimeTypes.WIRE_VALUES, value);
        });
        sent.fields().forEach((name, local) -> {
            if (isScalarText(build, name)) {
                body.addStatement("$T.put($N, $S, $N)", RuntimeTypes.WIRE_VALUES, companions, name, local);
            }
        });
        return CodeBlock.of("$N", companions);
    }

    private boolean isScalarText(Responses.Build build, String field) {
        return model.outcome(build).fields().stream().anyMatch(f -> f.name().equals(field) && !f.list()
                && f.type() != AttributeType.INTEGER && f.type() != AttributeType.BOOLEAN);
    }

    // --- status vocabularies -----------------------------------------------------------------------

    private MethodSpec vocabulary(Responses.StatusVocabulary vocabulary) {
        Map<String, List<String>> byVerdict = new LinkedHashMap<>();
        vocabulary.values().forEach((value, verdict) ->
                byVerdict.computeIfAbsent(verdict.orElse(Verdicts.UNDECIDED), v -> new ArrayList<>()).add(value));
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (value) {\n").indent();
        byVerdict.forEach((verdict, values) -> cases.add("case $L -> $L;\n",
                CodeBlock.join(values.stream().map(Literals::string).toList(), ",$W"),
                verdict.equals(Verdicts.UNDECIDED) ? CodeBlock.of("$T.empty()", Optional.class)
                        : CodeBlock.of("$T.of($T.$N)", Optional.class, RuntimeTypes.VERDICT, Verdicts.constantName(verdict))));
        cases.add("default -> $T.of($T.UNKNOWN);\n", Optional.class, RuntimeTypes.VERDICT).unindent().add("};\n");
        Javadoc doc = Javadoc.start().text("The verdict of a value of").code(vocabulary.name()).glue(":")
                .text("empty where the value does not decide on its own, {@code UNKNOWN} for one the spec does not"
                        + " document.");
        vocabulary.description().ifPresent(d -> doc.paragraph().vendor(d));
        return MethodSpec.methodBuilder(vocabularyMethods.get(vocabulary.name()))
                .addJavadoc(doc.build())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), RuntimeTypes.VERDICT))
                .addParameter(String.class, "value")
                .addCode(cases.build())
                .build();
    }
}
