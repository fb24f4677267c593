package io.codebook.example;

import io.codebook.runtime.CatalogCode;
import java.util.Optional;

/**
 * The typed facts each vendor's row carries, read through the generated accessors: this is where
 * an application would decide what to do with a code.
 */
final class VendorFacts {

    private VendorFacts() {}

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
        return Optional.empty();
    }
}
