package io.codebook.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reference is replaced whole, and only a reference is ever replaced. */
class ReferenceWriterTest {

    private static final ReferenceFile INDEX = ReferenceFile.text(Links.INDEX, "<!DOCTYPE html>");
    private static final ReferenceFile SCRIPT = ReferenceFile.text(Links.SCRIPT, "var CODEBOOK_INDEX = {};");

    @Test
    void aNewReferenceReplacesTheOldOneWholeAndLeavesNothingBeside(@TempDir Path target) throws IOException {
        Path reference = target.resolve("codebook-reference");
        new ReferenceWriter().write(List.of(INDEX, SCRIPT, ReferenceFile.text("catalogs/gone.html", "old")), reference);
        new ReferenceWriter().write(List.of(INDEX, SCRIPT, ReferenceFile.text("catalogs/kept.html", "new")), reference);

        assertFalse(Files.exists(reference.resolve("catalogs/gone.html")), "a catalog no longer documented is gone");
        assertEquals("new", Files.readString(reference.resolve("catalogs/kept.html")));
        try (Stream<Path> beside = Files.list(target)) {
            assertEquals(List.of(reference), beside.toList(), "no staging directory is left");
        }
    }

    @Test
    void aDirectoryThatIsNoReferenceIsNeverReplaced(@TempDir Path target) throws IOException {
        Files.writeString(target.resolve("app.jar"), "the build's output");
        IOException refused = assertThrows(IOException.class, () -> new ReferenceWriter().write(List.of(INDEX, SCRIPT),
                target));
        assertTrue(refused.getMessage().contains("is not a Codebook reference"), refused.getMessage());
        assertEquals("the build's output", Files.readString(target.resolve("app.jar")));
    }
}
