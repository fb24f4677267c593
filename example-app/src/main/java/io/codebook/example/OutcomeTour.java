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
                return "ask the user to retry (" + retry.codes() + ", retry "
                        + (retry.retryCount().isPresent() ? retry.retryCount().getAsInt() : "?") + ")";
            }

            @Override
            public String requestError(ArgosOutcome.RequestError error) {
                return "request failed: " + error.code().code() + " - " + error.code().messages().get(0).text();
            }

            @Override
            public String reject(ArgosOutcome.Reject reject) {
                return "rejected: " + reject.code().description().orElse(reject.code().code());
            }

            @Override
            public String unknown(ArgosOutcome.Unknown unknown) {
                return "not in the catalog, kept as sent: " + unknown.outcome() + " " + unknown.raw();
            }
        });
    }

    static String yoti(YotiOutcome outcome) {
        return "Yoti: " + outcome.match(new YotiOutcome.Cases<String>() {
            @Override
            public String aborted(YotiOutcome.Aborted aborted) {
                return "aborted, " + aborted.code().code() + " (failure types " + aborted.failureTypes() + ")";
            }

            @Override
            public String requirementsNotMet(YotiOutcome.RequirementsNotMet notMet) {
                return "requirements not met, " + notMet.code().code();
            }

            @Override
            public String unknown(YotiOutcome.Unknown unknown) {
                return "not in the catalog, kept as sent: " + unknown.raw();
            }
        });
    }

    static String biometric(BiometricVisionOutcome outcome) {
        return "Biometric.Vision: " + outcome.match(new BiometricVisionOutcome.PartialCases<String>() {
            @Override
            public String technologyFailure(BiometricVisionOutcome.TechnologyFailure failure) {
                return failure.code().asBiometricVisionFailure().technology().value() + " failed: "
                        + failure.code().description().orElse("");
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
                return warning.code().code() + ", reported severity "
                        + warning.severity().map(s -> s.value()).orElse("none") + ", documented "
                        + warning.code().severity().value();
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
                return warning.code().code() + ", decision " + warning.decision().map(d -> d.value()).orElse("-")
                        + " (documented default " + warning.code().defaultDecision().value() + ")";
            }

            @Override
            public String otherwise() {
                return "unknown warning";
            }
        });
    }
}
