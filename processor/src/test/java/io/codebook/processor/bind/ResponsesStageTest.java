package io.codebook.processor.bind;

import static io.codebook.processor.bind.CatalogBinderTest.problems;
import static io.codebook.processor.bind.CatalogBinderTest.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Responses;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code responses} part of a spec: read into the model, and every mistake reported where it is written. */
class ResponsesStageTest {

    /** A catalog keyed by step, kind and code, like ARGOS, with a retry outcome (a list) and a reject outcome. */
    private static final String CATALOG = String.join("\n",
            "codebook: 1",
            "catalog: {id: t, vendor: V, title: T, source: {document: d.txt}}",
            "key: [step, kind, code]",
            "attributes:",
            "  step: {type: integer}",
            "  kind: {type: enum, required: true, values: [retry, reject]}",
            "outcomes:",
            "  - {id: retry, codes: {where: {kind: retry}}, list: true, fields: {retryCount: {type: integer}}}",
            "  - {id: reject, codes: {where: {kind: reject}}}",
            "groups:",
            "  - {id: one, title: One, shared: {step: 1, kind: retry}, codes: [{code: glare}]}",
            "  - {id: two, title: Two, shared: {step: 2, kind: retry}, codes: [{code: blur}]}",
            "  - {id: rejects, title: Rejects, shared: {kind: reject}, codes: [{code: too_many}]}",
            "responses:",
            "");

    private static final String VALID = String.join("\n",
            "  context: {step: {type: integer}}",
            "  statuses:",
            "    status: {values: {incomplete: retry-requested, rejected: declined, done: undecided}}",
            "  shapes:",
            "    - id: step-retry",
            "      source: https://example.com/retry",
            "      when: [{present: /retry}]",
            "      verdict: [{at: /status, status: status}]",
            "      attempts: /retryCount",
            "      outcomes:",
            "        - kind: retry",
            "          codes: /retry/*/code",
            "          key: {step: {context: step}}",
            "          fields: {retryCount: /retryCount}",
            "          companions: {message: /retry/*/message}",
            "    - id: rejected",
            "      source: https://example.com/rejected",
            "      when: [{at: /trigger, equals: rejected}]",
            "      verdict: declined",
            "      outcomes: [{kind: reject, code: /comment/code}]",
            "");

    @Test
    void aValidDescriptionIsReadWithItsShapesInOrder() {
        CatalogBinder.Result result = validate(CATALOG + VALID);
        Catalog catalog = result.catalog().orElseThrow(() -> new AssertionError(result.problems().all()));
        Responses responses = catalog.responses().orElseThrow();
        assertEquals(List.of("step-retry", "rejected"), responses.shapes().stream().map(Responses.Shape::id).toList());
        Responses.Shape retry = responses.shapes().get(0);
        assertEquals("/retry/*/code", retry.outcomes().get(0).codes().orElseThrow().text());
        assertEquals(Map.of("incomplete", Optional.of("retry-requested"), "rejected", Optional.of("declined"),
                "done", Optional.empty()), responses.statuses().get(0).values(), "undecided reads as no verdict");
        assertEquals(Optional.of("declined"), responses.shapes().get(1).fixedVerdict());
        assertTrue(retry.outcomes().get(0).key().get("step") instanceof Responses.FromContext);
    }

    private static void assertReported(String responses, String... expected) {
        List<String> problems = problems(CATALOG + responses);
        assertEquals(expected.length, problems.size(), String.join("\n", problems));
        for (int i = 0; i < expected.length; i++) {
            assertTrue(problems.get(i).startsWith(expected[i]), "expected " + expected[i] + "\nbut was " + problems.get(i));
        }
    }

    @Test
    void aMisspeltVocabularyIsReportedWhereItIsReadWithTheOneMeant() {
        assertReported(VALID.replace("status: status}", "status: statsu}"),
                "t.yaml:22:39: status vocabulary 'statsu' (read in shape 'step-retry') is not declared under 'statuses'"
                        + " of 'responses'. Did you mean 'status'?");
    }

    @Test
    void aStatusValueMappedToNoVerdictNamesTheVerdicts() {
        assertReported(VALID.replace("rejected: declined,", "rejected: denied,"),
                "t.yaml:17:62: 'denied' (value 'rejected' of status vocabulary 'status') is not a verdict. Verdicts:"
                        + " approved, in-progress, pending, retry-requested, review, error, aborted, declined, undecided.");
    }

    @Test
    void aPathIsAJsonPointerAndSaysWhatIsWrongWithIt() {
        assertReported(VALID.replace("attempts: /retryCount", "attempts: retryCount"),
                "t.yaml:23:17: 'retryCount' ('attempts' of shape 'step-retry') is not a path into a body: it must start"
                        + " with '/'");
        assertReported(VALID.replace("codes: /retry/*/code", "codes: /retry/*x/code"),
                "t.yaml:26:18: '/retry/*x/code' ('codes' of outcome 'retry' of shape 'step-retry') is not a path into a"
                        + " body: '*' stands alone");
    }

