package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets compile against the catalogs this app generates, and run: a snippet a
 * user copies works. Statements are compiled as a method body; the variables a snippet uses without
 * declaring them (a response, a step...) are its parameters, with sample values.
 */
class ReadmeSnippetsTest {

    /** Variables snippets may use without declaring them: their Java declaration and a sample value. */
    private static final Map<String, String[]> GIVEN = Map.of(
            "response", new String[] {"Response response", "new Response(\"DOCUMENT_EXPIRED\")"},
            "warning", new String[] {"IdAnalyzerWarning warning", "IdAnalyzerWarning.UNDER_18"},
            "step", new String[] {"int step", "1"},
            "retryCodes", new String[] {"java.util.List<String> retryCodes", "java.util.List.of(\"document_expired\")"},
            "retryCount", new String[] {"int retryCount", "1"},
            // ARGOS's published Step 2 retry answer (samples/argos/step2-retry--one-code-face-compare.json)
            "json", new String[] {"String json", "\"{\\\"retry\\\": [{\\\"retryCode\\\": \\\"face_compare_underscore\\\","
                    + " \\\"retryMsg\\\": \\\"The face doesn't match.\\\"}], \\\"kycStatus\\\": \\\"incomplete\\\","
                    + " \\\"retryCount\\\": 1}\""});

    private static List<String> javaSnippets() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("README.md"),
                StandardCharsets.UTF_8);
        List<String> snippets = new ArrayList<>();
        Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (blocks.find()) {
            snippets.add(blocks.group(1).stripIndent());
        }
        return snippets;
    }

    @Test
    void everyStatementSnippetOfTheReadmeCompilesAndRuns(@TempDir Path dir) throws Exception {
        int release = Math.min(Runtime.version().feature(), 21);
        List<String> snippets = javaSnippets();
        assertFalse(snippets.isEmpty());
        int compiled = 0;
        for (String snippet : snippets) {
            if (snippet.strip().startsWith("@Codebook")) {
                continue; // an annotation to put on a package or class, as this app does
            }
            if (snippet.contains("Java 21+") && release < 21) {
                continue; // a pattern switch over the sealed outcomes: compiled when the JDK has Java 21
            }
            compiled++;
            List<String> parameters = new ArrayList<>();
            List<String> arguments = new ArrayList<>();
            GIVEN.forEach((name, given) -> {
                boolean uses = Pattern.compile("\\b" + name + "\\b").matcher(snippet).find();
                boolean declares = Pattern.compile("\\b" + name + "\\s*=[^=]").matcher(snippet).find();
                if (uses && !declares) {
                    parameters.add(given[0]);
                    arguments.add(given[1]);
                }
            });
            String source = String.join("\n",
                    "package io.codebook.example;",
                    "import io.codebook.runtime.*;",
                    "public final class Snippet" + compiled + " {",
                    "  public record Response(String code) {}",
                    "  public static void snippet(" + String.join(", ", parameters) + ") throws Exception {",
                    snippet,
                    "  }",
                    "  public static void run() throws Exception {",
                    "    snippet(" + String.join(", ", arguments) + ");",
                    "  }",
                    "}");
            Path file = dir.resolve("io/codebook/example/Snippet" + compiled + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter output = new StringWriter();
            boolean ok = javac.getTask(output, null, null, List.of("--release", Integer.toString(release), "-Xlint:all",
                    "-Xlint:-processing", "-proc:none", "-d", dir.toString(), "-cp", System.getProperty("java.class.path")),
                    null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file))
                    .call();
            assertTrue(ok, "README snippet does not compile:\n" + snippet + "\n" + output);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
                Method run = loader.loadClass("io.codebook.example.Snippet" + compiled).getMethod("run");
                run.invoke(null);
            } finally {
                io.codebook.runtime.UnknownValues.setListener(null); // a snippet may set one
            }
        }
        assertEquals(release >= 21 ? 5 : 4, compiled, "the snippets this test knows of");
    }
}
