package io.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The processor jar a consumer puts on their processor path carries JavaPoet and SnakeYAML under
 * Codebook's own package, so a consumer's own versions of either can never clash with ours.
 */
class ShadedJarIT {

    @Test
    void dependenciesAreRelocatedInsideTheProcessorJar() throws IOException {
        String path = System.getProperty("codebook.processorJar");
        assertNotNull(path, "run by failsafe, which sets codebook.processorJar");
        try (JarFile jar = new JarFile(path)) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertTrue(names.contains("io/codebook/processor/shaded/javapoet/JavaFile.class"), "JavaPoet relocated");
            assertTrue(names.contains("io/codebook/processor/shaded/snakeyaml/Yaml.class"), "SnakeYAML relocated");
            List<String> unrelocated = names.stream()
                    .filter(n -> n.startsWith("com/palantir/") || n.startsWith("org/yaml/"))
                    .toList();
            assertEquals(List.of(), unrelocated, "no class left under its original package");
            // Gradle: it reads spec files, so it aggregates (never isolating); the specs are declared as inputs
            ZipEntry gradle = jar.getEntry("META-INF/gradle/incremental.annotation.processors");
            assertNotNull(gradle, "registered for Gradle's incremental annotation processing");
            try (InputStream in = jar.getInputStream(gradle)) {
                assertEquals("io.codebook.processor.CodebookProcessor,aggregating",
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
            }
            ZipEntry services = jar.getEntry("META-INF/services/javax.annotation.processing.Processor");
            assertNotNull(services, "registered by auto-service");
            try (InputStream in = jar.getInputStream(services)) {
                assertEquals("io.codebook.processor.CodebookProcessor",
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
            }
        }
    }
}
