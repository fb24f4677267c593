package io.codebook.processor.compat;

import static io.codebook.processor.compat.SpecVersions.REASONS;
import static io.codebook.processor.compat.SpecVersions.VENDOR;
import static io.codebook.processor.compat.SpecVersions.assertKinds;
import static io.codebook.processor.compat.SpecVersions.compare;
import static io.codebook.processor.compat.SpecVersions.only;
import static io.codebook.processor.compat.SpecVersions.vendorChanged;
import static io.codebook.processor.compat.SpecVersions.vendorWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to how a catalog's responses are described: the response type, its shapes and its status vocabularies. */
class ResponseChangesTest {

    private static final String FAILURE_SHAPE = String.join("\n",
            "    - id: failure",
            "      javaName: FailureBody",
            "      source: acme.txt",
            "      when: [{present: /error}]",
            "      verdict: error",
            "      outcomes:",
            "        - kind: error",
            "          code: /error/code",
            "");

    private static String withoutResponses() {
        String spec = SpecVersions.VENDOR;
        int start = spec.indexOf("responses:\n");
        return spec.substring(0, start) + spec.substring(spec.indexOf("groups:\n"));
    }

    @Test
    void responsesNoLongerDescribedBreakCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, withoutResponses());

        assertKinds(report, ChangeKind.RESPONSES_REMOVED);
        assertEquals("the responses of catalog 'acme' are no longer described: AcmeResponse and its read(...) are gone",
                report.changes().get(0).message());
    }

    @Test
    void responsesNewlyDescribedAreSafe(@TempDir Path dir) {
        CompatibilityReport report = compare(dir, Map.of("acme", withoutResponses(), "acme-reasons", REASONS),
                Map.of("acme", VENDOR, "acme-reasons", REASONS));

        assertKinds(report, ChangeKind.RESPONSES_ADDED);
    }

    @Test
    void aRenamedResponseTypeBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("responses:\n", "responses:\n  javaName: AcmeReply\n"));

        assertKinds(report, ChangeKind.TYPE_RENAMED);
        assertEquals("the response type AcmeResponse is now AcmeReply: AcmeResponse is gone",
                report.changes().get(0).message());
    }

    @Test
    void aReaderTakingAnotherContextValueBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("responses:\n",
                "responses:\n  context:\n    step: {type: integer}\n"));

        assertKinds(report, ChangeKind.READ_SIGNATURE_CHANGED);
        assertEquals("AcmeResponse.read(Object tree, Integer step) takes other values than AcmeResponse.read(Object"
                + " tree)", report.changes().get(0).message());
    }

    @Test
    void aRemovedShapeBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(FAILURE_SHAPE, ""));

        assertKinds(report, ChangeKind.SHAPE_REMOVED);
        Change removed = report.changes().get(0);
        assertEquals(Effect.COMPILE, removed.effect());
        assertEquals("shape 'failure' (AcmeResponse.FailureBody) was removed: its record and its handler are gone; its"
                + " bodies read as another shape or as Unrecognized", removed.message());
    }

    @Test
    void anAddedShapeIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(FAILURE_SHAPE, FAILURE_SHAPE + String.join("\n",
                "    - id: pending",
                "      source: acme.txt",
                "      when: [{present: /pending}]",
                "      verdict: pending",
                "")));

        assertKinds(report, ChangeKind.SHAPE_ADDED);
    }

    @Test
    void aRenamedShapeRecordBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("javaName: FailureBody", "javaName: ErrorBody"));

        assertKinds(report, ChangeKind.SHAPE_RENAMED);
        assertEquals("shape 'failure' (AcmeResponse.FailureBody, handler failureBody) is now AcmeResponse.ErrorBody,"
                + " handler errorBody", report.changes().get(0).message());
    }

    @Test
    void aComponentHoldingAnotherOutcomeBreaksCompilationAndANewOneIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("        - kind: retry\n",
                "        - kind: retry\n          name: retries\n"));

        assertKinds(report, ChangeKind.SHAPE_COMPONENTS_CHANGED, ChangeKind.SHAPE_COMPONENT_ADDED,
                ChangeKind.RESPONSE_READING_CHANGED);
        assertEquals("shape 'answer' (AcmeResponse.Answer): retry() is gone",
                only(report, ChangeKind.SHAPE_COMPONENTS_CHANGED).message());
        assertEquals(Effect.SAFE, only(report, ChangeKind.SHAPE_COMPONENT_ADDED).effect());
    }

    @Test
    void otherConditionsOfAShapeChangeHowBodiesRead(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("when: [{present: /result}]",
                "when: [{present: /result}, {absent: /error}]"));

        assertKinds(report, ChangeKind.RESPONSE_READING_CHANGED);
        assertEquals("shape 'answer' (AcmeResponse.Answer) reads bodies otherwise: its conditions changed",
                report.changes().get(0).message());
    }

    @Test
    void shapesTriedInAnotherOrderChangeHowBodiesRead(@TempDir Path dir) {
        String answer = VENDOR.substring(VENDOR.indexOf("    - id: answer\n"), VENDOR.indexOf(FAILURE_SHAPE));
        CompatibilityReport report = vendorChanged(dir, vendorWith(answer + FAILURE_SHAPE, FAILURE_SHAPE + answer));

        assertKinds(report, ChangeKind.RESPONSE_READING_CHANGED);
        assertEquals("the shapes are tried in another order, [failure, answer] instead of [answer, failure]: a body that"
                + " fits several is read as another", report.changes().get(0).message());
    }

    @Test
    void emptyTextsReadAsAbsentChangeHowBodiesRead(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("responses:\n", "responses:\n  emptyIsAbsent: true\n"));

        assertKinds(report, ChangeKind.RESPONSE_READING_CHANGED);
    }

    @Test
    void aStatusValueNoLongerDocumentedReadsAsUnknown(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(", RUNNING: undecided}", "}"));

        assertKinds(report, ChangeKind.STATUS_VALUE_REMOVED);
        Change removed = report.changes().get(0);
        assertEquals(Effect.RUNTIME, removed.effect());
        assertEquals("status 'RUNNING' of status vocabulary 'result' is no longer documented: a body sending it reads as"
                + " UNKNOWN instead of undecided", removed.message());
    }

    @Test
    void aStatusValueMappedToAnotherVerdictChangesWhatAResponseConcludes(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("FAILED: declined", "FAILED: review"));

        assertKinds(report, ChangeKind.STATUS_VERDICT_CHANGED);
        assertEquals("status 'FAILED' of status vocabulary 'result' now concludes review instead of declined",
                report.changes().get(0).message());
    }

    @Test
    void aNewlyDocumentedStatusValueIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("RUNNING: undecided}", "RUNNING: undecided, HELD: review}"));

        assertKinds(report, ChangeKind.STATUS_VALUE_ADDED);
        assertEquals("status 'HELD' of status vocabulary 'result' was added: it concludes review where it read as"
                + " UNKNOWN", report.changes().get(0).message());
    }

    @Test
    void aVocabularyMatchingAnotherCaseChangesHowBodiesRead(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("    result:\n", "    result:\n      case: upper\n"));

        assertKinds(report, ChangeKind.RESPONSE_READING_CHANGED);
        assertEquals("status vocabulary 'result' now matches values upper-cased instead of as sent",
                report.changes().get(0).message());
    }
}
