package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code reference} goal run by real {@code mvn} processes in a consumer set up as the quickstart says
 * (the spec-edit project): with no configuration it documents the shipped catalogs of the compiler's
 * processor path and the project's own specs of its {@code -Acodebook.specDirs}, a project's spec winning
 * over the shipped one of the same id; a spec that does not bind fails the goal at its position, and the
 * reference already there stays as it was.
 */
class ReferenceIT {

    private static String goal() {
        return "io.codebook:codebook-maven-plugin:" + System.getProperty("codebook.version") + ":reference";
    }

    private static Path consumer(Path dir) throws Exception {
        Path project = dir.resolve("consumer");
        ConsumerBuild.copy(Path.of(System.getProperty("codebook.consumer")), project);
        return project;
    }

    @Test
    void documentsTheShippedCatalogsAndTheProjectsOwnWhereTheCompilerFindsThem(@TempDir Path dir) throws Exception {
        Path project = consumer(dir);
        String shipped = Files.readString(Path.of(System.getProperty("codebook.shippedSpecs")).resolve("aiprise.yaml"));
        Files.writeString(project.resolve("src/main/codebook/aiprise.yaml"),
                shipped.replace("description: \"Document is expired.\"", "description: \"Expired, in our words.\""));

        ConsumerBuild.Build build = ConsumerBuild.mvn(project, ConsumerBuild.settings(dir), goal());

        assertEquals(0, build.status(), build.output());
        Path reference = project.resolve("target/codebook-reference");
        assertTrue(build.output().contains("Codebook: reference of 9 catalogs ("), build.output());
        assertTrue(build.output().contains(reference.resolve("index.html").toUri().toString()), build.output());
        String acme = Files.readString(reference.resolve("catalogs/acme.html"), StandardCharsets.UTF_8);
        assertTrue(acme.contains("<code>src/main/codebook/acme.yaml</code>"), "the project's own spec, by its path");
        assertTrue(acme.contains("id=\"KEPT_CODE\""), acme);
        String aiprise = Files.readString(reference.resolve("catalogs/aiprise.html"), StandardCharsets.UTF_8);
        assertTrue(aiprise.contains("Expired, in our words."), "the project's spec wins over the shipped one");
        String argos = Files.readString(reference.resolve("catalogs/argos.html"), StandardCharsets.UTF_8);
        assertTrue(argos.contains("<code>codebook-catalog-specs-" + System.getProperty("codebook.version")
                + ".jar!/codebook/argos.yaml</code>"), "a shipped spec, from the processor path's jar");
        assertTrue(Files.isRegularFile(reference.resolve("reasons/canonical-reasons/DOCUMENT_EXPIRED.html")));
        assertTrue(Files.readString(reference.resolve("assets/reference.js")).startsWith("var CODEBOOK_INDEX = "));
    }

    @Test
    void aSpecThatDoesNotBindFailsTheGoalAtItsPositionAndLeavesTheReferenceAsItWas(@TempDir Path dir) throws Exception {
        Path project = consumer(dir);
        Path reference = Files.createDirectories(project.resolve("target/codebook-reference/assets"));
        Files.writeString(reference.resolve("reference.js"), "var CODEBOOK_INDEX = {};");
        Files.writeString(project.resolve("target/codebook-reference/index.html"), "the previous reference");
        Path spec = project.resolve("src/main/codebook/acme.yaml");
        List<String> lines = Files.readAllLines(spec);
        int line = lines.indexOf("      - code: KEPT_CODE") + 2;
        Files.writeString(spec, Files.readString(spec).replace("        description: A code that stays.",
                "        descripton: A code that stays."));

        ConsumerBuild.Build build = ConsumerBuild.mvn(project, ConsumerBuild.settings(dir), goal());

        assertEquals(1, build.status(), build.output());
        assertTrue(build.output().contains("[ERROR] " + spec + ":" + line + ":9: "), build.output());
        assertTrue(build.output().contains("[CODEBOOK-UNKNOWN-KEY]"), build.output());
        assertTrue(build.output().contains("Nothing was written."), build.output());
        assertEquals("the previous reference", Files.readString(project.resolve("target/codebook-reference/index.html")));
        assertFalse(Files.exists(project.resolve("target/codebook-reference/catalogs")));
    }
}
