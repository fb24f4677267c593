package io.codebook.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    /** What every stub code answers the same way; the tests only care about codes, reasons and limits. */
    private interface StubCode extends CatalogCode {
        @Override
        default String name() {
            return code().toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        default CatalogGroup group() {
            return null;
        }

        @Override
        default Optional<String> description() {
            return Optional.empty();
        }

        @Override
        default List<VendorMessage> messages() {
            return List.of();
        }
    }

    private record Reason(String code, NextAction defaultAction) implements CanonicalReasonCode, StubCode {
        @Override
        public CatalogInfo catalog() {
            return new CatalogInfo("canonical-reasons", "Codebook", "Canonical reasons", "README");
        }
    }

    private record VendorCode(String code, CanonicalReasonCode canonicalReason, OptionalInt attemptLimit)
            implements MappedCode, StubCode {
        @Override
        public CatalogInfo catalog() {
            return new CatalogInfo("vendor", "Vendor", "Codes", "doc", attemptLimit);
        }
    }

    private static final Reason BLURRY = new Reason("IMAGE_QUALITY_POOR", NextAction.RETRY_CAPTURE);
    private static final Reason EXPIRED = new Reason("DOCUMENT_EXPIRED", NextAction.USER_ACTION);
    private static final Reason FORGED = new Reason("DOCUMENT_FORGERY", NextAction.MANUAL_REVIEW);

    private static Finding finding(String code, Reason reason) {
        return Finding.of(new VendorCode(code, reason, OptionalInt.empty()));
    }

    private static Finding unrecognized(String code) {
        return Finding.of("warning", WireCode.unrecognized(Map.of("code", code)));
    }

    private static NextAction resolve(Verdict verdict, Finding... findings) {
        return Resolution.resolve(verdict, List.of(findings)).action();
    }

    /** Every verdict but an approval. */
    private static List<Verdict> notApproving() {
        return Arrays.stream(Verdict.values()).filter(v -> v != Verdict.APPROVED).toList();
    }

    // --- the vendor's verdict decides whether the verification passed ---------------------------

    @Test
    void noVerdictButAnApprovalEverResolvesToProceedWhateverCodesCame() {
        Finding proceeding = finding("fine", new Reason("INFORMATIONAL", NextAction.PROCEED));
        Finding decidedAccept = finding("FACE_MISMATCH", FORGED).withDecision(Optional.of(NextAction.PROCEED), "accept");
        for (Verdict verdict : notApproving()) {
            for (List<Finding> findings : List.of(List.<Finding>of(), List.of(unrecognized("NEW")), List.of(proceeding),
                    List.of(decidedAccept))) {
                Resolution resolution = Resolution.resolve(verdict, findings);
                assertNotEquals(NextAction.PROCEED, resolution.action(), verdict + " with " + findings);
                assertEquals(verdict, resolution.verdict());
            }
        }
    }

    @Test
    void aDeclinedVerdictRejectsEvenWhenItsCodesAskForLess() {
        assertEquals(NextAction.REJECT, resolve(Verdict.DECLINED));
        assertEquals(NextAction.REJECT, resolve(Verdict.DECLINED, finding("blur", BLURRY)));
        assertEquals(NextAction.REJECT, resolve(Verdict.DECLINED, finding("expired", EXPIRED)));
        assertTrue(Resolution.resolve(Verdict.DECLINED, List.of(finding("blur", BLURRY))).decisive().isEmpty(),
                "the verdict decided, not the code");
    }

    @Test
    void eachVerdictHasTheActionItAsksForWhenNoCodeSaysMore() {
        assertEquals(NextAction.PROCEED, resolve(Verdict.APPROVED));
        assertEquals(NextAction.WAIT, resolve(Verdict.IN_PROGRESS), "the vendor is still at it");
        assertEquals(NextAction.WAIT, resolve(Verdict.PENDING), "the vendor's own review decides, not ours");
        assertEquals(NextAction.RETRY_CAPTURE, resolve(Verdict.RETRY_REQUESTED));
        assertEquals(NextAction.MANUAL_REVIEW, resolve(Verdict.UNKNOWN));
        assertEquals(NextAction.MANUAL_REVIEW, resolve(Verdict.REVIEW));
        assertEquals(NextAction.MANUAL_REVIEW, resolve(Verdict.ERROR), "an error nothing explains: a person looks");
        assertEquals(NextAction.RESTART, resolve(Verdict.ABORTED), "the session is over: a new one may succeed");
        assertEquals(NextAction.REJECT, resolve(Verdict.DECLINED));
        assertEquals(NextAction.MANUAL_REVIEW, Resolution.resolve(null, null).action(), "no verdict is an unknown one");
    }

    @Test
    void aCodeRefinesTheActionWithinTheVerdictButNeverBelowIt() {
        assertEquals(NextAction.USER_ACTION, resolve(Verdict.RETRY_REQUESTED, finding("expired", EXPIRED)));
        assertEquals(NextAction.RETRY_CAPTURE, resolve(Verdict.RETRY_REQUESTED, finding("fine",
                new Reason("INFORMATIONAL", NextAction.PROCEED))));
        assertEquals(NextAction.USER_ACTION, resolve(Verdict.ERROR, finding("expired", EXPIRED)),
                "a documented error code says what to do");
        assertEquals(NextAction.MANUAL_REVIEW, resolve(Verdict.ERROR, finding("fine",
                new Reason("INFORMATIONAL", NextAction.PROCEED))), "an explained error is never a proceed");
        assertEquals(NextAction.RETRY_CAPTURE, resolve(Verdict.ERROR, finding("blur", BLURRY)),
                "the code that explains an error says what to do");
        assertEquals(NextAction.MANUAL_REVIEW, resolve(Verdict.ERROR, unrecognized("E_NEW")),
                "an error code nobody documented explains nothing");
    }

    // --- under an approval, the vendor's engine has weighed the codes ---------------------------

    @Test
    void aDocumentedDefaultAloneNeverTurnsAnApprovalIntoAnythingElse() {
        Finding underAge = finding("under_age", new Reason("AGE_BELOW_LIMIT", NextAction.REJECT));
        Resolution resolution = Resolution.resolve(Verdict.APPROVED, List.of(underAge, finding("blur", BLURRY)));
        assertEquals(NextAction.PROCEED, resolution.action());
        assertEquals(2, resolution.findings().size(), "the codes are kept all the same");
    }

    @Test
    void underAnApprovalTheVendorsOwnDecisionForACodeStillCounts() {
        Finding decided = finding("FACE_MISMATCH", FORGED).withDecision(Optional.of(NextAction.REJECT), "reject");
        assertEquals(NextAction.REJECT, resolve(Verdict.APPROVED, decided));
    }

    @Test
    void underAnApprovalACodeNobodyDocumentedGoesToAPerson() {
        Resolution resolution = Resolution.resolve(Verdict.APPROVED, List.of(unrecognized("BRAND_NEW")));
        assertEquals(NextAction.MANUAL_REVIEW, resolution.action());
        assertEquals("BRAND_NEW", resolution.decisive().orElseThrow().raw().get("code"));
        assertTrue(resolution.decisive().orElseThrow().known().isEmpty());
    }

    // --- findings --------------------------------------------------------------------------------

    @Test
    void withoutADecisionTheDocumentedActionApplies() {
        assertEquals(NextAction.USER_ACTION, finding("expired_id", EXPIRED).action());
        assertEquals(NextAction.REJECT, resolve(Verdict.REVIEW, finding("under_age",
                new Reason("AGE_BELOW_LIMIT", NextAction.REJECT))), "a code may ask for more than the verdict");
    }

    @Test
    void aDecisionTheVendorSentOverridesTheDocumentedDefault() {
        Finding decided = finding("FACE_MISMATCH", FORGED).withDecision(Optional.of(NextAction.REJECT), "reject");
        Resolution resolution = Resolution.resolve(Verdict.REVIEW, List.of(decided));
        assertEquals(NextAction.REJECT, resolution.action());
        assertEquals("reject", resolution.findings().get(0).raw().get("decision"), "the decision as sent travels along");
    }

    @Test
    void anUnknownDecisionLeavesTheDocumentedDefaultButKeepsWhatWasSent() {
        Finding odd = finding("under_age", new Reason("AGE_BELOW_LIMIT", NextAction.REJECT))
                .withDecision(Optional.empty(), "maybe");
        Resolution resolution = Resolution.resolve(Verdict.REVIEW, List.of(odd));
        assertEquals(NextAction.REJECT, resolution.action());
        assertEquals("maybe", resolution.findings().get(0).raw().get("decision"));
    }

    @Test
    void anInformationalFindingIsKeptButAsksForNothing() {
        Finding category = new Finding("failureTypes", WireCode.unrecognized(Map.of("code", "ID_DOCUMENT_EXTRACTION")),
                Optional.empty(), true, Map.of());
        Resolution resolution = Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(category));
        assertEquals(NextAction.RETRY_CAPTURE, resolution.action());
        assertEquals(List.of(category), resolution.findings());
    }

    @Test
    void aCaptureRetryBecomesARejectionOnceTheAttemptLimitIsReached() {
        Finding retry = Finding.of(new VendorCode("glare_detected", BLURRY, OptionalInt.of(3)));
        assertEquals(NextAction.RETRY_CAPTURE,
                Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(retry), 2, OptionalInt.empty()).action());
        assertEquals(NextAction.REJECT,
                Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(retry), 3, OptionalInt.empty()).action());
        assertEquals(NextAction.REJECT,
                Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(), 3, OptionalInt.of(3)).action(),
                "a retry the verdict asks for without a code is bounded by the limit given");
    }

    @Test
    void withoutAnyLimitACaptureRetryStaysARetry() {
        assertEquals(NextAction.RETRY_CAPTURE,
                Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(finding("blur", BLURRY)), new Attempts(99, 0),
                        OptionalInt.empty(), Policy.builder().noDefaultAttemptLimit().build()).action());
    }

    @Test
    void theAttemptLimitDoesNotTurnOtherActionsIntoRejections() {
        Finding expired = Finding.of(new VendorCode("expired_id", EXPIRED, OptionalInt.of(3)));
        assertEquals(NextAction.USER_ACTION,
                Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(expired), 10, OptionalInt.empty()).action());
    }

    @Test
    void severalReasonsResolveToTheMostSevereActionAndSayWhichWon() {
        Finding blurry = finding("blur", BLURRY);
        Finding forged = finding("forged", FORGED);
        Finding expired = finding("expired", EXPIRED);
        Resolution resolution = Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(blurry, forged, expired));
        assertEquals(NextAction.MANUAL_REVIEW, resolution.action());
        assertEquals(Optional.of(forged), resolution.decisive());
        assertEquals(List.of(blurry, forged, expired), resolution.findings(), "every finding is kept, in order");
    }

    @Test
    void aRejectionOutranksAnIntegrationErrorWhichOutranksEverythingElse() {
        Finding integration = finding("unauthorized", new Reason("AUTHENTICATION_FAILED", NextAction.FIX_INTEGRATION));
        Finding review = finding("forged", FORGED);
        assertEquals(NextAction.FIX_INTEGRATION, resolve(Verdict.ERROR, review, integration));
        Finding reject = finding("under_age", new Reason("AGE_BELOW_LIMIT", NextAction.REJECT));
        assertEquals(NextAction.REJECT, resolve(Verdict.ERROR, integration, reject));
    }

    @Test
    void nullFindingsAreIgnored() {
        assertEquals(NextAction.USER_ACTION, Resolution.resolve(Verdict.RETRY_REQUESTED,
                Arrays.asList(null, finding("expired", EXPIRED))).action());
        assertEquals(NextAction.PROCEED, Resolution.resolve(Verdict.APPROVED, null).action());
    }

    @Test
    void verdictsAreOrderedFromLeastToMostCautiousAndNamedAsSpecsNameThem() {
        assertEquals(List.of(Verdict.APPROVED, Verdict.IN_PROGRESS, Verdict.PENDING, Verdict.RETRY_REQUESTED,
                Verdict.UNKNOWN, Verdict.REVIEW, Verdict.ERROR, Verdict.ABORTED, Verdict.DECLINED),
                List.of(Verdict.values()));
        assertTrue(Verdict.DECLINED.isMoreCautiousThan(Verdict.APPROVED));
        assertEquals(Optional.of(Verdict.RETRY_REQUESTED), Verdict.fromSpecName("retry-requested"));
        assertEquals(Optional.empty(), Verdict.fromSpecName("unknown"), "unknown is never a spec's to give");
    }

    @Test
    void actionsAreOrderedFromLeastToMostSevereAndNamedAsSpecsNameThem() {
        assertEquals(List.of(NextAction.PROCEED, NextAction.WAIT, NextAction.RETRY_CAPTURE, NextAction.RETRY_LATER,
                NextAction.RESTART, NextAction.USER_ACTION, NextAction.MANUAL_REVIEW, NextAction.FIX_INTEGRATION,
                NextAction.REJECT), List.of(NextAction.values()));
        assertTrue(NextAction.REJECT.isMoreSevereThan(NextAction.MANUAL_REVIEW));
        assertEquals(Optional.of(NextAction.RETRY_CAPTURE), NextAction.fromSpecName("retry-capture"));
        assertEquals(Optional.empty(), NextAction.fromSpecName("RETRY_CAPTURE"));
        assertTrue(!NextAction.FIX_INTEGRATION.concernsEndUser());
    }

    // --- sessions that are over, and integration errors -------------------------------------------

    @Test
    void anAbortedSessionTurnsRetriesIntoARestartAndKeepsWhatAsksForMore() {
        assertEquals(NextAction.RESTART, resolve(Verdict.ABORTED, finding("blur", BLURRY)),
                "no capture retry is possible in a session that is over");
        assertEquals(NextAction.RESTART, resolve(Verdict.ABORTED,
                finding("down", new Reason("VENDOR_SERVICE_UNAVAILABLE", NextAction.RETRY_LATER))));
        assertEquals(NextAction.USER_ACTION, resolve(Verdict.ABORTED, finding("expired", EXPIRED)));
        assertEquals(NextAction.MANUAL_REVIEW, resolve(Verdict.ABORTED, finding("forged", FORGED)));
        assertEquals(NextAction.RETRY_CAPTURE, resolve(Verdict.RETRY_REQUESTED, finding("blur", BLURRY)),
                "within a live session a capture retry stays one");
    }

    @Test
    void aRestartIsBoundedPerPersonByThePolicy() {
        Policy twice = Policy.builder().restartLimit(2).build();
        assertEquals(NextAction.RESTART, Resolution.resolve(Verdict.ABORTED, List.of(), new Attempts(0, 1),
                OptionalInt.empty(), twice).action());
        assertEquals(NextAction.REJECT, Resolution.resolve(Verdict.ABORTED, List.of(), new Attempts(0, 2),
                OptionalInt.empty(), twice).action());
        assertEquals(NextAction.REJECT, Resolution.resolve(Verdict.ABORTED, List.of(), new Attempts(0, 3),
                OptionalInt.empty(), Policy.DEFAULTS).action(), "three restarts by default");
        assertEquals(NextAction.RESTART, Resolution.resolve(Verdict.ABORTED, List.of(), new Attempts(0, 50),
                OptionalInt.empty(), Policy.builder().noRestartLimit().build()).action());
    }

    @Test
    void anIntegrationErrorIsSaidWhateverActionWins() {
        Finding integration = finding("unauthorized", new Reason("AUTHENTICATION_FAILED", NextAction.FIX_INTEGRATION));
        Finding reject = finding("under_age", new Reason("AGE_BELOW_LIMIT", NextAction.REJECT));
        Resolution rejected = Resolution.resolve(Verdict.DECLINED, List.of(integration, reject));
        assertEquals(NextAction.REJECT, rejected.action());
        assertTrue(rejected.integrationError(), "a rejection must not hide our bug from the integrator");
        assertTrue(Resolution.resolve(Verdict.APPROVED, List.of(integration)).integrationError(),
                "even under an approval");
        assertTrue(!Resolution.resolve(Verdict.DECLINED, List.of(reject)).integrationError());
    }

    // --- the application's policy ----------------------------------------------------------------

    @Test
    void aPolicyGivesAReasonItsOwnActionButNotOverTheVendorsDecision() {
        Policy strict = Policy.builder().reason(EXPIRED, NextAction.MANUAL_REVIEW).build();
        Finding expired = finding("expired", EXPIRED);
        assertEquals(NextAction.MANUAL_REVIEW, Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(expired), Attempts.NONE,
                OptionalInt.empty(), strict).action());
        assertEquals(NextAction.USER_ACTION, Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(expired)).action(),
                "without the policy, the documented default");
        Finding decided = expired.withDecision(Optional.of(NextAction.REJECT), "reject");
        assertEquals(NextAction.REJECT, Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(decided), Attempts.NONE,
                OptionalInt.empty(), strict).action(), "the vendor's own decision for the code still wins");
    }

    @Test
    void aPolicyReplacesAnActionForFindingsAndForTheVerdictAlike() {
        Policy confirmRejections = Policy.builder().action(NextAction.REJECT, NextAction.MANUAL_REVIEW).build();
        assertEquals(NextAction.MANUAL_REVIEW, Resolution.resolve(Verdict.DECLINED, List.of(), Attempts.NONE,
                OptionalInt.empty(), confirmRejections).action());
        assertEquals(NextAction.MANUAL_REVIEW, Resolution.resolve(Verdict.REVIEW,
                List.of(finding("under_age", new Reason("AGE_BELOW_LIMIT", NextAction.REJECT))), Attempts.NONE,
                OptionalInt.empty(), confirmRejections).action());
    }

    @Test
    void noPolicyCanLetWhatTheVendorDidNotApprovePass() {
        assertThrows(IllegalArgumentException.class,
                () -> Policy.builder().action(NextAction.MANUAL_REVIEW, NextAction.PROCEED));
        Policy lenient = Policy.builder().reason(FORGED, NextAction.PROCEED).reason(BLURRY, NextAction.PROCEED).build();
        for (Verdict verdict : notApproving()) {
            Resolution resolution = Resolution.resolve(verdict, List.of(finding("forged", FORGED), finding("blur", BLURRY)),
                    Attempts.NONE, OptionalInt.empty(), lenient);
            assertNotEquals(NextAction.PROCEED, resolution.action(), verdict.toString());
        }
    }

    @Test
    void aPolicyBoundsCaptureRetriesAtVendorsThatDocumentNoLimit() {
        Finding blur = finding("blur", BLURRY);
        assertEquals(NextAction.RETRY_CAPTURE, Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(blur),
                new Attempts(2, 0), OptionalInt.empty(), Policy.DEFAULTS).action());
        assertEquals(NextAction.REJECT, Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(blur),
                new Attempts(3, 0), OptionalInt.empty(), Policy.DEFAULTS).action(),
                "three captures by default where the vendor documents no limit");
        Policy unbounded = Policy.builder().noDefaultAttemptLimit().build();
        assertEquals(NextAction.RETRY_CAPTURE, Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(blur),
                new Attempts(9, 0), OptionalInt.empty(), unbounded).action());
        Policy twoEach = Policy.builder().defaultAttemptLimit(2).build();
        assertEquals(NextAction.REJECT, Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(blur), new Attempts(2, 0),
                OptionalInt.empty(), twoEach).action());
        Policy vendorFive = Policy.builder().attemptLimit("vendor", 5).build();
        assertEquals(NextAction.RETRY_CAPTURE, Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(blur),
                new Attempts(4, 0), OptionalInt.empty(), vendorFive).action());
        assertEquals(NextAction.REJECT, Resolution.resolve(Verdict.RETRY_REQUESTED, List.of(blur), new Attempts(5, 0),
                OptionalInt.empty(), vendorFive).action());
    }
}
