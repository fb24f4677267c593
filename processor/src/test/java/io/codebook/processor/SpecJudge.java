package io.codebook.processor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Judges specs against the processor's promise: a spec it accepts generates Java that compiles
 * under {@code -Xlint:all -Werror --release 17}; a spec it cannot generate for is rejected with a
 * positioned error {@code file:line:column: ... [CODEBOOK-...]} and generates nothing; never an
 * internal failure, never broken code handed to javac.
 *
 * <p>Several specs are compiled at once, each requested by its own {@code @Codebook} class in its
 * own package, so every diagnostic can be attributed to one spec: the processor reports at the
 * request, javac at the generated file. A compilation whose diagnostics cannot all be attributed,
 * or that throws, is repeated spec by spec, and a spec that fails among others is judged again on
 * its own: every failure reported is the failure of one spec, and reproduces with that spec alone.
 */
final class SpecJudge {

    /** A spec to judge: what to call it in a report, its catalog id and its text. */
    record Case(String label, String id, String yaml) {}

    /** What became of a spec. */
    sealed interface Verdict permits Accepted, Rejected, Failed {}

    /** Generated Java that compiled without a warning. */
    record Accepted() implements Verdict {}

    /** Refused with positioned errors, nothing generated; {@code ids} are the errors' ids. */
    record Rejected(List<String> ids, List<String> messages) implements Verdict {}

    /**
     * The promise broken: {@code kind} says which way, {@code detail} shows it, and
     * {@code signature} names the failure in a way that does not depend on the spec's details, so
     * that a smaller spec can be recognised as failing the same way.
     */
    record Failed(Kind kind, String detail, String signature) implements Verdict {

        Failed(Kind kind, String detail) {
            this(kind, detail, kind.toString());
        }
    }

    /** The ways a spec can break the promise. */
    enum Kind {
        /** The processor reported CODEBOOK-INTERNAL: a bug it caught. */
        INTERNAL,
        /** javac reported an error or a warning in a generated file: broken code handed to javac. */
        GENERATED_CODE_DOES_NOT_COMPILE,
        /** An error of the processor without the position or id the format promises. */
        UNPOSITIONED_ERROR,
        /** The spec was rejected, yet files were generated for it. */
        REJECTED_BUT_GENERATED,
        /** No error, and yet no source generated. */
        ACCEPTED_BUT_NOTHING_GENERATED,
        /** A warning of the processor, which fails a build under -Werror. */
        PROCESSOR_WARNING,
        /** Any other diagnostic, or a compilation that failed without one. */
        UNEXPLAINED_DIAGNOSTIC,
        /** The compiler threw. */
        EXCEPTION,
        /** Failed when compiled with other specs, not alone: specs of different packages interfere. */
        ONLY_WITH_OTHER_SPECS
    }

    private static final Pattern POSITIONED =
            Pattern.compile("(?s)(.*?):(\\d+):(\\d+): (.+) \\[(CODEBOOK-[A-Z0-9-]+)\\]");

    /** Generated code needs only Codebook's runtime: a short class path keeps each compilation fast. */
    private static final Path RUNTIME = runtimeClassPath();

    private final List<String> options;
    private final boolean keepFiles;

