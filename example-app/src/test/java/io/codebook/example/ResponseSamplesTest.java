package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codebook.example.response.ResponseCommand;
import io.codebook.runtime.NextAction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The app run on every sample body (published by the vendors, assembled from published parts, or
 * hand-made for documented shapes with no published sample: see samples/README.md), as the README's
 * main command runs it: each one's shape, verdict, codes and next action are pinned here.
 */
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

    /**
     * file | shape | verdict | codes (the catalog's constant, {@code ?wire} for a code it does not
     * know, {@code (i)} for an informational one) | next action.
     */
    static Stream<String> samples() {
        return Stream.of(
        "aiprise/error--non-200-message.json | error | error |  | manual-review",
        "aiprise/event--common-fields.json | case-event | in-progress |  | wait",
        "aiprise/event--verification-session-started.json | case-event | in-progress |  | wait",
        "aiprise/kyb-decision-callback--approved-truncated-capture.json | business-decision | approved |  | proceed",
        "aiprise/run-status--failed.handmade.json | run-status | error |  | manual-review",
        "aiprise/user-verification--declined-with-warnings.handmade.json | user-verification | declined | DOCUMENT_EXPIRED LOW_FACE_SIMILARITY | reject",
        "aiprise/user-verification--newer-warning-codes.handmade.json | user-verification | review | ?DOCUMENT_TOO_FAR BIRTH_DATE_MISMATCH | manual-review",
        "aiprise/verification-result-old--approved-trailing-comma.json | user-verification | approved |  | proceed",
        "argos/get-submission--rejected-too-many-retry-attempts.json | submission | declined | REJECT_TOO_MANY_RETRY | reject",
        "argos/prestep2-validationaccount--retry-scalar-retrycode.json | account-validation | retry-requested | ?invalid_bank_code | manual-review",
        "argos/prestep2-validationaccount--success.json | account-validation | in-progress |  | wait",
        "argos/step-error--exceeded-72hour-limit.handmade.json | step-error | error | STEP2_ERROR_EXCEEDED_72HOUR_LIMIT | restart",
        "argos/step1-retry--two-codes.handmade.json | step-retry | retry-requested | STEP1_RETRY_GLARE_DETECTED STEP1_RETRY_IMAGE_TOO_BLURRY | retry-capture",
        "argos/step2-retry--known-and-unknown-code.handmade.json | step-retry | retry-requested | STEP2_RETRY_FACE_COMPARE_UNDERSCORE ?brand_new_retry_code | manual-review",
        "argos/step2-retry--one-code-face-compare.json | step-retry | retry-requested | STEP2_RETRY_FACE_COMPARE_UNDERSCORE | retry-capture",
        "argos/step2-third-retry--rejected-no-code.json | step-result | declined |  | reject",
        "argos/webhook-aml--not-screened.json | webhook-other | unknown |  | manual-review",
        "argos/webhook-approved--gitbook-additional-list-object.json | webhook-approved | unknown |  | manual-review",
        "argos/webhook-approved--id-document.json | webhook-approved | approved |  | proceed",
        "argos/webhook-approved--older-page-additional-list-array.json | webhook-approved | unknown |  | manual-review",
        "argos/webhook-created--no-retry.json | webhook-created | in-progress |  | wait",
        "argos/webhook-created--with-retrycode.json | webhook-retry | retry-requested | ?{retry_code} | manual-review",
        "argos/webhook-rejected--older-page-no-duplicated-information.json | webhook-rejected | declined | ?string | reject",
        "argos/webhook-rejected--scalar-commentcode.json | webhook-rejected | declined | ?string | reject",
        "argos/webhook-rejected--too-many-retry.handmade.json | webhook-rejected | declined | REJECT_TOO_MANY_RETRY | reject",
        "argos/webhook-retry--step1-code.handmade.json | webhook-retry | retry-requested | STEP1_RETRY_GLARE_DETECTED | retry-capture",
        "argos/webhook-submit--pending.json | webhook-other | pending |  | wait",
        "argos/webhook-updated--kyc-result-string.json | webhook-other | unknown |  | manual-review",
        "biometric-vision/flow-end--failed-calc-result-low-overall-prediction.json | flow-end | declined | LIVENESS_CALC_RESULT_LOW_OVERALL_PREDICTION | reject",
        "biometric-vision/flow-end--finished-success.json | flow-end | approved |  | proceed",
        "biometric-vision/flow-start--technologies.json | started | in-progress |  | wait",
        "biometric-vision/technology-end--liveness-failed.handmade.json | technology-end | declined | LIVENESS_CALC_RESULT_LOW_OVERALL_PREDICTION | reject",
        "biometric-vision/technology-end--liveness-success-failure-reason-null.json | technology-end | approved |  | proceed",
        "biometric-vision/technology-start--liveness-head-position.json | started | in-progress |  | wait",
        "id-analyzer/error--401-unauthorized.json | error | error |  | manual-review",
        "id-analyzer/scan--reject-two-warnings-fragment.json | transaction | declined | UNRECOGNIZED_DOCUMENT PHYSICAL_DOCUMENT_MISSING | reject",
        "id-analyzer/transaction--accept-with-known-and-unknown-warning.handmade.json | transaction | approved | GLARE_DETECTED ?VOICE_MISMATCH | proceed",
        "id-analyzer/transaction--docupass-expired.handmade.json | transaction | declined | ?DOCUPASS_EXPIRED | reject",
        "yoti/aml-error--payload-validation.json | error | error |  | manual-review",
        "yoti/idv-error--400-code-message-errors.json | error | error |  | manual-review",
        "yoti/idv-error--400-errors-missing-property-or-message.json | error | error |  | manual-review",
        "yoti/idv-session--aborted-identity-profile-two-details.json | identity-profile-aborted | aborted | UNABLE_TO_VALIDATE_DOCUMENT ID_DOCUMENT_FACE_MATCH(i) ID_DOCUMENT_AUTHENTICITY(i) PARTIAL_PHOTO OBJECT_OBSTRUCTION | restart",
        "yoti/idv-session--aborted-missing-liveness-empty-strings.json | identity-profile-aborted | aborted | MISSING_LIVENESS LIVENESS(i) USER_FAILED_LIVENESS | restart",
        "yoti/idv-session--advanced-profile-two-frameworks-requirements-not-met.json | advanced-identity-profile | declined | MANDATORY_DOCUMENT_NOT_PROVIDED ID_DOCUMENT_EXTRACTION(i) ID_DOCUMENT_AUTHENTICITY(i) ?something not right ?something still not right | reject",
        "yoti/idv-session--completed-advanced-identity-profile-done.json | advanced-identity-profile | approved | ?MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED | manual-review",
        "yoti/idv-session--completed-identity-profile-done-with-details.json | identity-profile | approved | ?MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED ?someStringHere(i) ?someStringHere | manual-review",
        "yoti/idv-session--completed-identity-profile-done.json | identity-profile | approved | ?MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED | manual-review",
        "yoti/idv-session--ongoing-resources-and-checks.json | session | in-progress |  | wait",
        "yoti/share-v1-activity--error-details-error-reason-array.json | share-v1 | unknown | ?ERROR_CODE_FOR_SHARE | manual-review",
        "yoti/share-v1-receipt--failure-error-details.json | share-v1 | declined | ?SOME_ERROR_CODE | reject",
        "yoti/share-v1-receipt--failure-missing-error-code.json | share-v1 | declined |  | reject",
        "yoti/share-v1-receipt--failure-no-error-details.json | share-v1 | declined |  | reject",
        "yoti/share-v1-receipt--minimal-not-equal-to-success.json | share-v1 | unknown |  | manual-review",
        "yoti/share-v1-receipt--success-with-error-details.json | share-v1 | declined | FRAUD_DETECTED | reject",
        "yoti/share-v2-receipt--error-reason-array-one-item.assembled.json | share-error | aborted | MANDATORY_DOCUMENT_NOT_PROVIDED ID_DOCUMENT_COUNTRY(i) ?NOT_APPLICABLE_FOR_SCHEME | manual-review",
        "yoti/share-v2-receipt--error-reason-array-two-details.json | share-error | aborted | MANDATORY_DOCUMENT_NOT_PROVIDED ID_DOCUMENT_EXTRACTION(i) ID_DOCUMENT_AUTHENTICITY(i) ?something not right ?something still not right | manual-review",
        "yoti/share-v2-receipt--error-reason-empty-array.assembled.json | share-error | aborted | MANDATORY_DOCUMENT_NOT_PROVIDED | user-action",
        "yoti/share-v2-receipt--error-reason-null-details.assembled.json | share-error | aborted | MANDATORY_DOCUMENT_NOT_PROVIDED | user-action",
        "yoti/share-v2-receipt--error-reason-single-object.assembled.json | share-error | aborted | MANDATORY_DOCUMENT_NOT_PROVIDED ID_DOCUMENT_COUNTRY(i) ?NOT_APPLICABLE_FOR_SCHEME | manual-review"
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsReadWithItsShapeVerdictCodesAndNextAction(String row) throws IOException {
        String[] expected = Arrays.stream(row.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        Run text = run(sample(expected[0]));
        NextAction action = NextAction.fromSpecName(expected[4]).orElseThrow();
        assertEquals(ResponseCommand.exitStatus(action), text.status(), text.out() + text.err());
        assertTrue(text.out().contains("Shape: " + expected[1]), text.out());
        assertTrue(text.out().contains("Next action: " + expected[4]), text.out());
        assertEquals("", text.err());
        JsonNode json = new ObjectMapper().readTree(run("--json", sample(expected[0])).out());
        assertEquals(expected[1], json.path("shape").asText());
        assertEquals(expected[2], json.path("verdict").asText());
        List<String> codes = new ArrayList<>();
        for (JsonNode code : json.path("codes")) {
            String wire = code.path("raw").has("code") ? code.path("raw").path("code").asText()
                    : String.join("/", code.path("raw").findValuesAsText(""));
            codes.add((code.path("known").asBoolean() ? code.path("constant").asText() : "?" + wire)
                    + (code.path("informational").asBoolean() ? "(i)" : ""));
        }
        assertEquals(expected[3], String.join(" ", codes));
        assertEquals(expected[4], json.path("nextAction").asText());
    }

    @Test
    void everySampleInTheFolderIsPinned() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(Path.of("samples"))) {
            walk.filter(p -> p.toString().endsWith(".json")).map(p -> Path.of("samples").relativize(p).toString())
                    .forEach(files::add);
        }
        files.remove("malformed.json");
        TreeSet<String> pinned = new TreeSet<>(samples().map(row -> row.split("\\|")[0].strip()).toList());
        assertEquals(pinned, files);
    }

    @Test
    void aResponseDeclinedWithoutAnyCodeNeverProceeds() {
        Run run = run(sample("argos/step2-third-retry--rejected-no-code.json"));
        assertEquals(15, run.status(), run.out());
        assertTrue(run.out().contains("Next action: reject (decided by the verdict)"), run.out());
    }

    @Test
    void theStepTheBodyDoesNotCarryIsFoundFromItsCodesOrGiven() {
        assertTrue(run(sample("argos/webhook-retry--step1-code.handmade.json")).out()
                .contains("\"glare_detected\" (step 1, kind retry): STEP1_RETRY_GLARE_DETECTED"));
        Run wrongStep = run("--step", "2", sample("argos/webhook-retry--step1-code.handmade.json"));
        assertTrue(wrongStep.out().contains("not in the catalog, kept as sent {step=2, kind=retry, code=glare_detected}"),
                "a step given is the step looked up with: " + wrongStep.out());
        assertEquals(13, wrongStep.status());
    }

    @Test
    void theEndUserMessageIsInTheLocaleAskedFor() {
        Run run = run("--locale", "ko", sample("argos/step1-retry--two-codes.handmade.json"));
        assertTrue(run.out().contains("Tell the user (ko): " + CanonicalReason.IMAGE_QUALITY_POOR.userText(Locale.KOREAN)),
                run.out());
    }

    @Test
    void jsonOutputCarriesTheSameForMachinesWithRawValues() throws IOException {
        Run run = run("--json", "--locale", "kk", sample("id-analyzer/scan--reject-two-warnings-fragment.json"));
        assertEquals(15, run.status());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("ID Analyzer", json.path("vendor").asText());
        assertEquals("reject", json.path("nextAction").asText());
        assertEquals("kk", json.path("locale").asText());
        assertEquals("reject", json.path("statuses").path("/decision").asText());
        JsonNode first = json.path("codes").get(0);
        assertEquals("UNRECOGNIZED_DOCUMENT", first.path("constant").asText());
        assertEquals("high", first.path("raw").path("severity").asText());
        assertEquals("Document not recognized.", first.path("raw").path("description").asText());
        assertEquals("reject", first.path("vendorDecision").asText());
        assertEquals(CanonicalReason.DOCUMENT_NOT_RECOGNIZED.userText(Locale.forLanguageTag("kk")),
                first.path("userText").asText());
    }

    @Test
    void anIntegrationErrorIsSaidEvenWhenTheVendorsDeclineWins() throws IOException {
        // the hand-made declined verification, with one warning that says our request lacked fields
        String body = Files.readString(Path.of("samples", "aiprise", "user-verification--declined-with-warnings.handmade.json"))
                .replace("\"DOCUMENT_EXPIRED\"", "\"API_DATA_REQUIREMENTS_NOT_MET\"");
        Run run = run(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "--vendor", "aiprise", "-");
        assertEquals(15, run.status(), run.out());
        assertTrue(run.out().contains("Integration error: a code says our request or configuration is wrong"), run.out());
        Run json = run(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "--json", "--vendor", "aiprise",
                "-");
        assertTrue(new ObjectMapper().readTree(json.out()).path("integrationError").asBoolean(), json.out());
    }

    @Test
    void suggestSpecPrintsTheEntryToAddForEachCodeTheCatalogLacks() {
        Run run = run("--suggest-spec", sample("aiprise/user-verification--newer-warning-codes.handmade.json"));
        assertEquals(1, run.status(), "the catalog lacks a value: " + run.out());
        assertTrue(run.out().contains(String.join("\n",
                "# DOCUMENT_TOO_FAR arrived as a 'warning' at /<section>/warnings/*/code.",
                "# Put it under the group it belongs to; this response's known 'warning' codes are in: document-mismatch.",
                "      - code: DOCUMENT_TOO_FAR",
                "        description: \"Document is too far from camera\"   # the vendor's message as sent;"
                        + " use the documented text where there is one",
                "        canonicalReason: UNCLASSIFIED   # choose the reason it means (canonical-reasons); until then a"
                        + " person looks")), run.out());
        assertFalse(run.out().contains("DOB_VERIFICATION_FAILED"), "an old name read through its alias is known");
        Run known = run("--suggest-spec", sample("aiprise/kyb-decision-callback--approved-truncated-capture.json"));
        assertEquals(0, known.status(), "nothing to add: " + known.out());
    }

    @Test
    void suggestSpecGivesACompositeKeysPartsAndSaysWhatAnUnknownStatusIs() {
        Run argos = run("--suggest-spec", sample("argos/step2-retry--known-and-unknown-code.handmade.json"));
        assertEquals(1, argos.status(), argos.out());
        assertTrue(argos.out().matches("(?s).*      - code: \\S+\n        step: \"?2\"?   # a key part, as sent\n.*"),
                argos.out());
        String body = "{\"verification_session_id\": \"vs\", \"status\": \"ARCHIVED\", \"aiprise_summary\":"
                + " {\"verification_result\": \"APPROVED\"}}";
        Run status = run(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "--suggest-spec", "--vendor",
                "aiprise", "-");
        assertTrue(status.out().contains("# status ARCHIVED at /status is in none of the spec's status vocabularies"),
                status.out());
    }

    @Test
    void suggestSpecOnAPublishedBodyReportsItsPlaceholderStatusAndCodeWithTheirPointers() {
        // ARGOS's published rejected webhook writes "string" for every value (samples/README.md)
        Run run = run("--suggest-spec", sample("argos/webhook-rejected--scalar-commentcode.json"));
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains("# status string at /kyc_result/status is in none of the spec's status"
                + " vocabularies"), run.out());
        assertTrue(run.out().contains(String.join("\n",
                "# string arrived as a 'reject' at /kyc_result/commentCode.",
                "# Put it under the group it belongs to.",
                "      - code: string",
                "        kind: reject   # a key part, as sent")), run.out());
    }

    @Test
    void suggestedYamlQuotesWhatPlainYamlWouldReadOtherwise() {
        assertEquals("DOCUMENT_TOO_FAR", io.codebook.example.response.SpecSuggestionsAccess.yaml("DOCUMENT_TOO_FAR"));
        assertEquals("\"no\"", io.codebook.example.response.SpecSuggestionsAccess.yaml("no"));
        assertEquals("\"a: \\\"b\\\"\"", io.codebook.example.response.SpecSuggestionsAccess.yaml("a: \"b\""));
        assertEquals("\"0123\"", io.codebook.example.response.SpecSuggestionsAccess.yaml("0123"));
    }

    @Test
    void aResponseCanComeFromStandardInput() throws IOException {
        byte[] body = Files.readAllBytes(Path.of("samples", "yoti", "idv-session--aborted-identity-profile-two-details.json"));
        Run run = run(new ByteArrayInputStream(body), "-");
        assertEquals(17, run.status(), "an aborted session: restart");
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
    void aBodyOfNoKnownShapeAsksForTheVendor() {
        Run run = run(new ByteArrayInputStream("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8)), "-");
        assertEquals(4, run.status());
        assertTrue(run.err().contains("cannot tell the vendor from the body's shape; name it with --vendor"), run.err());
    }

    @Test
    void aNamedVendorsBodyOfNoDocumentedShapeGoesToAPersonAndKeepsItsExitStatus() {
        Run run = run(new ByteArrayInputStream("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8)),
                "--vendor", "id-analyzer", "-");
        assertEquals(4, run.status());
        assertTrue(run.out().contains("Shape: unrecognized"), run.out());
        assertTrue(run.out().contains("Next action: manual-review"), run.out());
    }

    @Test
    void aNamedVendorReadsABodyAsThatVendorsShape() {
        Run run = run(new ByteArrayInputStream(("{\"decision\": \"reject\", \"warning\": [{\"code\": \"FAKE_ID\","
                + " \"decision\": \"reject\"}]}").getBytes(StandardCharsets.UTF_8)), "--vendor", "id-analyzer", "-");
        assertEquals(15, run.status());
        assertTrue(run.out().contains("canonical reason: DOCUMENT_COUNTERFEIT"), run.out());
    }

    @Test
    void aMissingFileIsAClearError() {
        Run run = run("samples/no-such-file.json");
        assertEquals(3, run.status());
        assertTrue(run.err().startsWith("error: cannot read samples/no-such-file.json"), run.err());
    }

    @Test
    void anEmptyOrHostileBodyNeverThrowsAndNeverProceeds() {
        for (String body : List.of("null", "[]", "42", "\"text\"", "{\"retry\": null}", "{\"retry\": [null, 3, {}]}",
                "{\"identity_profile\": {\"failure_reason\": {\"reason_code\": [1], \"requirements_not_met_details\": 7}}}",
                "{\"event\": \"flow.end\", \"data\": {\"session_result\": {\"liveness_result\": 5}}}",
                "{\"aiprise_summary\": {\"verification_result\": {}}, \"id_info\": {\"warnings\": [null, {\"code\": {}}]}}",
                "{\"retryCount\": \"99999999999\", \"retry\": [], \"kycStatus\": 7}")) {
            Run run = run(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "-");
            assertTrue(List.of(3, 4, 10, 11, 12, 13, 14, 15).contains(run.status()), body + ": " + run.status());
            assertFalse(run.err().contains("Exception"), body + ": " + run.err());
        }
        assertEquals(3, run(new ByteArrayInputStream(new byte[0]), "-").status(), "an empty body is unreadable");
        assertEquals(4, run(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)), "-").status(),
                "a list is no vendor's shape");
    }
}
