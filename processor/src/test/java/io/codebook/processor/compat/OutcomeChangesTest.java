package io.codebook.processor.compat;

import static io.codebook.processor.compat.SpecVersions.REASONS;
import static io.codebook.processor.compat.SpecVersions.assertKinds;
import static io.codebook.processor.compat.SpecVersions.compare;
import static io.codebook.processor.compat.SpecVersions.only;
import static io.codebook.processor.compat.SpecVersions.vendorChanged;
import static io.codebook.processor.compat.SpecVersions.vendorWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to a catalog's outcome kinds: the records of its sealed hierarchy, their codes and fields. */
class OutcomeChangesTest {

    private static final String ERROR_OUTCOME = "  - id: error\n    javaName: RequestError\n    codes: {where: {kind: error}}\n";
    private static final String ERROR_READ = "      outcomes:\n        - kind: error\n          code: /error/code\n";

    @Test
    void aRemovedOutcomeKindBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(ERROR_OUTCOME, "").replace(ERROR_READ, ""));

        assertKinds(report, ChangeKind.OUTCOME_REMOVED, ChangeKind.SHAPE_COMPONENTS_CHANGED,
                ChangeKind.RESPONSE_READING_CHANGED);
        Change removed = only(report, ChangeKind.OUTCOME_REMOVED);
        assertEquals(Effect.COMPILE, removed.effect());
        assertEquals("outcome 'error' (AcmeOutcome.RequestError) was removed: its record, its factory"
                + " AcmeOutcome.requestError(...) and its handler are gone", removed.message());
        assertEquals("shape 'failure' (AcmeResponse.FailureBody): requestError() is gone",
                only(report, ChangeKind.SHAPE_COMPONENTS_CHANGED).message());
    }

    @Test
    void aRenamedOutcomeKindBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("javaName: RequestError", "javaName: Failure"));

        assertKinds(report, ChangeKind.OUTCOME_RENAMED, ChangeKind.SHAPE_COMPONENTS_CHANGED,
                ChangeKind.SHAPE_COMPONENT_ADDED);
        assertEquals("outcome 'error' (AcmeOutcome.RequestError, AcmeOutcome.requestError(...)) is now"
                + " AcmeOutcome.Failure, AcmeOutcome.failure(...)", only(report, ChangeKind.OUTCOME_RENAMED).message());
    }

    @Test
    void anAddedOutcomeKindIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(ERROR_OUTCOME, ERROR_OUTCOME + "  - id: aborted\n"));

        assertKinds(report, ChangeKind.OUTCOME_ADDED);
        assertEquals("outcome 'aborted' (AcmeOutcome.Aborted) was added; exhaustive handlers of AcmeOutcome (Cases,"
                + " switch) are told to handle it", report.changes().get(0).message());
    }

    @Test
    void aCodeMovedToAnotherOutcomeKindLeavesTheFirstAndBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("      - code: BLURRY\n        severity: Low\n        kind: retry\n",
                "      - code: BLURRY\n        severity: Low\n        kind: error\n"));

        assertKinds(report, ChangeKind.CODE_LEFT_OUTCOME, ChangeKind.CODE_JOINED_OUTCOME, ChangeKind.VALUE_CHANGED);
        Change left = only(report, ChangeKind.CODE_LEFT_OUTCOME);
        assertEquals(Effect.COMPILE, left.effect());
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) is no longer a code of outcome 'retry' (AcmeOutcome.Retry):"
                + " AcmeOutcome.RetryCode.BLURRY is gone; a response's retry carrying it reads it as unrecognized there",
                left.message());
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) is now also a code of outcome 'error' (AcmeOutcome.RequestError)",
                only(report, ChangeKind.CODE_JOINED_OUTCOME).message());
    }

    @Test
    void anOutcomeThatNowHoldsCodesBreaksCompilation(@TempDir Path dir) {
        String before = vendorWith(ERROR_OUTCOME, ERROR_OUTCOME + "  - id: aborted\n");
        CompatibilityReport report = compare(dir, Map.of("acme", before, "acme-reasons", REASONS),
                Map.of("acme", vendorWith(ERROR_OUTCOME, ERROR_OUTCOME + "  - {id: aborted, codes: {where: {kind: error}}}\n"),
                        "acme-reasons", REASONS));

        assertKinds(report, ChangeKind.OUTCOME_CHANGED);
        assertEquals("outcome 'aborted' (AcmeOutcome.Aborted) now holds one code instead of no code",
                report.changes().get(0).message());
    }

    @Test
    void anOutcomeThatNowHoldsEveryCodeHoldsTheCatalogsOwnType(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("codes: {where: {kind: retry}}", "codes: {}"));

        assertKinds(report, ChangeKind.OUTCOME_CHANGED, ChangeKind.CODE_JOINED_OUTCOME, ChangeKind.CODE_JOINED_OUTCOME);
        assertEquals("outcome 'retry' (AcmeOutcome.Retry): its codes are now of type AcmeCode instead of"
                + " AcmeOutcome.RetryCode", only(report, ChangeKind.OUTCOME_CHANGED).message());
    }

    @Test
    void aRemovedFieldBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(
                "      verdict: {type: enum, values: [{value: accept, action: proceed}, {value: refuse, action: reject}]}\n", ""));

        assertKinds(report, ChangeKind.FIELD_REMOVED);
        assertEquals("field 'verdict' of outcome 'retry' (AcmeOutcome.Retry) was removed: its component and its factory"
                + " parameter are gone", report.changes().get(0).message());
    }

    @Test
    void anAddedFieldBreaksCompilationOfTheFactorysCallers(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("      attempt: {type: integer}\n",
                "      attempt: {type: integer}\n      session: {type: string}\n"));

        assertKinds(report, ChangeKind.FIELD_ADDED);
        Change added = report.changes().get(0);
        assertEquals(Effect.COMPILE, added.effect());
        assertEquals("field 'session' was added to outcome 'retry' (AcmeOutcome.Retry): its factory"
                + " AcmeOutcome.retry(...) takes one more value", added.message());
    }

    @Test
    void aFieldOfAnotherTypeBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("attempt: {type: integer}", "attempt: {type: string}"));

        assertKinds(report, ChangeKind.FIELD_TYPE_CHANGED);
        assertEquals("field 'attempt' of outcome 'retry' (AcmeOutcome.Retry) changed: its type is now string instead of"
                + " integer", report.changes().get(0).message());
    }

    @Test
    void aFieldsEnumValuesAreComparedLikeAttributes(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(", {value: refuse, action: reject}]}", "]}"));

        assertKinds(report, ChangeKind.VALUE_REMOVED);
        assertEquals("value 'refuse' (AcmeOutcome.Verdict.REFUSE) of field 'verdict' of outcome 'retry'"
                + " (AcmeOutcome.Retry) was removed", report.changes().get(0).message());
    }

    @Test
    void aRenamedOutcomeHierarchyBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("  javaName: AcmeCode\n",
                "  javaName: AcmeCode\n  outcomeJavaName: AcmeResult\n"));

        assertKinds(report, ChangeKind.TYPE_RENAMED);
        assertEquals(List.of("the outcome hierarchy AcmeOutcome is now AcmeResult: AcmeOutcome is gone"),
                report.changes().stream().map(Change::message).toList());
    }
}
