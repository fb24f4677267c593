package io.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ECJ), as Eclipse users run it: the shipped catalogs
 * generate the very sources javac gets, they compile and behave, and a spec error keeps its
 * {@code file:line:column}. ECJ runs from its batch entry point on files, as an IDE does.
 */
class EclipseCompilerTest {

    private record Run(boolean ok, String output, Path generated, Path classes) {}

    /** Compiles {@code sources} (path → text) with ECJ; the processor comes from the test's own class path. */
    private static Run ecj(Path dir, List<Path> specDirs, List<String[]> sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        List<String> args = new ArrayList<>();
        for (String[] source : sources) {
            Path file = src.resolve(source[0]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source[1], StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        Path generated = Files.createDirectories(dir.resolve("generated"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of("-17", "-encoding", "UTF-8",
                // -cp before -processorpath: ECJ ignores a processor path given first (its bug 573833)
                "-cp", classPath, "-processorpath", classPath, "-d", classes.toString(), "-s", generated.toString()));
        if (!specDirs.isEmpty()) {
            command.add("-A" + CodebookProcessor.SPEC_DIRS_OPTION + "=" + specDirs.get(0));
        }
        command.addAll(args);
        StringWriter out = new StringWriter();
        boolean ok = BatchCompiler.compile(command.toArray(String[]::new), new PrintWriter(out), new PrintWriter(out), null);
        return new Run(ok, out.toString(), generated, classes);
    }

    private static final String ALL = "{\"argos\", \"id-analyzer\", \"aiprise\", \"biometric-vision\", \"yoti-reason\","
            + " \"yoti-failure-type\", \"yoti-failure-detail\", \"canonical-reasons\"}";

    private static String[] request(String arguments) {
        return new String[] {"test/Catalogs.java",
                "package test;\n@io.codebook.runtime.Codebook(" + arguments + ")\nfinal class Catalogs {}\n"};
    }

    @Test
    void theShippedCatalogsGenerateWhatJavacGetsAndCompileAndRun(@TempDir Path dir) throws Exception {
        String[] check = {"test/Check.java", String.join("\n",
                "package test;",
                "import io.codebook.runtime.NextAction;",
                "import java.util.Map;",
                "public final class Check {",
                "  public static void run() {",
                "    ArgosResponse response = ArgosResponse.read(Map.of(\"kycStatus\", \"rejected\", \"retryCount\", 3), 2);",
                "    if (response.resolve().action() != NextAction.REJECT) throw new AssertionError(response);",
                "    if (IdAnalyzerWarning.fromCode(\"FACE_MISMATCH\").isEmpty()) throw new AssertionError(\"lookup\");",
                "  }",
                "}", "")};
        Run run = ecj(dir, List.of(), List.of(request(ALL), check));
        assertTrue(run.ok(), run.output());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {run.classes().toUri().toURL()},
                EclipseCompilerTest.class.getClassLoader())) {
            loader.loadClass("test.Check").getMethod("run").invoke(null);
        }
        Compilation byJavac = Compiled.compile(Compiled.request(ALL));
        for (String file : List.of("test/ArgosResponseReader.java", "test/ArgosCode.java", "test/CanonicalReason.java",
                "test/YotiOutcome.java")) {
            assertEquals(Compiled.generatedSource(byJavac, file),
                    Files.readString(run.generated().resolve(file.replace('/', File.separatorChar))), file);
        }
    }

    @Test
    void aSpecErrorKeepsItsPositionUnderEcj(@TempDir Path dir) throws IOException {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Path spec = Compiled.writeSpec(specs, "t", "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: d}}",
                "groups: [{id: g, title: G, codes: [{code: A, sevrity: High}]}]");
        Run run = ecj(dir, List.of(specs), List.<String[]>of(request("\"t\"")));
        assertTrue(!run.ok(), run.output());
        assertTrue(run.output().contains(spec + ":3:46:"), run.output());
    }
}
