package io.codebook.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void withoutADecisionTheDocumentedActionApplies() {
        assertEquals(NextAction.USER_ACTION, Resolution.resolve(List.of(finding("expired_id", EXPIRED)), 0).action());
    }

    @Test
    void aDecisionTheVendorSentOverridesTheDocumentedDefault() {
        Finding decided = finding("FACE_MISMATCH", FORGED).withDecision(Optional.of(NextAction.PROCEED), "accept");
        Resolution resolution = Resolution.resolve(List.of(decided), 0);
        assertEquals(NextAction.PROCEED, resolution.action());
        assertEquals("accept", resolution.findings().get(0).raw().get("decision"), "the decision as sent travels along");
    }

    @Test
    void anUnknownDecisionLeavesTheDocumentedDefaultButKeepsWhatWasSent() {
        Finding odd = finding("FACE_MISMATCH", FORGED).withDecision(Optional.empty(), "maybe");
        Resolution resolution = Resolution.resolve(List.of(odd), 0);
        assertEquals(NextAction.MANUAL_REVIEW, resolution.action());
        assertEquals("maybe", resolution.findings().get(0).raw().get("decision"));
    }

    @Test
    void aCaptureRetryBecomesARejectionOnceTheAttemptLimitIsReached() {
        Finding retry = Finding.of(new VendorCode("glare_detected", BLURRY, OptionalInt.of(3)));
        assertEquals(NextAction.RETRY_CAPTURE, Resolution.resolve(List.of(retry), 2).action());
        assertEquals(NextAction.REJECT, Resolution.resolve(List.of(retry), 3).action());
        assertEquals(NextAction.REJECT, Resolution.resolve(List.of(retry), 4).action());
    }

    @Test
    void withoutALimitACaptureRetryStaysARetry() {
        assertEquals(NextAction.RETRY_CAPTURE, Resolution.resolve(List.of(finding("blur", BLURRY)), 99).action());
    }

    @Test
    void theAttemptLimitDoesNotTurnOtherActionsIntoRejections() {
        Finding expired = Finding.of(new VendorCode("expired_id", EXPIRED, OptionalInt.of(3)));
        assertEquals(NextAction.USER_ACTION, Resolution.resolve(List.of(expired), 10).action());
    }

    @Test
    void severalReasonsResolveToTheMostSevereActionAndSayWhichWon() {
        Finding blurry = finding("blur", BLURRY);
        Finding forged = finding("forged", FORGED);
        Finding expired = finding("expired", EXPIRED);
        Resolution resolution = Resolution.resolve(List.of(blurry, forged, expired), 0);
        assertEquals(NextAction.MANUAL_REVIEW, resolution.action());
        assertEquals(Optional.of(forged), resolution.decisive());
        assertEquals(List.of(blurry, forged, expired), resolution.findings(), "every finding is kept, in order");
    }

    @Test
    void aRejectionOutranksAnIntegrationErrorWhichOutranksEverythingElse() {
        Finding integration = finding("unauthorized", new Reason("AUTHENTICATION_FAILED", NextAction.FIX_INTEGRATION));
        Finding review = finding("forged", FORGED);
        assertEquals(NextAction.FIX_INTEGRATION, Resolution.resolve(List.of(review, integration), 0).action());
        Finding reject = finding("under_age", new Reason("AGE_BELOW_LIMIT", NextAction.REJECT));
        assertEquals(NextAction.REJECT, Resolution.resolve(List.of(integration, reject), 0).action());
    }

    @Test
    void somethingTheCatalogDoesNotKnowGoesToAPersonWithItsRawValues() {
        Finding unknown = Finding.unknown(Map.of("code", "BRAND_NEW"));
        Resolution resolution = Resolution.resolve(List.of(finding("blur", BLURRY), unknown), 0);
        assertEquals(NextAction.MANUAL_REVIEW, resolution.action());
        assertEquals("BRAND_NEW", resolution.decisive().orElseThrow().raw().get("code"));
        assertTrue(resolution.decisive().orElseThrow().code().isEmpty());
    }

    @Test
    void nothingToResolveMeansProceedAndNullsAreIgnored() {
        assertEquals(NextAction.PROCEED, Resolution.resolve(List.of(), 0).action());
        assertEquals(NextAction.PROCEED, Resolution.resolve(null, 0).action());
        assertEquals(NextAction.USER_ACTION,
                Resolution.resolve(Arrays.asList(null, finding("expired", EXPIRED)), 0).action());
    }

    @Test
    void actionsAreOrderedFromLeastToMostSevereAndNamedAsSpecsNameThem() {
        assertEquals(List.of(NextAction.PROCEED, NextAction.RETRY_CAPTURE, NextAction.RETRY_LATER, NextAction.USER_ACTION,
                NextAction.MANUAL_REVIEW, NextAction.FIX_INTEGRATION, NextAction.REJECT), List.of(NextAction.values()));
        assertTrue(NextAction.REJECT.isMoreSevereThan(NextAction.MANUAL_REVIEW));
        assertEquals(Optional.of(NextAction.RETRY_CAPTURE), NextAction.fromSpecName("retry-capture"));
        assertEquals(Optional.empty(), NextAction.fromSpecName("RETRY_CAPTURE"));
        assertTrue(!NextAction.FIX_INTEGRATION.concernsEndUser());
    }
}
