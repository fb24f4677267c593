package io.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.locate.SpecSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The build record names the consumer's specs relative to itself, so a moved workspace keeps working. */
class BuildRecordTest {

    @Test
    void specFilesAndWatchedPlacesAreWrittenRelativeToTheRecord() {
        Path project = Path.of("/work/acme").toAbsolutePath();
        Path spec = project.resolve("src/main/codebook/acme.yaml");
        BuildRecord record = new BuildRecord();
        record.spec(new SpecSource("acme", spec.toString(), Optional.of(spec), "codebook: 1\n".getBytes(StandardCharsets.UTF_8),
                Optional.of("file\t" + spec), List.of(project.resolve("src/main/codebook/acme.overlay.yaml"))));
        Path recordDirectory = project.resolve("target/generated-sources/annotations/META-INF/codebook");

        List<String> lines = new String(record.content(Optional.of(recordDirectory)), StandardCharsets.UTF_8).lines().toList();

        assertTrue(lines.contains("absent\t../../../../../src/main/codebook/acme.overlay.yaml"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("spec\tacme\t") && l.endsWith("\tfile\t../../../../../src/main/codebook/acme.yaml")),
                lines.toString());
    }

    @Test
    void whereTheRecordIsNotOnDiskPathsStayAsTheyWere() {
        assertEquals("/somewhere/acme.yaml", BuildRecord.relative("/somewhere/acme.yaml", Optional.empty()));
        assertEquals("jar-entry", BuildRecord.relative("jar-entry", Optional.of(Path.of("/x").toAbsolutePath())));
    }

    @Test
    void theProcessorJarIsRecordedByItsHash(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path jar = java.nio.file.Files.writeString(dir.resolve("codebook-processor.jar"), "bytes");
        BuildRecord record = new BuildRecord();
        record.processor(jar);
        String text = new String(record.content(Optional.empty()), StandardCharsets.UTF_8);
        assertTrue(text.contains("processor\t" + BuildRecord.sha256("bytes".getBytes(StandardCharsets.UTF_8)) + "\t"
                + jar.toAbsolutePath()), text);
    }
}
