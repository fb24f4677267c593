package io.codebook.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.model.NamedCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reference documents: the catalogs a compilation would generate, read as the processor reads them, or errors. */
class ReferenceReaderTest {

    @Test
    void aSpecThatDoesNotBindIsAnErrorAtItsPositionAndNoReference(@TempDir Path project) throws IOException {
        String broken = HostileSpecTest.HOSTILE.replace("        level: \"<b>high</b>\"", "        level: hgh");
        ReferenceReader.Result result = new ReferenceReader(project).read(
                ShippedSpecs.withOwn(project.resolve("specs"), Map.of("hostile", broken)), "Test", List.of());

        assertTrue(result.catalogs().isEmpty(), "no reference from specs a compilation refuses");
        Problem error = result.errors().get(0);
        Path spec = project.resolve("specs/hostile.yaml");
        int line = Files.readAllLines(spec).indexOf("        level: hgh") + 1;
        assertEquals(spec + ":" + line + ":16", error.position().orElseThrow().toString());
        assertEquals("CODEBOOK-UNKNOWN-ATTRIBUTE-VALUE", error.id());
    }

    @Test
    void aProjectsSpecWinsOverTheShippedOneOfTheSameIdAndIsShownRelativeToTheProject(@TempDir Path project)
            throws IOException {
        String shipped = new String(ShippedSpecs.class.getClassLoader().getResourceAsStream("codebook/aiprise.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        String own = shipped.replace("description: \"Document is expired.\"", "description: \"Our own words.\"");
        ReferenceCatalogs catalogs = ShippedSpecs.read(ShippedSpecs.withOwn(project.resolve("src/main/codebook"),
                Map.of("aiprise", own)), project, List.of());

        assertEquals("src/main/codebook/aiprise.yaml", catalogs.specFile("aiprise"));
        NamedCatalog aiprise = catalogs.catalog("aiprise").orElseThrow();
        assertEquals("Our own words.", aiprise.codeOfWire("DOCUMENT_EXPIRED").orElseThrow().description().orElseThrow());
        assertTrue(catalogs.specFile("argos").endsWith("codebook/argos.yaml"), catalogs.specFile("argos"));
        assertTrue(ShippedSpecs.render(catalogs).get("catalogs/aiprise.html")
                .contains("<code>src/main/codebook/aiprise.yaml</code>"));
    }

    @Test
    void aChosenCatalogComesWithTheCatalogsItRefersTo() {
        ReferenceCatalogs catalogs = ShippedSpecs.read(ShippedSpecs.set(), Path.of("."), List.of("yoti-failure-type"));
        // failure types name reason codes, whose outcomes carry failure details: the chain is followed to its end
        assertEquals(List.of("canonical-reasons", "yoti-failure-detail", "yoti-failure-type", "yoti-reason"),
                catalogs.catalogs().stream().map(NamedCatalog::id).toList());
    }

    @Test
    void anUnknownCatalogIsAnErrorThatSuggestsTheNearestId() throws IOException {
        ReferenceReader.Result result = new ReferenceReader(Path.of(".")).read(ShippedSpecs.set(), "Test",
                List.of("aiprice"));
        assertTrue(result.catalogs().isEmpty());
        assertEquals("CODEBOOK-SPEC-NOT-FOUND", result.errors().get(0).id());
        assertTrue(result.errors().get(0).message().contains("Did you mean 'aiprise'?"), result.errors().get(0).message());
    }

    @Test
    void aReferenceToACodeNoCatalogHasIsAnErrorAtTheReference(@TempDir Path project) throws IOException {
        String dangling = HostileSpecTest.HOSTILE.replace("      - code: plain\n        canonicalReason: DOCUMENT_EXPIRED",
                "      - code: plain\n        canonicalReason: DOCUMENT_EXPIRD");
        ReferenceReader.Result result = new ReferenceReader(project).read(
                ShippedSpecs.withOwn(project.resolve("specs"), Map.of("hostile", dangling)), "Test", List.of("hostile"));
        assertTrue(result.catalogs().isEmpty());
        Problem error = result.errors().get(0);
        assertEquals("CODEBOOK-UNKNOWN-CODE", error.id(), result.errors().toString());
        Path spec = project.resolve("specs/hostile.yaml");
        int line = Files.readAllLines(spec).indexOf("        canonicalReason: DOCUMENT_EXPIRD") + 1;
        assertEquals(spec + ":" + line + ":26", error.position().orElseThrow().toString());
        assertTrue(error.message().contains("Did you mean 'DOCUMENT_EXPIRED'?"), error.message());
    }
}
