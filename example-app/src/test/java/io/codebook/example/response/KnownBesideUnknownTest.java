package io.codebook.example.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.codebook.runtime.Finding;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.VendorResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For every vendor, a body with one documented and one undocumented code keeps the documented one
 * typed: a code the vendor added never discards what the catalog does know.
 */
class KnownBesideUnknownTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "argos | {\"retry\": [{\"retryCode\": \"glare_detected\"}, {\"retryCode\": \"hologram_missing\"}], \"kycStatus\": \"incomplete\", \"retryCount\": 1} | STEP1_RETRY_GLARE_DETECTED ?hologram_missing",
        "argos | {\"Items\": [{\"kyc\": {\"result\": \"rejected\", \"commentCode\": [\"too_many_retry\", \"deepfake_suspected\"], \"comment\": [\"a\", \"b\"]}}]} | REJECT_TOO_MANY_RETRY ?deepfake_suspected",
        "yoti | {\"identity_profile\": {\"result\": \"ABORTED\", \"failure_reason\": {\"reason_code\": \"MISSING_LIVENESS\", \"requirements_not_met_details\": [{\"failure_type\": \"LIVENESS\", \"details\": \"DEEPFAKE\"}, {\"failure_type\": \"NEW_TYPE\", \"details\": \"USER_FAILED_LIVENESS\"}]}}} | MISSING_LIVENESS LIVENESS ?NEW_TYPE ?DEEPFAKE USER_FAILED_LIVENESS",
        "id-analyzer | {\"decision\": \"review\", \"warning\": [{\"code\": \"FACE_MISMATCH\", \"severity\": \"HIGH\", \"decision\": \"review\"}, {\"code\": \"VOICE_MISMATCH\", \"severity\": \"high\"}]} | FACE_MISMATCH ?VOICE_MISMATCH",
        "aiprise | {\"aiprise_summary\": {\"verification_result\": \"DECLINED\"}, \"id_info\": {\"warnings\": [{\"code\": \"DOCUMENT_EXPIRED\"}, {\"code\": \"MRZ_DATA_MISMATCH\"}]}} | DOCUMENT_EXPIRED ?MRZ_DATA_MISMATCH",
        "biometric-vision | {\"event\": \"flow.end\", \"data\": {\"session_result\": {\"status\": \"FAILED\", \"liveness_result\": {\"result\": false, \"failure_reason\": {\"type\": \"CALC_RESULT\", \"detail\": \"Low overall prediction\"}}, \"face2face_result\": {\"result\": false, \"failure_reason\": {\"type\": \"CALC_RESULT\", \"detail\": \"Spoofed twin\"}}}}} | LIVENESS_CALC_RESULT_LOW_OVERALL_PREDICTION ?Face2Face/CALC_RESULT/Spoofed twin",
    })
    void aDocumentedCodeStaysTypedBesideAnUndocumentedOne(String vendor, String body, String expected) throws IOException {
        ResponseReader<?> reader = VendorReaders.named(vendor).orElseThrow();
        VendorResponse response = reader.read(new ObjectMapper().readValue(body, Object.class), Map.of());
        List<String> codes = response.findings().stream().map(KnownBesideUnknownTest::named).toList();
        assertEquals(expected, String.join(" ", codes));
    }

    private static String named(Finding finding) {
        return finding.known().map(code -> code.name()).orElseGet(() -> "?" + (finding.code().sent().containsKey("code")
                ? finding.code().wire() : String.join("/", finding.code().sent().values())));
    }
}
