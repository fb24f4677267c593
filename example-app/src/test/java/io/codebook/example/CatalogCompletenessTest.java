package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.codebook.runtime.CatalogCode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every row of every table of the five vendor documents (shared/seeds) is a code of the generated
 * catalogs. The expected numbers were counted in the documents themselves, section by section:
 * a row the document prints twice is one code, and the tests below say where that happens.
 */
class CatalogCompletenessTest {

    private static Map<String, Long> perSection(CatalogCode[] codes) {
        return Arrays.stream(codes).collect(Collectors.groupingBy(
                code -> code.group().title(), LinkedHashMap::new, Collectors.counting()));
    }

    private static Map<String, Long> sections(Object... titlesAndCounts) {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < titlesAndCounts.length; i += 2) {
            expected.put((String) titlesAndCounts[i], ((Integer) titlesAndCounts[i + 1]).longValue());
        }
        return expected;
    }

    @Test
    void idAnalyzerHasEveryRowOfItsFourTables() {
        // 004: 41 + 13 + 16 + 3 printed rows; the Biometric table prints FACE_MISMATCH, FACE_IDENTICAL
        // and FACE_LIVENESS_ERR twice, so it has 10 codes.
        assertEquals(sections(
                "Document and OCR Warnings", 41,
                "Biomertic Warnings", 10,
                "Anti-Forgery Warnings", 16,
                "AML/PEP Warnings", 3), perSection(IdAnalyzerWarning.values()));
    }

    @Test
    void aiPriseHasEveryRowOfItsTenTables() {
        assertEquals(sections(
                "Document and OCR Warnings", 14,
                "Document - Missing Fields", 11,
                "Document - Mismatch between supplied fields and extracted/lookup data.", 7,
                "Document Anti-forgery Warnings.", 15,
                "Biometric Warnings", 15,
                "ID Number Warnings", 4,
                "AML/PEP Warnings", 2,
                "IP Warnings", 1,
                "User Behaviour", 1,
                "Custom Error Code", 1), perSection(AiPriseWarning.values()));
    }

    @Test
    void biometricVisionHasEveryRowOfItsTenTables() {
        assertEquals(sections(
                "Liveness", 23,
                "Face2Face", 3,
                "Document Recognition", 14,
                "E-Document", 13,
                "Address v1 / v2", 5,
                "GBDFL v1 / v2", 8,
                "Face2Face (NPCK)", 2,
                "Kz-Info", 1,
                "DS Identifier / DS Signer", 11,
                "Flow", 2), perSection(BiometricVisionFailure.values()));
    }

    @Test
    void argosHasEveryCodeOfItsFiveSections() {
        // 001 prints 29, 24, 10, 20 and 20 code headings; in Step 1 errors invalid_idType is printed
        // three times and missing_parameters twice, in Step 2 errors face_validation_error twice:
        // each such code is one code with one message per printing.
        assertEquals(sections(
                "Step 1 - Retry Codes (200 ok)", 29,
                "Step 1 -Error Codes(400 Error)", 21,
                "Step 2 - Retry Codes (200 ok)", 10,
                "Step 2 - Error Codes (400 errors)", 19,
                "Reject Comment Code", 20), perSection(ArgosCode.values()));
        assertEquals(3, ArgosCode.STEP1_ERROR_INVALID_ID_TYPE.messages().size());
        assertEquals(2, ArgosCode.STEP1_ERROR_MISSING_PARAMETERS.messages().size());
        assertEquals(2, ArgosCode.STEP2_ERROR_FACE_VALIDATION_ERROR.messages().size());
    }

    @Test
    void yotiHasEveryReasonCodeFailureTypeAndDetail() {
        // 003: the Aborted table reprints MANDATORY_DOCUMENT_NOT_PROVIDED from the requirements-not-met
        // table (14 rows, 13 new codes).
        assertEquals(sections("Requirements not met info", 3, "Aborted", 13), perSection(YotiReasonCode.values()));
        assertEquals(sections("Requirements not met details", 8), perSection(YotiFailureType.values()));
        Map<String, Long> details = perSection(YotiFailureDetail.values());
        assertEquals(List.of(9L, 11L, 2L), List.copyOf(details.values()), details.toString());
        // the ID Check table's 11 rows: two details are printed twice, each row kept as a variant
        long idCheckRows = Arrays.stream(YotiFailureDetail.values())
                .filter(d -> d.group() == YotiFailureDetail.Group.ID_CHECK)
                .mapToLong(d -> Math.max(1, d.variants().size()))
                .sum();
        assertEquals(11, idCheckRows);
    }
}