    private static Path runtimeClassPath() {
        try {
            return Path.of(io.codebook.runtime.Codebook.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param extraOptions javac options besides the strict ones and the spec directory
     * @param keepFiles whether to keep the specs and generated files (their directory is printed), to look at
     */
    SpecJudge(List<String> extraOptions, boolean keepFiles) {
        this.options = List.copyOf(extraOptions);
        this.keepFiles = keepFiles;
    }

    /** What one compilation left behind: its diagnostics and the files the processor generated. */
    private record Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Path generatedSources, Path classes) {

        boolean isGenerated(JavaFileObject file) {
            return file.toUri().getScheme().equals("file") && Path.of(file.toUri()).startsWith(generatedSources);
        }

        /** Every file generated under {@code dir} of the outputs (sources, and resources among the classes). */
        List<String> generatedUnder(String dir) {
            List<String> files = new ArrayList<>();
            for (Path root : List.of(generatedSources, classes)) {
                Path packageDir = root.resolve(dir);
                if (!Files.isDirectory(packageDir)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(packageDir)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".class"))
                            .forEach(f -> files.add(root.relativize(f).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return files;
        }
    }

    /** A verdict for each case, in order. Ids must be distinct among the cases. */
    List<Verdict> judge(List<Case> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Batch batch = new Batch(cases);
        try {
            Compilation compilation;
            try {
                compilation = batch.compile();
            } catch (RuntimeException | Error e) {
                return cases.size() == 1 ? List.of(new Failed(Kind.EXCEPTION, head(trace(e), 40))) : oneByOne(cases);
            }
            return judge(batch, compilation);
        } finally {
            batch.delete();
        }
    }

    private List<Verdict> judge(Batch batch, Compilation compilation) {
        List<Case> cases = batch.cases;
        Attribution attribution = batch.attribute(compilation);
        if (cases.size() > 1 && !attribution.unattributed.isEmpty()) {
            return oneByOne(cases);
        }
        List<Verdict> verdicts = new ArrayList<>();
        List<Integer> compiledCleanly = new ArrayList<>();
        boolean anyRejected = false;
        for (int i = 0; i < cases.size(); i++) {
            List<Diagnostic<? extends JavaFileObject>> other = cases.size() == 1 ? attribution.unattributed : List.of();
            Verdict verdict = batch.verdict(i, compilation, attribution.findings.get(i), other);
            anyRejected |= verdict instanceof Rejected;
            verdicts.add(verdict);
            if (verdict instanceof Accepted) {
                compiledCleanly.add(i);
            }
        }
        if (cases.size() > 1) {
            confirmAlone(cases, verdicts); // before the accepted are judged again: those judgements confirm themselves
        }
        if (anyRejected && !compiledCleanly.isEmpty()) {
            // javac compiles nothing once a processor reported an error: compile the accepted ones again, without those
            List<Verdict> again = judge(compiledCleanly.stream().map(cases::get).toList());
            for (int k = 0; k < compiledCleanly.size(); k++) {
                verdicts.set(compiledCleanly.get(k), again.get(k));
            }
        }
        return verdicts;
    }

    /** Judges each spec that failed in a batch again on its own, so that every failure reproduces by itself. */
    private void confirmAlone(List<Case> cases, List<Verdict> verdicts) {
        for (int i = 0; i < cases.size(); i++) {
            if (verdicts.get(i) instanceof Failed inBatch) {
                Verdict alone = judge(List.of(cases.get(i))).get(0);
                verdicts.set(i, alone instanceof Failed ? alone : new Failed(Kind.ONLY_WITH_OTHER_SPECS,
                        "alone: " + alone + "\nwith other specs: " + inBatch.kind() + "\n" + inBatch.detail()));
            }
        }
    }

    private List<Verdict> oneByOne(List<Case> cases) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Case c : cases) {
            verdicts.add(judge(List.of(c)).get(0));
        }
        return verdicts;
    }

    /** The diagnostics of one spec: the processor's (at its request) and javac's (in its generated files). */
    private static final class Findings {
        final List<Diagnostic<? extends JavaFileObject>> atRequest = new ArrayList<>();
        final List<Diagnostic<? extends JavaFileObject>> inGenerated = new ArrayList<>();
    }

    private static final class Attribution {
        final List<Findings> findings = new ArrayList<>();
        final List<Diagnostic<? extends JavaFileObject>> unattributed = new ArrayList<>();
    }

    /** A request source held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String qualifiedName, String text) {
            super(URI.create("mem:///" + qualifiedName.replace('.', '/') + ".java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** One compilation of several specs, each in its own package {@code prop.s<i>}. */
    private final class Batch {
        final List<Case> cases;
        final Path dir;

        Batch(List<Case> cases) {
            this.cases = cases;
            try {
                this.dir = Files.createTempDirectory("codebook-property");
                Files.createDirectories(dir.resolve("specs"));
                for (Case c : cases) {
                    Files.writeString(specPath(c), c.yaml(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path specPath(Case c) {
            return dir.resolve("specs").resolve(c.id() + ".yaml");
        }

        String packageOf(int index) {
            return "prop.s" + index;
        }

        String packageDir(int index) {
            return packageOf(index).replace('.', '/');
        }

        Compilation compile() {
            List<JavaFileObject> requests = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                requests.add(new Source(packageOf(i) + ".Request", "package " + packageOf(i) + ";\n"
                        + "@io.codebook.runtime.Codebook(\"" + cases.get(i).id() + "\")\n"
                        + "final class Request {}\n"));
            }
            List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
                    "-classpath", RUNTIME.toString(), "-A" + CodebookProcessor.SPEC_DIRS_OPTION + "=" + dir.resolve("specs")));
            all.addAll(options);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            Path sources = dir.resolve("generated");
            Path classes = dir.resolve("classes");
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                Files.createDirectories(sources);
                Files.createDirectories(classes);
                files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(sources));
                files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
                JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics, all, null,
                        requests);
                task.setProcessors(List.of(new CodebookProcessor()));
                boolean success = task.call();
                return new Compilation(success, List.copyOf(diagnostics.getDiagnostics()), sources, classes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void delete() {
            if (keepFiles) {
                System.out.println("kept the specs and generated files of " + cases.stream().map(Case::label).toList()
                        + " in " + dir);
                return;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // a temporary directory left behind is no reason to fail
            }
        }

        /** The index of the spec whose package {@code path} lies in, or -1. */
        int owner(String path) {
            for (int i = 0; i < cases.size(); i++) {
                if (path.contains("/" + packageDir(i) + "/")) {
                    return i;
                }
            }
            return -1;
        }

        Attribution attribute(Compilation compilation) {
            Attribution attribution = new Attribution();
            cases.forEach(c -> attribution.findings.add(new Findings()));
            for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
                    continue;
                }
                JavaFileObject source = diagnostic.getSource();
                int owner = source == null ? -1 : owner(source.toUri().getPath());
                if (owner < 0) {
                    attribution.unattributed.add(diagnostic);
                } else if (compilation.isGenerated(source)) {
                    attribution.findings.get(owner).inGenerated.add(diagnostic);
                } else {
                    attribution.findings.get(owner).atRequest.add(diagnostic);
                }
            }
            return attribution;
        }

        Verdict verdict(int index, Compilation compilation, Findings findings,
                List<Diagnostic<? extends JavaFileObject>> unattributed) {
            List<Diagnostic<? extends JavaFileObject>> all = new ArrayList<>(findings.atRequest);
            all.addAll(findings.inGenerated);
            all.addAll(unattributed);
            Optional<String> internal = all.stream().map(SpecJudge::message)
                    .filter(m -> m.contains(io.codebook.processor.diagnostic.Message.INTERNAL.id())).findFirst();
            if (internal.isPresent()) {
                String exception = internal.get().lines().map(String::strip)
                        .filter(l -> l.matches("[a-z]+(\\.[a-z]+)*\\.[A-Za-z]*(Exception|Error)\\b.*")).findFirst()
                        .orElse("");
                return new Failed(Kind.INTERNAL, head(internal.get(), 12), Kind.INTERNAL + " " + exception);
            }
            if (!findings.inGenerated.isEmpty()) {
                Diagnostic<? extends JavaFileObject> first = findings.inGenerated.get(0);
                return new Failed(Kind.GENERATED_CODE_DOES_NOT_COMPILE, describe(findings.inGenerated, dir),
                        Kind.GENERATED_CODE_DOES_NOT_COMPILE + " " + first.getCode() + " "
                                + message(first).lines().findFirst().orElse("").replaceAll("prop\\.s[0-9]+", "prop"));
            }
            List<String> errors = findings.atRequest.stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(SpecJudge::message).toList();
            List<String> warnings = findings.atRequest.stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.ERROR).map(SpecJudge::message).toList();
            List<String> generated = compilation.generatedUnder(packageDir(index));
            if (!errors.isEmpty()) {
                List<String> ids = new ArrayList<>();
                for (String error : errors) {
                    Optional<String> id = positionedId(error, specPath(cases.get(index)), cases.get(index).yaml());
                    if (id.isEmpty()) {
                        return new Failed(Kind.UNPOSITIONED_ERROR, error);
                    }
                    ids.add(id.get());
                }
                if (!generated.isEmpty()) {
                    return new Failed(Kind.REJECTED_BUT_GENERATED, "errors " + ids + " but generated " + generated);
                }
                return new Rejected(ids, errors);
            }
            if (!warnings.isEmpty()) {
                return new Failed(Kind.PROCESSOR_WARNING, String.join("\n", warnings));
            }
            if (!unattributed.isEmpty()) {
                return new Failed(Kind.UNEXPLAINED_DIAGNOSTIC, describe(unattributed, dir));
            }
            if (generated.stream().noneMatch(f -> f.endsWith(".java"))) {
                return new Failed(Kind.ACCEPTED_BUT_NOTHING_GENERATED, "the compilation "
                        + (compilation.success() ? "succeeded" : "failed"));
            }
            if (!compilation.success() && cases.size() == 1) {
                return new Failed(Kind.UNEXPLAINED_DIAGNOSTIC, "the compilation failed without a diagnostic");
            }
            return new Accepted();
        }
    }

    /**
     * The id of a processor error when it is written as promised: the spec's path, a line and a
     * column within the spec, the text, then {@code [CODEBOOK-...]}, and not an internal error.
     */
    static Optional<String> positionedId(String message, Path spec, String yaml) {
        Matcher matcher = POSITIONED.matcher(message);
        if (!matcher.matches() || !matcher.group(1).equals(spec.toString())) {
            return Optional.empty();
        }
        int line = Integer.parseInt(matcher.group(2));
        int column = Integer.parseInt(matcher.group(3));
        long lines = yaml.lines().count();
        if (line < 1 || line > lines + 1 || column < 1) {
            return Optional.empty();
        }
        String id = matcher.group(5);
        return id.equals(io.codebook.processor.diagnostic.Message.INTERNAL.id()) ? Optional.empty() : Optional.of(id);
    }

    static String message(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getMessage(Locale.ROOT);
    }

    /** Each diagnostic with its file (relative to {@code dir}), line, and the line of source it points at. */
    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics, Path dir) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            JavaFileObject source = d.getSource();
            String file = source == null ? "(no file)" : source.toUri().getScheme().equals("file")
                    ? dir.relativize(Path.of(source.toUri())).toString() : source.toUri().getPath();
            text.append(d.getKind()).append(' ').append(d.getCode()).append(" at ").append(file);
            if (source != null && d.getLineNumber() > 0) {
                text.append(':').append(d.getLineNumber());
            }
            text.append(": ").append(head(message(d), 8)).append('\n');
            if (source != null && d.getLineNumber() > 0) {
                sourceLine(source, d.getLineNumber()).ifPresent(l -> text.append("    > ").append(l.strip()).append('\n'));
            }
        }
        return text.toString();
    }

    private static Optional<String> sourceLine(JavaFileObject source, long line) {
        try {
            List<String> lines = source.getCharContent(true).toString().lines().toList();
            return line <= lines.size() ? Optional.of(lines.get((int) line - 1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String head(String text, int lines) {
        List<String> all = text.lines().toList();
        return all.size() <= lines ? text : String.join("\n", all.subList(0, lines)) + "\n    ...";
    }

    private static String trace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
