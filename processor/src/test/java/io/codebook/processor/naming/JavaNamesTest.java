package io.codebook.processor.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UNRECOGNIZED_DOCUMENT | UNRECOGNIZED_DOCUMENT",
        "invalid_idType | INVALID_ID_TYPE",
        "blacklistCountry | BLACKLIST_COUNTRY",
        "id_info_dataMismatch | ID_INFO_DATA_MISMATCH",
        "Could not send image to liveness service | COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE",
        "Can`t connect to face2face service | CAN_T_CONNECT_TO_FACE2FACE_SERVICE",
        "HTTPStatus | HTTP_STATUS",
        "exceeded_72hour_limit | EXCEEDED_72HOUR_LIMIT",
        "0123 | _0123",
        "102 | _102",
        "=1 | _1",
        "Address v1 / v2 | ADDRESS_V1_V2",
        "DL service not available now. | DL_SERVICE_NOT_AVAILABLE_NOW",
    })
    void constantNamesAreDerivedDeterministicallyFromWireValues(String wire, String expected) {
        assertEquals(Optional.of(expected), JavaNames.constantName(wire));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "café_crème | CAFE_CREME",
        "ÄÖÜ | AOU",
        "Straße | STRASSE",
        "Łódź | LODZ",
        "документ_просрочен | ДОКУМЕНТ_ПРОСРОЧЕН",
        "Ошибка сервиса | ОШИБКА_СЕРВИСА",
        "λάθος | ΛΆΘΟΣ",
        "顔認証エラー | 顔認証エラー",
        "ключ_й | КЛЮЧ_Й",
    })
    void lettersOfEveryScriptAreKeptAndLatinLettersLoseTheirAccents(String wire, String expected) {
        assertEquals(Optional.of(expected), JavaNames.constantName(wire));
        assertTrue(JavaNames.isConstantStyle(expected), expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "", "~ ~", "—", "%"})
    void valuesWithoutLettersOrDigitsHaveNoDerivedName(String wire) {
        assertEquals(Optional.empty(), JavaNames.constantName(wire));
    }

    @ParameterizedTest
    @CsvSource({"id-analyzer, IdAnalyzer", "biometric-vision, BiometricVision", "argos, Argos", "requirements-not-met, RequirementsNotMet"})
    void typeNamesAreUpperCamelOfTheId(String id, String expected) {
        assertEquals(expected, JavaNames.typeName(id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DOCUMENT_EXPIRED | documentExpired",
        "STEP1_RETRY_MRZ | step1RetryMrz",
        "RequirementsNotMet | requirementsNotMet",
        "_1 | case1",
        "CLASS | caseClass",
        "TO_STRING | caseToString",
        "UNKNOWN | caseUnknown",
        "ОШИБКА | ошибка",
    })
    void memberNamesAreLowerCamelAndNeverAKeywordOrAReservedMethod(String constant, String expected) {
        assertEquals(expected, JavaNames.memberName(constant, Reserved.HANDLER_METHODS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "_", "1abc", "a-b", "enum", "var", "yield", "record"})
    void keywordsRestrictedNamesAndInvalidIdentifiersAreNotIdentifiers(String name) {
        assertFalse(JavaNames.isIdentifier(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"httpStatus", "_1", "HIGH", "Ä", "ОШИБКА"})
    void validIdentifiersAre(String name) {
        assertTrue(JavaNames.isIdentifier(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"High", "hIGH", "HIGH-1", "1HIGH"})
    void constantsHaveNoLowerCaseLetter(String name) {
        assertFalse(JavaNames.isConstantStyle(name));
    }

    @org.junit.jupiter.api.Test
    void reservedJavaLangNamesCoverTheTypesOfThisJdk() {
        Set<String> missing = new java.util.TreeSet<>();
        for (String name : Set.of("String", "Object", "Error", "Record", "Override", "Enum", "Integer", "Math")) {
            if (!Reserved.JAVA_LANG.contains(name)) {
                missing.add(name);
            }
        }
        assertEquals(Set.of(), missing);
    }
}
