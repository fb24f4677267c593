package io.codebook.runtime.internal;

import static io.codebook.runtime.internal.Trees.arr;
import static io.codebook.runtime.internal.Trees.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.codebook.runtime.Verdict;
import io.codebook.runtime.internal.WireValues.Case;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StatusReadingTest {

    private static final Optional<Verdict> UNDECIDED = Optional.empty();

    /**
     * A vocabulary as generated code has one: documented values (normalised as the spec says) map to
     * a verdict, or to nothing where they do not decide; an undocumented value gives {@code UNKNOWN}.
     */
    private static Function<String, Optional<Verdict>> vocabulary(Case normalise, Object... valuesAndVerdicts) {
        Map<String, Optional<Verdict>> documented = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndVerdicts.length; i += 2) {
            Verdict verdict = (Verdict) valuesAndVerdicts[i + 1];
            documented.put((String) valuesAndVerdicts[i], Optional.ofNullable(verdict));
        }
        return text -> documented.getOrDefault(WireValues.text(text, false, normalise), Optional.of(Verdict.UNKNOWN));
    }

    /** ARGOS's kycStatus, matched in lower case. */
    private static final Function<String, Optional<Verdict>> KYC_STATUS = vocabulary(Case.LOWER,
            "approved", Verdict.APPROVED, "incomplete", Verdict.RETRY_REQUESTED, "pending", Verdict.PENDING,
            "rejected", Verdict.DECLINED, "submitted", null);

    /** Yoti's session state: only the end of a session decides, and only that it is over. */
    private static final Function<String, Optional<Verdict>> YOTI_STATE = vocabulary(Case.EXACT,
            "ONGOING", Verdict.IN_PROGRESS, "COMPLETED", null, "EXPIRED", Verdict.ABORTED);

    /** Yoti's identity profile result. */
    private static final Function<String, Optional<Verdict>> YOTI_RESULT = vocabulary(Case.EXACT,
            "DONE", Verdict.APPROVED, "ABORTED", Verdict.DECLINED);

    /** Reads each decided verdict's spec name through a vocabulary that documents all of them. */
    private static final Function<String, Optional<Verdict>> ANY_VERDICT = Verdict::fromSpecName;

    @Test
    void nothingReadIsUnknown() {
        StatusReading reading = new StatusReading();
        assertEquals(Verdict.UNKNOWN, reading.verdict());
        assertEquals(Map.of(), reading.sent());
    }

    @Test
    void oneDocumentedValueDecides() {
        for (Verdict verdict : Verdict.values()) {
            if (verdict == Verdict.UNKNOWN) {
                continue;
            }
            StatusReading reading = new StatusReading();
            reading.read("/status", verdict.specName(), ANY_VERDICT);
            assertEquals(verdict, reading.verdict());
        }
    }

    @Test
    void theMostCautiousOfTwoVerdictsWinsWhicheverIsReadFirst() {
        for (Verdict first : Verdict.values()) {
            for (Verdict second : Verdict.values()) {
                Verdict expected = first.compareTo(second) >= 0 ? first : second;
                for (boolean reversed : new boolean[] {false, true}) {
                    StatusReading reading = new StatusReading();
                    reading.read("/a", "x", text -> Optional.of(reversed ? second : first));
                    reading.read("/b", "y", text -> Optional.of(reversed ? first : second));
                    assertEquals(expected, reading.verdict(), first + " and " + second);
                }
            }
        }
    }

    @Test
    void twoFieldsThatDisagreeNeverAddUpToAnApproval() {
        StatusReading reading = new StatusReading();
        reading.read("/identity_profile/result", "DONE", YOTI_RESULT);
        reading.read("/state", "ONGOING", YOTI_STATE);
        assertEquals(Verdict.IN_PROGRESS, reading.verdict());
    }

    @Test
    void theMostCautiousOfManyFieldsWins() {
        StatusReading reading = new StatusReading();
        reading.read("/a", "approved", KYC_STATUS);
        reading.read("/b", "rejected", KYC_STATUS);
        reading.read("/c", "pending", KYC_STATUS);
        reading.read("/d", "incomplete", KYC_STATUS);
        assertEquals(Verdict.DECLINED, reading.verdict());
    }

    @Test
    void anUndocumentedValueIsUnknown() {
        StatusReading reading = new StatusReading();
        reading.read("/kycStatus", "frozen", KYC_STATUS);
        assertEquals(Verdict.UNKNOWN, reading.verdict());
        assertEquals(Map.of("/kycStatus", "frozen"), reading.sent());
    }

    @Test
    void anUndocumentedValueOverridesAnApprovalButNotADecline() {
        StatusReading approved = new StatusReading();
        approved.read("/identity_profile/result", "DONE", YOTI_RESULT);
        approved.read("/state", "PAUSED", YOTI_STATE);
        assertEquals(Verdict.UNKNOWN, approved.verdict());

        StatusReading declined = new StatusReading();
        declined.read("/state", "PAUSED", YOTI_STATE);
        declined.read("/identity_profile/result", "ABORTED", YOTI_RESULT);
        assertEquals(Verdict.DECLINED, declined.verdict());
    }

    @Test
    void aValueDocumentedAsUndecidedDoesNotDecide() {
        StatusReading reading = new StatusReading();
        reading.read("/state", "COMPLETED", YOTI_STATE);
        assertEquals(Verdict.UNKNOWN, reading.verdict(), "nothing decided");
        assertEquals(Map.of("/state", "COMPLETED"), reading.sent(), "but the value is kept");
    }

    @Test
    void aValueDocumentedAsUndecidedLeavesTheDecisionToTheOthers() {
        StatusReading reading = new StatusReading();
        reading.read("/state", "COMPLETED", YOTI_STATE);
        reading.read("/identity_profile/result", "DONE", YOTI_RESULT);
        assertEquals(Verdict.APPROVED, reading.verdict());

        StatusReading after = new StatusReading();
        after.read("/identity_profile/result", "DONE", YOTI_RESULT);
        after.read("/state", "COMPLETED", YOTI_STATE);
        assertEquals(Verdict.APPROVED, after.verdict());
    }

    @Test
    void aStatusTheResponseDoesNotCarryIsNotReadAtAll() {
        StatusReading reading = new StatusReading();
        List<String> asked = new ArrayList<>();
        reading.read("/kycStatus", null, text -> {
            asked.add(text);
            return Optional.of(Verdict.APPROVED);
        });
        assertEquals(List.of(), asked);
        assertEquals(Verdict.UNKNOWN, reading.verdict());
        assertEquals(Map.of(), reading.sent());
    }

    @Test
    void aMissingStatusLeavesTheOthersToDecide() {
        StatusReading reading = new StatusReading();
        reading.read("/identity_profile/result", null, YOTI_RESULT);
        reading.read("/state", "EXPIRED", YOTI_STATE);
        assertEquals(Verdict.ABORTED, reading.verdict());
        assertEquals(Map.of("/state", "EXPIRED"), reading.sent());
    }

    @Test
    void valuesAreKeptAsSentByPointerInTheOrderRead() {
        StatusReading reading = new StatusReading();
        reading.read("/kycStatus", "InComplete", KYC_STATUS);
        reading.read("/state", "COMPLETED", YOTI_STATE);
        reading.read("/extra", "whatever", KYC_STATUS);
        assertEquals(Verdict.UNKNOWN, reading.verdict());
        assertEquals(List.of("/kycStatus", "/state", "/extra"), List.copyOf(reading.sent().keySet()));
        assertEquals("InComplete", reading.sent().get("/kycStatus"), "kept as sent, not as normalised");
    }

    @Test
    void anEmptyValueIsKeptAndReadLikeAnyOther() {
        StatusReading reading = new StatusReading();
        reading.read("/kycStatus", "", KYC_STATUS);
        assertEquals(Verdict.UNKNOWN, reading.verdict());
        assertEquals(Map.of("/kycStatus", ""), reading.sent());
    }

    @Test
    void everyValueAtAWildcardPointerCountsTowardsTheVerdict() {
        Map<String, Object> body = obj("data", obj(
                "liveness_result", obj("status", "approved"),
                "face2face_result", obj("status", "rejected"),
                "document_result", obj("status", "approved")));
        StatusReading reading = new StatusReading();
        String pointer = "/data/<tech>_result/status";
        for (String text : WireValues.texts(WirePointer.parse(pointer).all(body, false), true, Case.EXACT)) {
            reading.read(pointer, text, KYC_STATUS);
        }
        assertEquals(Verdict.DECLINED, reading.verdict());
        assertEquals(List.of(pointer), List.copyOf(reading.sent().keySet()));
    }

    /** A per-scheme status: Yoti's {@code requirements_met}, one per scheme of a session. */
    private static final Function<String, Optional<Verdict>> REQUIREMENTS_MET = vocabulary(Case.LOWER,
            "true", Verdict.APPROVED, "false", Verdict.DECLINED);

    @Test
    void readingAListCountsEveryValueAndKeepsThemJoined() {
        Map<String, Object> body = obj("identity_profile", obj("schemes", arr(
                obj("type", "RTW", "requirements_met", true),
                obj("type", "DBS", "requirements_met", false),
                obj("type", "UK_TFIDA", "requirements_met", true))));
        String pointer = "/identity_profile/schemes/*/requirements_met";
        StatusReading reading = new StatusReading();
        reading.readAll(pointer, WireValues.texts(WirePointer.parse(pointer).all(body, true), true, Case.EXACT), REQUIREMENTS_MET);
        assertEquals(Verdict.DECLINED, reading.verdict());
        assertEquals(Map.of(pointer, "true, false, true"), reading.sent());
    }

    @Test
    void readingAListWithAnUndocumentedValueIsUnknownEvenIfTheOthersApprove() {
        StatusReading reading = new StatusReading();
        reading.readAll("/schemes/*/requirements_met", List.of("true", "maybe", "true"), REQUIREMENTS_MET);
        assertEquals(Verdict.UNKNOWN, reading.verdict());
        assertEquals(Map.of("/schemes/*/requirements_met", "true, maybe, true"), reading.sent());
    }

    @Test
    void readingAListOfOneKeepsThatValueAsSent() {
        StatusReading reading = new StatusReading();
        reading.readAll("/schemes/*/requirements_met", List.of("TRUE"), REQUIREMENTS_MET);
        assertEquals(Verdict.APPROVED, reading.verdict());
        assertEquals(Map.of("/schemes/*/requirements_met", "TRUE"), reading.sent());
    }

    @Test
    void readingAnEmptyListReadsNothing() {
        StatusReading reading = new StatusReading();
        reading.readAll("/schemes/*/requirements_met", List.of(), REQUIREMENTS_MET);
        assertEquals(Verdict.UNKNOWN, reading.verdict());
        assertEquals(Map.of(), reading.sent());
    }

    @Test
    void aListAndASingleFieldAreWeighedTogether() {
        StatusReading reading = new StatusReading();
        reading.read("/state", "COMPLETED", YOTI_STATE);
        reading.readAll("/schemes/*/requirements_met", List.of("true", "true"), REQUIREMENTS_MET);
        reading.read("/identity_profile/result", "DONE", YOTI_RESULT);
        assertEquals(Verdict.APPROVED, reading.verdict());
        assertEquals(List.of("/state", "/schemes/*/requirements_met", "/identity_profile/result"),
                List.copyOf(reading.sent().keySet()));

        reading.read("/identity_profile/result", "ABORTED", YOTI_RESULT);
        assertEquals(Verdict.DECLINED, reading.verdict());
    }

    @Test
    void anArgosBodyIsReadFromItsKycStatus() {
        Map<String, Object> body = obj("retry", arr(obj("retryCode", "a", "retryMsg", "m")), "kycStatus", "incomplete",
                "retryCount", 3);
        StatusReading reading = new StatusReading();
        reading.read("/kycStatus", WireValues.text(WirePointer.parse("/kycStatus").first(body, false), true), KYC_STATUS);
        assertEquals(Verdict.RETRY_REQUESTED, reading.verdict());
        assertEquals(Map.of("/kycStatus", "incomplete"), reading.sent());
    }

    @Test
    void theValuesReadCannotBeChangedAndDoNotFollowLaterReads() {
        StatusReading reading = new StatusReading();
        reading.read("/kycStatus", "approved", KYC_STATUS);
        Map<String, String> sent = reading.sent();
        assertThrows(UnsupportedOperationException.class, () -> sent.put("/state", "EXPIRED"));
        reading.read("/state", "EXPIRED", YOTI_STATE);
        assertEquals(Map.of("/kycStatus", "approved"), sent);
        assertEquals(Map.of("/kycStatus", "approved", "/state", "EXPIRED"), reading.sent());
    }

    @Test
    void aVocabularyIsAskedExactlyTheTextSent() {
        List<String> asked = new ArrayList<>();
        StatusReading reading = new StatusReading();
        reading.read("/status", " Approved ", text -> {
            asked.add(text);
            return UNDECIDED;
        });
        assertEquals(List.of(" Approved "), asked);
    }
}
