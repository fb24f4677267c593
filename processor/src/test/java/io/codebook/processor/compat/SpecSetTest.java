package io.codebook.processor.compat;

import static io.codebook.processor.compat.SpecVersions.REASONS;
import static io.codebook.processor.compat.SpecVersions.VENDOR;
import static io.codebook.processor.compat.SpecVersions.assertKinds;
import static io.codebook.processor.compat.SpecVersions.vendorWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.specset.SpecSet;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versions compared are found as the processor finds specs: a directory of {@code <catalog>.yaml},
 * or jars holding {@code codebook/<catalog>.yaml} (a released specs jar), each file's name its catalog id.
 */
class SpecSetTest {

    @Test
    void aReleasedSpecsJarIsABaselineAndItsPositionsNameTheJarEntry(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("acme-specs-1.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "codebook/", "");
            entry(out, "codebook/acme.yaml", VENDOR);
            entry(out, "codebook/acme-reasons.yaml", REASONS);
            entry(out, "codebook/codebook-spec.schema.json", "{}");
            entry(out, "codebook/old/acme.yaml", "not a catalog of this jar");
        }
        Path current = SpecVersions.write(dir.resolve("current"), Map.of("acme", vendorWith(
                "      - code: BLURRY\n        severity: Low\n        kind: retry\n        reason: EXPIRED\n"
                        + "        decision: APPROVED\n        hint: move closer\n", ""), "acme-reasons", REASONS));

        CompatibilityReport report = new Compatibility().compare(
                SpecSet.classPath("com.acme:acme-specs:1.0", List.of(jar)), SpecSet.directory(current));

        assertKinds(report, ChangeKind.CODE_REMOVED);
        assertEquals(2, report.catalogs());
        assertEquals("com.acme:acme-specs:1.0", report.baseline());
        assertEquals("acme-specs-1.0.jar!/codebook/acme.yaml:68:9", report.changes().get(0).position().toString());
    }

    @Test
    void aSpecDirectoryThatDoesNotExistCannotBeCompared(@TempDir Path dir) {
        IOException missing = assertThrows(IOException.class, () -> new Compatibility().compare(
                SpecSet.directory(dir.resolve("nowhere")), SpecSet.directory(dir)));

        assertTrue(missing.getMessage().contains("nowhere"), missing.getMessage());
    }

    @Test
    void theShippedSpecsBindAndHaveNoChangeAgainstThemselves() throws IOException {
        Path shipped = shippedSpecs();

        CompatibilityReport report = new Compatibility().compare(SpecSet.classPath("shipped", List.of(shipped)),
                SpecSet.classPath("shipped", List.of(shipped)));

        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), report.changes());
        assertTrue(report.catalogs() >= 8, "every shipped catalog was compared: " + report.catalogs());
    }

    /** The class path entry (jar or directory) the shipped catalog-specs are on in this test run. */
    static Path shippedSpecs() {
        URL url = SpecSetTest.class.getClassLoader().getResource("codebook/aiprise.yaml");
        String external = String.valueOf(url);
        if (external.startsWith("jar:file:")) {
            return Path.of(java.net.URI.create(external.substring("jar:".length(), external.indexOf("!/"))));
        }
        return Path.of(java.net.URI.create(external)).getParent().getParent();
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
