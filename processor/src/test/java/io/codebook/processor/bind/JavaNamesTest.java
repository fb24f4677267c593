package io.codebook.processor.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
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
        "=1 | _1",
        "Address v1 / v2 | ADDRESS_V1_V2",
        "DL service not available now. | DL_SERVICE_NOT_AVAILABLE_NOW",
    })
    void constantNamesAreDerivedDeterministicallyFromWireValues(String wire, String expected) {
        assertEquals(Optional.of(expected), JavaNames.constantName(wire));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "", "~ ~", "ÄÖÜ"})
    void valuesWithoutAsciiLettersOrDigitsHaveNoDerivedName(String wire) {
        assertEquals(Optional.empty(), JavaNames.constantName(wire));
    }

    @ParameterizedTest
    @CsvSource({"id-analyzer, IdAnalyzer", "biometric-vision, BiometricVision", "argos, Argos"})
    void typeNamesAreUpperCamelOfTheId(String id, String expected) {
        assertEquals(expected, JavaNames.typeName(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "_", "1abc", "a-b", "enum"})
    void keywordsAndInvalidIdentifiersAreNotIdentifiers(String name) {
        assertFalse(JavaNames.isIdentifier(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"httpStatus", "_1", "HIGH", "Ä"})
    void validIdentifiersAre(String name) {
        assertTrue(JavaNames.isIdentifier(name));
    }
}
