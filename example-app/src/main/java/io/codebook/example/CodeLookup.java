package io.codebook.example;

import io.codebook.runtime.CatalogCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Looks up what a vendor sent in the catalog generated for that vendor. Each vendor identifies a
 * code differently (one string, or technology + failure type + detail), so each gets its own
 * parser of the wire values; the generated lookups do the rest.
 */
final class CodeLookup {

    /** A vendor catalog the app knows, and how to find a code in it from wire values. */
    record Vendor(String catalogId, String keyHelp, Function<List<String>, Optional<? extends CatalogCode>> lookup) {}

    static final Map<String, Vendor> VENDORS = Map.of(
            "id-analyzer", new Vendor("id-analyzer", "CODE",
                    wire -> IdAnalyzerWarning.fromCode(part(wire, 0))),
            "aiprise", new Vendor("aiprise", "CODE",
                    wire -> AiPriseWarning.fromCode(part(wire, 0))),
            "biometric-vision", new Vendor("biometric-vision", "TECHNOLOGY FAILURE_TYPE [DETAIL]",
                    wire -> BiometricVisionFailure.fromKey(part(wire, 0), part(wire, 1), part(wire, 2))),
            "argos", new Vendor("argos", "STEP KIND CODE (STEP may be '-' for reject codes)",
                    wire -> ArgosCode.fromKey(step(part(wire, 0)), part(wire, 1), part(wire, 2))),
            "yoti-reason", new Vendor("yoti-reason", "REASON_CODE",
                    wire -> YotiReasonCode.fromCode(part(wire, 0))),
            "yoti-failure-detail", new Vendor("yoti-failure-detail", "DETAILS",
                    wire -> YotiFailureDetail.fromCode(part(wire, 0))));

    private CodeLookup() {}

    /** The i-th wire value, or null where the vendor sent fewer: lookups treat null as absent. */
    private static String part(List<String> wire, int index) {
        return index < wire.size() ? wire.get(index) : null;
    }

    /** A step as ARGOS numbers it; anything else (including '-') is no step. */
    private static Integer step(String text) {
        if (text == null || !text.matches("[0-9]{1,3}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
