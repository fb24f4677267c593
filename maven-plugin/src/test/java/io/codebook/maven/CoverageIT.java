package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer measuring its coverage with the JaCoCo Maven plugin sees its own classes only: every
 * generated type, nested ones included, carries Codebook's class-retained {@code @CodebookGenerated},
 * which JaCoCo leaves out of its report. The project is the README's quickstart with one tested class.
 */
class CoverageIT {

    private static final String JUNIT = "5.14.1";
    private static final String JACOCO = "0.8.15";

    @Test
    void aConsumersJacocoReportCountsItsOwnClassesAndNoGeneratedOne(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String pom = QuickstartIT.block(readme, "## Quickstart for your project", "xml", "<project")
                .replace("  </dependencies>", String.join("\n",
                        "  <dependency>",
                        "    <groupId>org.junit.jupiter</groupId>",
                        "    <artifactId>junit-jupiter</artifactId>",
                        "    <version>" + JUNIT + "</version>",
                        "    <scope>test</scope>",
                        "  </dependency>",
                        "  </dependencies>"))
                .replace("    </plugins>", String.join("\n",
                        "    <plugin>",
                        "      <groupId>org.apache.maven.plugins</groupId>",
                        "      <artifactId>maven-surefire-plugin</artifactId>",
                        "      <version>3.5.4</version>",
                        "    </plugin>",
                        "    <plugin>",
                        "      <groupId>org.jacoco</groupId>",
                        "      <artifactId>jacoco-maven-plugin</artifactId>",
                        "      <version>" + JACOCO + "</version>",
                        "      <executions>",
                        "        <execution><id>agent</id><goals><goal>prepare-agent</goal></goals></execution>",
                        "        <execution><id>report</id><phase>test</phase><goals><goal>report</goal></goals></execution>",
                        "      </executions>",
                        "    </plugin>",
                        "    </plugins>"));
        Path project = Files.createDirectories(dir.resolve("kyc"));
        Files.writeString(project.resolve("pom.xml"), pom);
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/acme/kyc"));
        Files.writeString(sources.resolve("package-info.java"), String.join("\n",
                "@Codebook({\"id-analyzer\", \"argos\", \"canonical-reasons\"})",
                "package com.acme.kyc;",
                "",
                "import io.codebook.runtime.Codebook;",
                ""));
        Files.writeString(sources.resolve("Warnings.java"), String.join("\n",
                "package com.acme.kyc;",
                "",
                "public final class Warnings {",
                "    public static String reasonOf(String wire) {",
                "        return IdAnalyzerWarning.fromCode(wire).map(w -> w.canonicalReason().name()).orElse(\"unknown\");",
                "    }",
                "}",
                ""));
        Path tests = Files.createDirectories(project.resolve("src/test/java/com/acme/kyc"));
        Files.writeString(tests.resolve("WarningsTest.java"), String.join("\n",
                "package com.acme.kyc;",
                "",
                "import static org.junit.jupiter.api.Assertions.assertEquals;",
                "",
                "import org.junit.jupiter.api.Test;",
                "",
                "class WarningsTest {",
                "    @Test",
                "    void aKnownWarningHasItsReason() {",
                "        assertEquals(\"FACE_MISMATCH\", Warnings.reasonOf(\"FACE_MISMATCH\"));",
                "        assertEquals(\"unknown\", Warnings.reasonOf(\"NEW\"));",
                "    }",
                "}",
                ""));

        ConsumerBuild.Build build = ConsumerBuild.mvn(project, ConsumerBuild.settings(dir), "test");

        assertEquals(0, build.status(), build.output());
        assertTrue(Files.exists(project.resolve("target/classes/com/acme/kyc/ArgosOutcome$Retry.class")),
                "nested generated types exist, and must be left out too");
        List<String> rows = Files.readAllLines(project.resolve("target/site/jacoco/jacoco.csv"));
        List<String> classes = rows.stream().skip(1).map(row -> row.split(",")[2]).toList();
        assertEquals(List.of("Warnings"), classes, "only the consumer's own class is measured:\n" + String.join("\n", rows));
    }
}
