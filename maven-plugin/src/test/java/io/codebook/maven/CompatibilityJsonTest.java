package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codebook.processor.compat.Change;
import io.codebook.processor.compat.ChangeKind;
import io.codebook.processor.compat.CompatibilityReport;
import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.specset.SpecError;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON report is valid JSON whatever the texts hold, and says what the log says. */
class CompatibilityJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyChangeAndErrorIsThereWithItsPositionAndTheCountsPerEffect() throws Exception {
        CompatibilityReport report = new CompatibilityReport("io.acme:specs:1.0", "/p/src/main/codebook", 2, List.of(
                new Change("acme", ChangeKind.CODE_REMOVED, new SpecPosition("specs-1.0.jar!/codebook/acme.yaml", 68, 9),
                        "code 'BLURRY' (AcmeCode.BLURRY) was removed"),
                new Change("acme", ChangeKind.TEXT_CHANGED, new SpecPosition("/p/acme.yaml", 3, 1), "the title changed")),
                List.of(new SpecError("other", "current", new Problem(Optional.empty(), Problem.Severity.ERROR,
                        "CODEBOOK-SPEC-UNREADABLE", "the spec cannot be read"))));

        JsonNode json = JSON.readTree(CompatibilityJson.of(report, FailOn.COMPILE));

        assertEquals("io.acme:specs:1.0", json.get("baseline").asText());
        assertEquals("/p/src/main/codebook", json.get("current").asText());
        assertEquals("compile", json.get("failOn").asText());
        assertEquals(2, json.get("catalogs").asInt());
        assertEquals(1, json.get("counts").get("COMPILE").asInt());
        assertEquals(0, json.get("counts").get("RUNTIME").asInt());
        assertEquals(1, json.get("counts").get("SAFE").asInt());
        assertEquals(1, json.get("failing").asInt());
        JsonNode removed = json.get("changes").get(0);
        assertEquals("acme", removed.get("catalog").asText());
        assertEquals("COMPILE", removed.get("effect").asText());
        assertEquals("CODE_REMOVED", removed.get("kind").asText());
        assertEquals("specs-1.0.jar!/codebook/acme.yaml", removed.get("position").get("file").asText());
        assertEquals(68, removed.get("position").get("line").asInt());
        assertEquals(9, removed.get("position").get("column").asInt());
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) was removed", removed.get("message").asText());
        JsonNode error = json.get("errors").get(0);
        assertEquals("CODEBOOK-SPEC-UNREADABLE", error.get("id").asText());
        assertTrue(error.get("position").isNull(), "an error no spec position applies to");
    }

    @Test
    void quotesBackslashesControlCharactersAndLineSeparatorsAreEscaped() throws Exception {
        String nasty = "a \"quoted\" C:\\path\nnew line\ttab \u0001 \u2028 → Не принят";

        String string = CompatibilityJson.string(nasty);

        assertEquals("\"a \\\"quoted\\\" C:\\\\path\\nnew line\\ttab \\u0001 \\u2028 → Не принят\"", string);
        assertEquals(nasty, JSON.readTree(string).asText(), "reads back as the same text");
    }

    @Test
    void aReportWithoutChangesHasEmptyLists() throws Exception {
        JsonNode json = JSON.readTree(CompatibilityJson.of(new CompatibilityReport("a", "b", 0, List.of(), List.of()),
                FailOn.NONE));

        assertEquals(0, json.get("changes").size());
        assertEquals(0, json.get("errors").size());
        assertEquals(0, json.get("failing").asInt());
    }
}
