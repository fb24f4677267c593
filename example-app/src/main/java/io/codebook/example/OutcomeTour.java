package io.codebook.example;

import java.io.PrintStream;
import java.util.List;

/**
 * What vendor responses mean as typed outcomes: each vendor's answer is built with the generated
 * factory from the values the vendor sent, and handled with the generated exhaustive handlers, so
 * this class stops compiling the day a spec gains a kind of outcome it does not handle.
 */
final class OutcomeTour {

    private OutcomeTour() {}

    static void print(PrintStream out) {
        out.println(argos(ArgosOutcome.retry(1, List.of("glare_detected", "image_too_blurry"), 1)));
        out.println(argos(ArgosOutcome.requestError(2, "exceeded_72hour_limit")));
        out.println(argos(ArgosOutcome.reject("too_many_retry")));
        out.println(argos(ArgosOutcome.retry(1, List.of("glare_detected", "brand_new_retry"), 1)));
        out.println(yoti(YotiOutcome.aborted("UNABLE_TO_VALIDATE_DOCUMENT",
                List.of("ID_DOCUMENT_AUTHENTICITY"), List.of())));
        out.println(biometric(BiometricVisionOutcome.technologyFailure("Liveness", "CALC_RESULT", "Closed eyes")));
        out.println(biometric(BiometricVisionOutcome.flowFailure("EXPIRED", "Flow session was expired")));
        out.println(idAnalyzer(IdAnalyzerOutcome.warning("DOCUMENT_EXPIRED", "high", "reject")));
        out.println(aiPrise(AiPriseOutcome.warning("FACE_NOT_LIVE", "DECLINED")));
    }

    static String argos(ArgosOutcome outcome) {
        return "ARGOS: " + outcome.match(new ArgosOutcome.Cases<String>() {
            @Override
            public String retry(ArgosOutcome.Retry retry) {
                return "ask the user to retry (" + String.join(", ", retry.codes().stream().map(OutcomeTour::named).toList())
                        + ", retry " + (retry.retryCount().isPresent() ? retry.retryCount().getAsInt() : "?") + ")";
            }

            @Override
            public String requestError(ArgosOutcome.RequestError error) {
                return "request failed: " + error.code().match(
                        code -> code.code() + " - " + code.messages().get(0).text(),
                        unrecognized -> "a code the catalog does not know, kept as sent " + unrecognized.sent());
            }

            @Override
            public String reject(ArgosOutcome.Reject reject) {
                return "rejected: " + reject.code().match(code -> code.description().orElse(code.code()),
                        unrecognized -> unrecognized.wire() + " (not in the catalog)");
            }
        });
    }

    /** A code as a person reads it: its constant, or what was sent when the catalog does not know it. */
    private static String named(io.codebook.runtime.WireCode<? extends io.codebook.runtime.CatalogCode> code) {
        return code.match(known -> known.name(), unrecognized -> "unrecognized " + unrecognized.wire());
    }

    static String yoti(YotiOutcome outcome) {
        return "Yoti: " + outcome.match(new YotiOutcome.Cases<String>() {
            @Override
            public String aborted(YotiOutcome.Aborted aborted) {
                return "aborted, " + named(aborted.code()) + " (failure types "
                        + aborted.failureTypes().stream().map(OutcomeTour::named).toList() + ")";
            }

            @Override
            public String requirementsNotMet(YotiOutcome.RequirementsNotMet notMet) {
                return "requirements not met, " + named(notMet.code());
            }
        });
    }

    static String biometric(BiometricVisionOutcome outcome) {
        return "Biometric.Vision: " + outcome.match(new BiometricVisionOutcome.PartialCases<String>() {
            @Override
            public String technologyFailure(BiometricVisionOutcome.TechnologyFailure failure) {
                return failure.code().match(code -> code.asBiometricVisionFailure().technology().value() + " failed: "
                        + code.description().orElse(""), unrecognized -> "a failure not in the catalog: " + unrecognized.sent());
            }

            @Override
            public String otherwise() {
                return "the flow ended: " + outcome;
            }
        });
    }

    static String idAnalyzer(IdAnalyzerOutcome outcome) {
        return "ID Analyzer: " + outcome.match(new IdAnalyzerOutcome.PartialCases<String>() {
            @Override
            public String warning(IdAnalyzerOutcome.Warning warning) {
                return warning.code().match(code -> code.code() + ", reported severity "
                        + warning.severity().map(s -> s.value()).orElse("none") + ", documented "
                        + code.severity().value(), unrecognized -> "unrecognized " + unrecognized.wire());
            }

            @Override
            public String otherwise() {
                return "unknown warning";
            }
        });
    }

    static String aiPrise(AiPriseOutcome outcome) {
        return "AiPrise: " + outcome.match(new AiPriseOutcome.PartialCases<String>() {
            @Override
            public String warning(AiPriseOutcome.Warning warning) {
                return warning.code().match(code -> code.code() + ", decision "
                        + warning.decision().map(d -> d.value()).orElse("-") + " (documented default "
                        + code.defaultDecision().value() + ")", unrecognized -> "unrecognized " + unrecognized.wire());
            }

            @Override
            public String otherwise() {
                return "unknown warning";
            }
        });
    }
}
