package io.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationPipelineTest {

    @Test
    void aCatalogWithAnyErrorGeneratesNothingWhileValidCatalogsOfTheRunStillDo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("half-right.yaml"), String.join("\n",
                "codebook: 1",
                "catalog: {id: half-right, vendor: V, title: T, source: {document: d.txt}}",
                "groups:",
                "  - id: g",
                "    title: G",
                "    codes:",
                "      - code: FINE",
                "      - code: ALSO_FINE",
                "        colour: red",
                ""));
        GenerationPipeline pipeline = Specs.pipeline(List.of(dir, Compiled.testSpecs()));

        List<GenerationPipeline.CatalogResult> outcomes = pipeline.run(List.of(
                new CatalogRequest("half-right", "test", null, null),
                new CatalogRequest("widget-warnings", "test", null, null)));

        assertTrue(outcomes.get(0).problems().hasErrors());
        assertTrue(outcomes.get(0).files().isEmpty(), "no file for the catalog with an error");
        assertTrue(outcomes.get(0).catalog().isEmpty());
        assertFalse(outcomes.get(1).problems().hasErrors());
        assertEquals(List.of("WidgetWarning", "WidgetWarningTable", "WidgetWarningsOutcome"),
                outcomes.get(1).files().stream().map(f -> f.simpleName()).toList());
        assertEquals("widget-reasons", outcomes.get(2).request().catalogId(), "a referenced catalog is loaded too");
        assertEquals(List.of("WidgetReason", "WidgetReasonTable"), outcomes.get(2).files().stream().map(f -> f.simpleName()).toList());
    }
}
