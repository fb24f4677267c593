package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The app run on every sample response, as the README's main command runs it. */
class ResponseSamplesTest {

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    private static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of(args), stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String sample(String name) {
        return Path.of("samples", name).toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "argos-step1-retry.json | 10 | Outcome: Retry: the user is asked to retry (2 code(s), retry count 1) | retry code \"glare_detected\": STEP1_RETRY_GLARE_DETECTED",
        "argos-step1-retry-limit.json | 15 | Next action: reject | canonical reason: IMAGE_QUALITY_POOR, documented action retry-capture",
        "argos-step2-error.json | 10 | Outcome: Error: the request failed with HTTP 400 | error code \"exceeded_72hour_limit\": STEP2_ERROR_EXCEEDED_72HOUR_LIMIT",
        "argos-webhook-reject.json | 15 | Outcome: Reject: the KYC was rejected | canonical reason: COUNTRY_NOT_ACCEPTED, documented action reject",
        "argos-webhook-retry-unknown.json | 13 | not in the catalog, kept as sent {code=hologram_missing, message=Please tilt your ID so the hologram shows} | Next action: manual-review",
        "yoti-aborted.json | 10 | Outcome: Aborted: no identity profile is returned (2 failure detail(s)) | failure detail \"OBJECT_OBSTRUCTION\": OBJECT_OBSTRUCTION",
        "yoti-requirements-not-met-single-object.json | 12 | Outcome: RequirementsNotMet: a profile was returned but the scheme was not met | failure detail \"UNABLE_TO_VERIFY_ADDRESS\"",
        "yoti-unknown-reason.json | 13 | reason code \"DEEPFAKE_SUSPECTED\": not in the catalog, kept as sent {code=DEEPFAKE_SUSPECTED} | Outcome: Unknown",
        "idanalyzer-warnings.json | 13 | vendor decided: accept -> proceed | warning \"VOICE_MISMATCH\": not in the catalog, kept as sent {code=VOICE_MISMATCH, severity=high, decision=review",
        "aiprise-result.json | 15 | vendor decided: DECLINED -> reject | warning in face_match \"LOW_FACE_SIMILARITY\": LOW_FACE_SIMILARITY",
        "biometric-technology-end.json | 10 | technology failure \"Liveness\" / \"CALC_RESULT\" / \"Closed eyes\": LIVENESS_CALC_RESULT_CLOSED_EYES | canonical reason: FACE_CAPTURE_CONDITIONS",
        "biometric-flow-end.json | 10 | Outcome: FlowFailure, TechnologyFailure | flow failure \"Flow\" / \"EXPIRED\" / \"Flow session was expired\": FLOW_EXPIRED_FLOW_SESSION_WAS_EXPIRED",
    })
    void everySampleIsReadAndExplainedAndTheExitStatusSaysWhichActionWon(String file, int status, String line1,
            String line2) {
        Run run = run(sample(file));
        assertEquals(status, run.status(), run.out() + run.err());
        assertTrue(run.out().contains(line1), run.out());
        assertTrue(run.out().contains(line2), run.out());
        assertTrue(run.out().contains("Next action: "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void everySampleInTheFolderIsCovered() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            samples.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().forEach(files::add);
        }
        assertEquals(13, files.size(), files.toString());
    }

    @Test
    void theEndUserMessageIsInTheLocaleAskedFor() {
        Run run = run("--locale", "ko", sample("argos-step1-retry.json"));
        assertTrue(run.out().contains("Tell the user (ko): " + CanonicalReason.IMAGE_QUALITY_POOR.userText(Locale.KOREAN)),
                run.out());
    }

    @Test
    void aTextWhosePlaceholdersTheResponseDoesNotFillShowsItsReasonsText() {
        Run run = run("--locale", "ru", sample("argos-webhook-reject.json"));
        assertTrue(run.out().contains("Tell the user (ru): "
                + CanonicalReason.COUNTRY_NOT_ACCEPTED.userText(Locale.forLanguageTag("ru"))), run.out());
        assertFalse(run.out().contains("{country}"), run.out());
    }

    @Test
    void jsonOutputCarriesTheSameForMachinesWithRawValues() throws IOException {
        Run run = run("--json", "--locale", "kk", sample("idanalyzer-warnings.json"));
        assertEquals(13, run.status());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("ID Analyzer", json.path("vendor").asText());
        assertEquals("manual-review", json.path("nextAction").asText());
        assertEquals("kk", json.path("locale").asText());
        JsonNode unknown = json.path("codes").get(2);
        assertFalse(unknown.path("known").asBoolean());
        assertEquals("VOICE_MISMATCH", unknown.path("raw").path("code").asText());
        assertEquals("high", unknown.path("raw").path("severity").asText());
        JsonNode glare = json.path("codes").get(0);
        assertEquals("IMAGE_QUALITY_POOR", glare.path("canonicalReason").asText());
        assertEquals("proceed", glare.path("vendorDecision").asText());
        assertEquals(CanonicalReason.IMAGE_QUALITY_POOR.userText(Locale.forLanguageTag("kk")), glare.path("userText").asText());
    }

    @Test
    void aResponseCanComeFromStandardInput() throws IOException {
        byte[] body = Files.readAllBytes(Path.of("samples", "yoti-aborted.json"));
        Run run = run(new ByteArrayInputStream(body), "-");
        assertEquals(10, run.status());
        assertTrue(run.out().contains("Vendor: Yoti"), run.out());
    }

    @Test
    void malformedJsonIsAClearErrorWithoutAStackTrace() {
        Run run = run(sample("malformed.json"));
        assertEquals(3, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: " + sample("malformed.json") + " is not valid JSON (line 1, column 43):"),
                run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void aPayloadOfNoKnownShapeAsksForTheVendor() {
        Run run = run(new ByteArrayInputStream("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8)), "-");
        assertEquals(4, run.status());
        assertTrue(run.err().contains("cannot tell the vendor from the payload's shape; name it with --vendor"), run.err());
    }

    @Test
    void aNamedVendorReadsAPayloadAsThatVendorsShape() {
        Run run = run(new ByteArrayInputStream("{\"warning\": [{\"code\": \"FAKE_ID\", \"decision\": \"reject\"}]}"
                .getBytes(StandardCharsets.UTF_8)), "--vendor", "id-analyzer", "-");
        assertEquals(15, run.status());
        assertTrue(run.out().contains("canonical reason: DOCUMENT_FORGERY"), run.out());
    }

    @Test
    void aMissingFileIsAClearError() {
        Run run = run("samples/no-such-file.json");
        assertEquals(3, run.status());
        assertTrue(run.err().startsWith("error: cannot read samples/no-such-file.json"), run.err());
    }

    @Test
    void anEmptyOrHostileBodyNeverThrows() {
        for (String body : List.of("", "null", "[]", "42", "{\"retry\": null}", "{\"retry\": [null, 3, {}]}",
                "{\"identity_profile\": {\"failure_reason\": {\"reason_code\": [1], \"requirements_not_met_details\": 7}}}",
                "{\"event\": \"flow.end\", \"flow\": {\"failure_reason\": {\"type\": null}}, \"technologies\": [1, null]}",
                "{\"id_info\": {\"warnings\": [null, {\"code\": {}}]}}", "{\"retryCount\": \"99999999999\", \"retry\": []}")) {
            Run run = run(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "-");
            assertTrue(List.of(0, 3, 4, 10, 11, 12, 13, 14, 15).contains(run.status()), body + ": " + run.status());
            assertFalse(run.err().contains("Exception"), body + ": " + run.err());
        }
        assertEquals(3, run(new ByteArrayInputStream(new byte[0]), "-").status(), "an empty body is unreadable");
        assertEquals(4, run(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)), "-").status(),
                "a list is no vendor's shape");
        assertEquals(13, run(new ByteArrayInputStream("{\"id_info\": {\"warnings\": [null, {\"code\": {}}]}}"
                .getBytes(StandardCharsets.UTF_8)), "-").status(), "a warning without a code goes to a person");
    }
}
