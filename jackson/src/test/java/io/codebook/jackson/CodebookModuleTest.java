package io.codebook.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.codebook.runtime.WireCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodebookModuleTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new CodebookModule());

    /** What an application's own DTO of an ID Analyzer warning looks like. */
    public record Warning(IdAnalyzerWarning code, IdAnalyzerWarning.Severity severity, WireCode<IdAnalyzerWarning> kept) {}

    @Test
    void aCodeIsWrittenAndReadAsTheVendorsWireValue() throws Exception {
        assertEquals("\"FACE_MISMATCH\"", json.writeValueAsString(IdAnalyzerWarning.FACE_MISMATCH));
        assertEquals(IdAnalyzerWarning.FACE_MISMATCH, json.readValue("\"FACE_MISMATCH\"", IdAnalyzerWarning.class));
        assertEquals("\"document_expired\"", json.writeValueAsString(CanonicalReason.DOCUMENT_EXPIRED.mappedCodes().stream()
                .filter(c -> c.catalog().id().equals("argos")).findFirst().orElseThrow()),
                "a composite-key catalog's code is written as its own wire code too");
    }

    @Test
    void attributeValuesRoundTripByTheVendorsSpelling() throws Exception {
        Warning read = json.readValue("{\"code\":\"GLARE_DETECTED\",\"severity\":\"Low\",\"kept\":\"GLARE_DETECTED\"}",
                Warning.class);
        assertEquals(IdAnalyzerWarning.Severity.LOW, read.severity());
        assertEquals(IdAnalyzerWarning.GLARE_DETECTED.severity(), read.severity());
        String written = json.writeValueAsString(read);
        assertEquals("{\"code\":\"GLARE_DETECTED\",\"severity\":\"Low\",\"kept\":\"GLARE_DETECTED\"}", written);
    }

    @Test
    void anUndocumentedCodeNeverThrowsAndAWireCodeKeepsItRaw() throws Exception {
        Warning read = json.readValue("{\"code\":\"BRAND_NEW_2027\",\"severity\":\"Catastrophic\",\"kept\":\"BRAND_NEW_2027\"}",
                Warning.class);
        assertNull(read.code(), "an enum can hold no unknown: null, documented in the module");
        assertNull(read.severity());
        assertEquals(Optional.empty(), read.kept().known());
        assertEquals("BRAND_NEW_2027", read.kept().wire(), "the raw value stays");
        assertEquals("\"BRAND_NEW_2027\"", json.writeValueAsString(read.kept()), "and is written back as it came");
        Warning odd = json.readValue("{\"code\":{\"nested\":[1,2]},\"kept\":42}", Warning.class);
        assertNull(odd.code(), "a value of the wrong JSON type is no code, and no exception");
        assertEquals("42", odd.kept().wire());
    }

    @Test
    void aDocumentedCodeNeverReadsAsNull() throws Exception {
        for (IdAnalyzerWarning code : IdAnalyzerWarning.values()) {
            assertEquals(code, json.readValue(json.writeValueAsString(code), IdAnalyzerWarning.class), code.code());
            WireCode<IdAnalyzerWarning> wire = json.readValue(json.writeValueAsString(code),
                    new TypeReference<WireCode<IdAnalyzerWarning>>() {});
            assertEquals(Optional.of(code), wire.known());
        }
    }

    @Test
    void codesAsMapKeysRoundTrip() throws Exception {
        Map<IdAnalyzerWarning, Integer> counts = Map.of(IdAnalyzerWarning.FACE_MISMATCH, 2);
        String written = json.writeValueAsString(counts);
        assertEquals("{\"FACE_MISMATCH\":2}", written);
        assertEquals(counts, json.readValue(written, new TypeReference<Map<IdAnalyzerWarning, Integer>>() {}));
    }

    @Test
    void aCompositeKeyCatalogIsRefusedWithAMessageThatSaysWhy() {
        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class,
                () -> json.readValue("\"document_expired\"", ArgosCode.class));
        assertTrue(refused.getMessage().contains("ArgosCode is keyed by several parts (see its fromKey)"),
                refused.getMessage());
    }

    @Test
    void listsOfWireCodesKeepKnownBesideUnknown() throws Exception {
        List<WireCode<IdAnalyzerWarning>> codes = json.readValue("[\"FACE_MISMATCH\", \"NEW_ONE\"]",
                new TypeReference<List<WireCode<IdAnalyzerWarning>>>() {});
        assertEquals(Optional.of(IdAnalyzerWarning.FACE_MISMATCH), codes.get(0).known());
        assertEquals(Optional.empty(), codes.get(1).known());
    }
}
