package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecRecordTest {

    private static Path record(Path dir, String... lines) throws IOException {
        Path record = dir.resolve("inputs.txt");
        Files.writeString(record, SpecRecord.HEADER + "\n" + String.join("\n", lines) + "\n");
        return record;
    }

    private static String sha(String text) {
        return SpecRecord.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnchangedSpecFileIsNoChange(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("acme.yaml"), "codebook: 1\n");
        Path record = record(dir, "spec\tacme\t" + sha("codebook: 1\n") + "\tfile\t" + spec);
        assertEquals(Optional.empty(), SpecRecord.read(record).firstChange());
    }

    @Test
    void anEditedSpecFileIsAChangeThatNamesIt(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("acme.yaml"), "codebook: 1\n# edited\n");
        Path record = record(dir, "spec\tacme\t" + sha("codebook: 1\n") + "\tfile\t" + spec);
        assertEquals(Optional.of("the spec of catalog 'acme' changed (" + spec + ")"), SpecRecord.read(record).firstChange());
    }

    @Test
    void aDeletedSpecIsAChange(@TempDir Path dir) throws IOException {
        Path record = record(dir, "spec\tacme\t" + sha("x") + "\tfile\t" + dir.resolve("gone.yaml"));
        assertTrue(SpecRecord.read(record).firstChange().orElseThrow().contains("is gone"));
    }

    @Test
    void aSpecAppearingWhereItWouldShadowTheUsedOneIsAChange(@TempDir Path dir) throws IOException {
        Path override = dir.resolve("aiprise.yaml");
        Path record = record(dir, "absent\t" + override);
        assertEquals(Optional.empty(), SpecRecord.read(record).firstChange());
        Files.writeString(override, "codebook: 1\n");
        assertTrue(SpecRecord.read(record).firstChange().orElseThrow().startsWith("a spec now exists at " + override));
    }

    @Test
    void aSpecInsideAJarIsComparedByItsEntry(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("specs.jar");
        writeJar(jar, "codebook: 1\n");
        Path record = record(dir, "spec\taiprise\t" + sha("codebook: 1\n") + "\tjar\t" + jar + "\tcodebook/aiprise.yaml");
        assertEquals(Optional.empty(), SpecRecord.read(record).firstChange());
        writeJar(jar, "codebook: 1\n# new code\n");
        assertTrue(SpecRecord.read(record).firstChange().orElseThrow().endsWith("specs.jar!/codebook/aiprise.yaml)"));
    }

    @Test
    void theOutputsToRemoveAreTheGeneratedFilesTheirClassesAndTheAnnotatedElements(@TempDir Path dir) throws IOException {
        Path record = record(dir, "element\tcom/acme/package-info.class", "source\tcom/acme/AcmeCode.java",
                "resource\tcom/acme/AcmeCode_en.properties");
        Path sources = dir.resolve("gen");
        Path classes = dir.resolve("classes");
        assertEquals(List.of(classes.resolve("com/acme/package-info.class"), sources.resolve("com/acme/AcmeCode.java"),
                        classes.resolve("com/acme/AcmeCode.class"), classes.resolve("com/acme/AcmeCode_en.properties")),
                SpecRecord.read(record).outputs(sources, classes));
    }

    @Test
    void aRecordOfAnotherFormatIsRefused(@TempDir Path dir) throws IOException {
        Path record = Files.writeString(dir.resolve("inputs.txt"), "something else\n");
        try {
            SpecRecord.read(record);
            throw new AssertionError("expected an IOException");
        } catch (IOException expected) {
            assertTrue(expected.getMessage().contains("not a Codebook record"));
        }
    }

    private static void writeJar(Path jar, String spec) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("codebook/aiprise.yaml"));
            zip.write(spec.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    @Test
    void aRecordOfRelativePathsFollowsTheWorkspaceWhenItIsMoved(@TempDir Path dir) throws IOException {
        Path workspace = dir.resolve("before");
        Path recordDir = Files.createDirectories(workspace.resolve("target/generated-sources/annotations/META-INF/codebook"));
        Files.createDirectories(workspace.resolve("src/main/codebook"));
        Files.writeString(workspace.resolve("src/main/codebook/acme.yaml"), "codebook: 1\n");
        record(recordDir, "spec\tacme\t" + sha("codebook: 1\n") + "\tfile\t../../../../../src/main/codebook/acme.yaml",
                "absent\t../../../../../src/main/codebook/aiprise.yaml");

        Path moved = Files.move(workspace, dir.resolve("after"));
        Path movedRecord = moved.resolve("target/generated-sources/annotations/META-INF/codebook/inputs.txt");
        assertEquals(Optional.empty(), SpecRecord.read(movedRecord).firstChange(), "the moved workspace is unchanged");

        Files.writeString(moved.resolve("src/main/codebook/acme.yaml"), "codebook: 1\n# edited after the move\n");
        assertEquals(Optional.of("the spec of catalog 'acme' changed (" + moved.resolve("src/main/codebook/acme.yaml")
                + ")"), SpecRecord.read(movedRecord).firstChange(), "an edit in the new place is seen, not the old file");
    }

    @Test
    void aRebuiltProcessorIsAChangeEvenWhereNoSpecChanged(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("codebook-processor.jar"), "first build");
        Path record = record(dir, "processor\t" + sha("first build") + "\t" + jar);
        assertEquals(Optional.empty(), SpecRecord.read(record).firstChange());
        Files.writeString(jar, "second build");
        assertEquals(Optional.of("the Codebook processor changed (" + jar + ")"), SpecRecord.read(record).firstChange());
    }
}
