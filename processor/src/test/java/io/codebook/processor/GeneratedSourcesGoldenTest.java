package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every generated source and bundle, for the shipped catalogs and the test specs, compared with a
 * checked-in copy under {@code src/test/resources/golden/}: a change to the generator shows up as a
 * reviewable diff of generated code. After a deliberate change, regenerate the copies with
 *
 * <pre>mvn -pl processor test -Dtest=GeneratedSourcesGoldenTest -Dcodebook.updateGoldens=true</pre>
 *
 * <p>and review the diff of {@code processor/src/test/resources/golden} before committing it.
 */
class GeneratedSourcesGoldenTest {

    static final String UPDATE = "codebook.updateGoldens";

    /** What is compiled for each set of golden files. */
    enum Scenario {
        /** The eight shipped catalogs, as a consumer requesting all of them gets them. */
        SHIPPED("shipped", List.of(), Compiled.source("golden.shipped.Catalogs",
                "package golden.shipped;",
                "@io.codebook.runtime.Codebook({\"id-analyzer\", \"biometric-vision\", \"aiprise\", \"argos\","
                        + " \"yoti-reason\", \"yoti-failure-type\", \"yoti-failure-detail\", \"canonical-reasons\"})",
                "final class Catalogs {}")),
        /** The processor's test specs. */
        TEST_SPECS("test-specs", List.of(), Compiled.source("golden.specs.Catalogs",
                "package golden.specs;",
                "@io.codebook.runtime.Codebook({\"widget-warnings\", \"flow-failures\", \"texts\", \"lifecycle\"})",
                "final class Catalogs {}")),
        /** A test spec in the shape a catalog takes past what one enum holds. */
        SPLIT("split", List.of("-Acodebook.splitAbove=3"), Compiled.source("golden.split.Catalogs",
                "package golden.split;",
                "@io.codebook.runtime.Codebook(\"widget-warnings\")",
                "final class Catalogs {}"));

        final String directory;
        final List<String> options;
        final JavaFileObject request;

        Scenario(String directory, List<String> options, JavaFileObject request) {
            this.directory = directory;
            this.options = options;
            this.request = request;
        }
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void generatedSourcesAreTheReviewedOnes(Scenario scenario) throws IOException {
        Compilation compilation = Compiled.compile("17", List.of(Compiled.testSpecs()), scenario.options,
                scenario.request);
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> generated = generatedFiles(compilation);
        Path goldens = goldenDirectory().resolve(scenario.directory);
        if (Boolean.getBoolean(UPDATE)) {
            write(goldens, generated);
            return;
        }
        Map<String, String> expected = read(goldens);
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> file : generated.entrySet()) {
            String golden = expected.get(file.getKey());
            if (golden == null) {
                differences.add("new file " + file.getKey());
            } else if (!golden.equals(file.getValue())) {
                differences.add(firstDifference(file.getKey(), golden, file.getValue()));
            }
        }
        expected.keySet().stream().filter(name -> !generated.containsKey(name))
                .forEach(name -> differences.add("no longer generated: " + name));
        if (!differences.isEmpty()) {
            fail("The generated code of scenario " + scenario + " differs from its golden copy in "
                    + goldens + ":\n" + String.join("\n", differences)
                    + "\nIf the change is intended, run the test with -D" + UPDATE + "=true and review the diff.");
        }
    }

    /** Generated sources and bundles by path relative to their output root. */
    private static Map<String, String> generatedFiles(Compilation compilation) {
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            boolean source = path.contains("/SOURCE_OUTPUT/") && path.endsWith(".java");
            boolean bundle = path.contains("/CLASS_OUTPUT/") && path.endsWith(".properties");
            if (source || bundle) {
                String root = source ? "/SOURCE_OUTPUT/" : "/CLASS_OUTPUT/";
                files.put(path.substring(path.indexOf(root) + root.length()), Compiled.content(file));
            }
        }
        return files;
    }

    /** The golden files in the source tree: surefire runs tests in the module's directory. */
    private static Path goldenDirectory() {
        return Path.of(System.getProperty("user.dir")).resolve("src/test/resources/golden");
    }

    private static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(path).toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void write(Path directory, Map<String, String> files) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static String firstDifference(String name, String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : "<end of file>";
            String g = i < got.length ? got[i] : "<end of file>";
            if (!w.equals(g)) {
                return name + ":" + (i + 1) + ":\n  golden:    " + w + "\n  generated: " + g;
            }
        }
        return name + ": differs";
    }
}
