package io.codebook.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/** Test support: compiles consumer sources with the processor, and runs what was compiled. */
final class Compiled {

    private Compiled() {}

    /** The test specs under {@code src/test/resources/specs}. */
    static Path testSpecs() {
        try {
            return Path.of(Compiled.class.getClassLoader().getResource("specs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles with the processor, strict lint, Java 17, and the given spec directories. */
    static Compilation compile(List<Path> specDirs, JavaFileObject... sources) {
        return compile("17", specDirs, sources);
    }

    /** Compiles for the given Java release (consumer code may use that release's features). */
    static Compilation compile(String release, List<Path> specDirs, JavaFileObject... sources) {
        return compile(release, specDirs, List.of(), sources);
    }

    /** Compiles for the given Java release with more javac options (such as processor options). */
    static Compilation compile(String release, List<Path> specDirs, List<String> extraOptions,
            JavaFileObject... sources) {
        List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", release));
        options.addAll(extraOptions);
        if (!specDirs.isEmpty()) {
            options.add("-A" + CodebookProcessor.SPEC_DIRS_OPTION + "="
                    + specDirs.stream().map(Path::toString).collect(Collectors.joining(",")));
        }
        return Compiler.javac().withProcessors(new CodebookProcessor()).withOptions(options).compile(sources);
    }

    /** Like {@link #compile(List, JavaFileObject...)} but warnings do not fail the build (to assert them). */
    static Compilation compileLenient(List<Path> specDirs, JavaFileObject... sources) {
        List<String> options = new ArrayList<>(List.of("-Xlint:all", "--release", "17",
                "-A" + CodebookProcessor.SPEC_DIRS_OPTION + "="
                        + specDirs.stream().map(Path::toString).collect(Collectors.joining(","))));
        return Compiler.javac().withProcessors(new CodebookProcessor()).withOptions(options).compile(sources);
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(testSpecs()), sources);
    }

    /** Writes a spec {@code <id>.yaml} into {@code dir}, one argument a line. */
    static Path writeSpec(Path dir, String id, String... lines) {
        Path spec = dir.resolve(id + ".yaml");
        try {
            java.nio.file.Files.writeString(spec, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spec;
    }

    /** A class in package {@code test} annotated with {@code @Codebook(<arguments>)}. */
    static JavaFileObject request(String arguments) {
        return source("test.Catalogs", "package test;", "@io.codebook.runtime.Codebook(" + arguments + ")",
                "final class Catalogs {}");
    }

    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /** A generated message bundle ({@code <Type>_<locale>.properties}, UTF-8) of package {@code pkg}. */
    static java.util.Properties bundle(Compilation compilation, String pkg, String name) throws IOException {
        JavaFileObject file = compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, pkg, name)
                .orElseThrow(() -> new AssertionError("no bundle " + name));
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader reader = new java.io.InputStreamReader(file.openInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The text of a generated source, e.g. {@code test/WidgetWarning.java}. */
    static String generatedSource(Compilation compilation, String path) {
        return compilation.generatedSourceFiles().stream()
                .filter(f -> f.toUri().getPath().endsWith("/" + path))
                .findFirst()
                .map(Compiled::content)
                .orElseThrow(() -> new AssertionError("not generated: " + path));
    }

    static String content(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles the sources against the test specs as one enum and split into parts
     * ({@code -Acodebook.splitAbove=1}), each without a warning under {@code -Xlint:all -Werror}, and runs
     * {@code className}'s {@code run()} against each; returns the split compilation.
     */
    static Compilation compileAndRunInBothShapes(String className, JavaFileObject... sources) {
        Compilation small = compile("17", List.of(testSpecs()), List.of(), sources);
        com.google.testing.compile.CompilationSubject.assertThat(small).succeededWithoutWarnings();
        run(small, className);
        Compilation split = compile("17", List.of(testSpecs()), List.of("-Acodebook.splitAbove=1"), sources);
        com.google.testing.compile.CompilationSubject.assertThat(split).succeededWithoutWarnings();
        run(split, className);
        return split;
    }

    /** Runs {@code static void run()} of a compiled class; an AssertionError inside fails the test. */
    static void run(Compilation compilation, String className) {
        ClassLoader loader = new InMemoryClassLoader(compilation, Compiled.class.getClassLoader());
        try {
            loader.loadClass(className).getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static final class InMemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes = new HashMap<>();
        private final Map<String, byte[]> resources = new HashMap<>();

        InMemoryClassLoader(Compilation compilation, ClassLoader parent) {
            super(parent);
            for (JavaFileObject file : compilation.generatedFiles()) {
                String path = file.toUri().getPath();
                if (file.getKind() == JavaFileObject.Kind.OTHER && path.contains("CLASS_OUTPUT/")) {
                    try (InputStream in = file.openInputStream()) {
                        resources.put(path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()),
                                in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    continue;
                }
                if (file.getKind() != JavaFileObject.Kind.CLASS) {
                    continue;
                }
                String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = resources.get(name);
            return bytes != null ? new java.io.ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
