package io.codebook.example.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;

/** The vendors whose responses the app reads, and how each is recognised from its payload's shape. */
enum Vendor {
    ARGOS("argos"),
    YOTI("yoti"),
    ID_ANALYZER("id-analyzer"),
    AIPRISE("aiprise"),
    BIOMETRIC_VISION("biometric-vision");

    private final String flag;

    Vendor(String flag) {
        this.flag = flag;
    }

    String flag() {
        return flag;
    }

    static Optional<Vendor> fromFlag(String flag) {
        return Arrays.stream(values()).filter(v -> v.flag.equals(flag)).findFirst();
    }

    /** The vendor whose documented shape the payload has; the most specific shapes are tried first. */
    static Optional<Vendor> recognise(JsonNode root) {
        if (!root.isObject()) {
            return Optional.empty();
        }
        if (YotiReader.recognises(root)) {
            return Optional.of(YOTI);
        }
        if (BiometricVisionReader.recognises(root)) {
            return Optional.of(BIOMETRIC_VISION);
        }
        if (root.has("retry") || root.has("retryCode") || root.has("errorCode") || root.has("kyc_result")
                || root.has("kycStatus")) {
            return Optional.of(ARGOS);
        }
        if (root.path("warning").isArray()) {
            return Optional.of(ID_ANALYZER);
        }
        if (AiPriseReader.recognises(root)) {
            return Optional.of(AIPRISE);
        }
        return Optional.empty();
    }

    Report read(JsonNode root, Integer step) {
        return switch (this) {
            case ARGOS -> ArgosReader.read(root, step);
            case YOTI -> YotiReader.read(root);
            case ID_ANALYZER -> IdAnalyzerReader.read(root);
            case AIPRISE -> AiPriseReader.read(root);
            case BIOMETRIC_VISION -> BiometricVisionReader.read(root);
        };
    }
}
