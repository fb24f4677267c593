package io.codebook.example;

import io.codebook.runtime.CatalogCode;
import java.util.Optional;

/**
 * The typed facts each vendor's row carries, read through the generated accessors: this is where
 * an application would decide what to do with a code.
 */
final class VendorFacts {

    private VendorFacts() {}

    private static java.util.List<String> reasonCodes(java.util.List<YotiReasonCode> codes) {
        return codes.stream().map(YotiReasonCode::code).toList();
    }

    static Optional<String> of(CatalogCode code) {
        if (code instanceof IdAnalyzerWarning warning) {
            return Optional.of("severity " + warning.severity().value() + ", confidence " + warning.confidence().value());
        }
        if (code instanceof AiPriseWarning warning) {
            return Optional.of("default decision " + warning.defaultDecision().value());
        }
        if (code instanceof BiometricVisionFailure failure) {
            return Optional.of("technology " + failure.technology().value() + ", failure type "
                    + failure.failureType().value() + failure.failureDetail().map(d -> ", detail \"" + d + "\"").orElse(""));
        }
        if (code instanceof ArgosCode argos) {
            return Optional.of(argos.kind().value() + " code"
                    + (argos.step().isPresent() ? " of step " + argos.step().getAsInt() : "")
                    + (argos.httpStatus().isPresent() ? ", HTTP " + argos.httpStatus().getAsInt() : "")
                    + argos.requiredOption().map(o -> ", only with option '" + o + "'").orElse(""));
        }
        if (code instanceof YotiReasonCode reason) {
            return Optional.of("returned as " + String.join(" or ", reason.returnedAs().stream().map(r -> r.value()).toList())
                    + ", in " + String.join(" and ", reason.integrationTypes().stream().map(t -> t.value()).toList()));
        }
        if (code instanceof YotiFailureDetail detail) {
            StringBuilder facts = new StringBuilder(detail.provider().map(p -> "provider " + p.value() + ", ").orElse(""))
                    .append("with failure types ")
                    .append(detail.failureTypes().stream().map(YotiFailureType::code).toList())
                    .append(", reason codes ").append(reasonCodes(detail.reasonCodes()));
            for (YotiFailureDetail.Variant row : detail.variants()) {
                facts.append("\n    row: ").append(row.description().orElse(""))
                        .append(row.provider().map(p -> " (provider " + p.value() + ")").orElse(""))
                        .append(row.reasonCodes().isEmpty() ? "" : ", reason codes " + reasonCodes(row.reasonCodes()));
            }
            return Optional.of(facts.toString());
        }
        return Optional.empty();
    }
}
