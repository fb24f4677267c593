package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quickstart, done as a new user does it: its whole {@code pom.xml} and its
 * {@code @Codebook} line copied from the README into an empty project, built by a real {@code mvn}
 * (the Maven that runs this build: 3.8.7 here), and the generated types used by the project's code.
 */
class QuickstartIT {

    private static final Path README = Path.of("..", "README.md");

    /** The body of the first fenced block of {@code language} after {@code heading}, unindented. */
    static String block(String readme, String heading, String language, String startingWith) {
        int from = readme.indexOf(heading);
        assertTrue(from >= 0, "the README has '" + heading + "'");
        Matcher fence = Pattern.compile("(?m)^( *)```" + language + "\\n(.*?)^\\1```", Pattern.DOTALL)
                .matcher(readme);
        while (fence.find(from)) {
            String indent = fence.group(1);
            String body = fence.group(2).replaceAll("(?m)^" + indent, "");
            if (body.startsWith(startingWith)) {
                return body;
            }
            from = fence.end();
        }
        throw new AssertionError("no ```" + language + " block starting with " + startingWith + " after " + heading);
    }

    /** The Maven that runs this build (3.8.7 here), and Maven 3.9 unpacked from Central by the build. */
    static java.util.stream.Stream<Path> mavens() {
        return java.util.stream.Stream.of(System.getProperty("codebook.mavenHome"), System.getProperty("codebook.maven39Home"))
                .map(Path::of);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("mavens")
    void thePomAndAnnotationCopiedFromTheReadmeGenerateAndCompileAnEmptyProject(Path maven, @TempDir Path dir)
            throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Path project = Files.createDirectories(dir.resolve("kyc"));
        Files.writeString(project.resolve("pom.xml"), block(readme, "## Quickstart for your project", "xml", "<project"));
        String annotation = block(readme, "2. Annotate a package", "java", "@Codebook").strip();
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/acme/kyc"));
        Files.writeString(sources.resolve("package-info.java"),
                annotation + "\npackage com.acme.kyc;\n\nimport io.codebook.runtime.Codebook;\n");
        Files.writeString(sources.resolve("Warnings.java"), String.join("\n",
                "package com.acme.kyc;",
                "",
                "import com.acme.kyc.codes.IdAnalyzerWarning;",
                "",
                "public final class Warnings {",
                "    public static String reasonOf(String wire) {",
                "        return IdAnalyzerWarning.fromCode(wire).map(w -> w.canonicalReason().name()).orElse(\"unknown\");",
                "    }",
                "}",
                ""));
        Files.createDirectories(project.resolve("src/test/java/com/acme/kyc"));
        Files.writeString(project.resolve("src/test/java/com/acme/kyc/UsesGenerated.java"), String.join("\n",
                "package com.acme.kyc;",
                "",
                "final class UsesGenerated {",
                "    static final String REASON = Warnings.reasonOf(\"FACE_MISMATCH\");",
                "}",
                ""));

        ConsumerBuild.Build build = ConsumerBuild.mvn(maven, project, ConsumerBuild.settings(dir), "test-compile");

        assertEquals(0, build.status(), build.output());
        assertTrue(Files.exists(project.resolve("target/classes/com/acme/kyc/codes/IdAnalyzerWarning.class")),
                "the processor ran: " + build.output());
        assertTrue(Files.exists(project.resolve("target/classes/com/acme/kyc/codes/AiPriseWarning.class")));
        assertTrue(Files.exists(project.resolve("target/generated-sources/annotations/META-INF/codebook/inputs.txt")),
                "the build record check-specs compares on the next build");
        assertTrue(Files.exists(project.resolve("target/test-classes/com/acme/kyc/UsesGenerated.class")));
        assertFalse(build.output().contains("[WARNING]"), "a quickstart builds without a warning:\n" + build.output());
    }
}
