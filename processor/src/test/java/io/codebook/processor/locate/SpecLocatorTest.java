package io.codebook.processor.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLocatorTest {

    @Test
    void shippedSpecsAreFoundOnTheProcessorPathByCatalogId() {
        SpecLocator.Lookup lookup = new SpecLocator(List.of(), getClass().getClassLoader()).find("id-analyzer");
        SpecSource source = assertInstanceOf(SpecLocator.Found.class, lookup).source();
        assertTrue(source.displayPath().endsWith("codebook/id-analyzer.yaml"), source.displayPath());
    }

    @Test
    void aConsumersSpecDirectoryComesFirst(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("id-analyzer.yaml"), "override");
        SpecLocator.Lookup lookup = new SpecLocator(List.of(dir), getClass().getClassLoader()).find("id-analyzer");
        SpecSource source = assertInstanceOf(SpecLocator.Found.class, lookup).source();
        assertEquals(dir.resolve("id-analyzer.yaml").toString(), source.displayPath());
        assertEquals("override", new String(source.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void notFoundListsEveryPlaceSearched(@TempDir Path dir) {
        SpecLocator.Lookup lookup = new SpecLocator(List.of(dir), getClass().getClassLoader()).find("nobody");
        assertEquals(List.of(dir.resolve("nobody.yaml").toString(), "processor path: codebook/nobody.yaml"),
                assertInstanceOf(SpecLocator.NotFound.class, lookup).searched());
    }

    @Test
    void jarEntriesAreShownAsJarAndEntry() throws Exception {
        assertEquals("codebook-catalog-specs-0.1.0.jar!/codebook/x.yaml", SpecLocator.displayPath(
                new java.net.URL("jar:file:/home/u/.m2/codebook-catalog-specs-0.1.0.jar!/codebook/x.yaml"), "codebook/x.yaml"));
    }
}