    @Test
    void aListOutcomeReadsItsCodesWithAStar() {
        assertReported(VALID.replace("codes: /retry/*/code", "codes: /retry/code"),
                "t.yaml:26:18: 'codes' '/retry/code' of outcome 'retry' of shape 'step-retry' reaches one value");
        assertReported(VALID.replace("codes: /retry/*/code", "code: /retry/0/code"),
                "t.yaml:26:17: outcome 'retry' of shape 'step-retry' has 'code', but its kind holds a list of codes");
    }

    @Test
    void everyKeyPartTheLookupNeedsIsGivenAndNoOther() {
        assertReported(VALID.replace("          key: {step: {context: step}}\n", ""),
                "t.yaml:25:11: outcome 'retry' of shape 'step-retry' needs key part 'step' to look its codes up");
        assertReported(VALID.replace("key: {step: {context: step}}", "key: {step: {context: step}, kind: /kind}"),
                "t.yaml:27:40: key part 'kind' of outcome 'retry' of shape 'step-retry' is not needed: the outcome's"
                        + " kind implies it");
        assertReported(VALID.replace("{context: step}}", "{context: stpe}}"),
                "t.yaml:27:33: key part 'step' of outcome 'retry' of shape 'step-retry' takes context value 'stpe',"
                        + " which 'context' of 'responses' does not declare. Did you mean 'step'?");
    }

    @Test
    void aPathThroughWhatTheShapeSaysIsAbsentOrATextCanNeverReachAValue() {
        assertReported(VALID.replace("when: [{at: /trigger, equals: rejected}]",
                        "when: [{at: /trigger, equals: rejected}, {absent: /comment}]"),
                "t.yaml:34:39: '/comment/code' in shape 'rejected' can never reach a value: the shape is recognised only"
                        + " when /comment is absent");
        assertReported(VALID.replace("code: /comment/code", "code: /trigger/code"),
                "t.yaml:34:39: '/trigger/code' in shape 'rejected' can never reach a value: the shape is recognised only"
                        + " when /trigger is a text");
    }

    @Test
    void aCompanionIsBoundToItsCodeByTheSameWildcards() {
        assertReported(VALID.replace("message: /retry/*/message", "message: /retry/*/messages/*"),
                "t.yaml:29:33: companion '/retry/*/messages/*' of outcome 'retry' of shape 'step-retry' cannot be matched"
                        + " to each code of '/retry/*/code'");
    }

    @Test
    void aKindThatIsNoOutcomeAndAFieldItDoesNotHaveAreReportedWithTheOnesMeant() {
        assertReported(VALID.replace("kind: reject, code", "kind: rejct, code"),
                "t.yaml:34:25: 'rejct' (in shape 'rejected') is not an outcome of the catalog. Did you mean 'reject'?");
        assertReported(VALID.replace("fields: {retryCount: /retryCount}", "fields: {retryCont: /retryCount}"),
                "t.yaml:28:20: 'retryCont' is not a field of outcome 'retry' of shape 'step-retry'. Did you mean"
                        + " 'retryCount'?");
    }

    @Test
    void aShapeWithoutConditionsVerdictOrSourceIsReportedForEach() {
        assertReported(VALID.replace("      source: https://example.com/rejected\n", "")
                        .replace("      when: [{at: /trigger, equals: rejected}]\n", "")
                        .replace("      verdict: declined\n", ""),
                "t.yaml:30:7: a shape of 'responses' needs 'source'",
                "t.yaml:30:7: a shape of 'responses' needs 'when'",
                "t.yaml:30:7: shape 'rejected' needs a 'verdict'");
    }

    @Test
    void aStatusValueWrittenInACaseItIsNeverMatchedInIsReported() {
        assertReported(VALID.replace("status: {values:", "status: {case: upper, values:"),
                "t.yaml:17:36: value 'incomplete' of status vocabulary 'status' is matched in upper case, so it can only"
                        + " ever match 'INCOMPLETE'",
                "t.yaml:17:65: value 'rejected' of status vocabulary 'status' is matched in upper case",
                "t.yaml:17:85: value 'done' of status vocabulary 'status' is matched in upper case");
    }

    @Test
    void aContextValueOfAnotherTypeThanItsKeyPartIsReportedWithTheTypeToDeclare() {
        assertReported(VALID.replace("context: {step: {type: integer}}", "context: {step: {type: string}}"),
                "t.yaml:27:33: key part 'step' of outcome 'retry' of shape 'step-retry' gives context value 'step', a"
                        + " string, but the key part is an integer, so no code could ever be found by it. Declare the"
                        + " context value with type 'integer'.");
    }

    @Test
    void aContextValueMayNotBeNamedLikeTheBody() {
        assertReported(VALID.replace("context: {step: {type: integer}}", "context: {step: {type: integer}, tree: {type: string}}"),
                "t.yaml:15:36: context value 'tree' would share its name with the body");
    }
}
