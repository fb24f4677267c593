package io.codebook.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.codebook.runtime.NextAction;

/**
 * Not part of the copy: the benchmark's way in to the hand-written readers, which stay package-private
 * as they were in the app. {@link #read} dispatches as the app's {@code Vendor.read} did.
 */
public final class HandWrittenReaders {

    private HandWrittenReaders() {}

    /**
     * Reads a body with the vendor's hand-written reader.
     *
     * @param vendor the vendor, as the app's {@code --vendor} named it: argos, yoti, id-analyzer,
     *     aiprise or biometric-vision
     * @param step ARGOS's step, as the app's {@code --step} gave it; {@code null} when not known
     * @return the reader's {@code Report}, typed {@code Object} because the type is package-private
     */
    public static Object read(String vendor, JsonNode root, Integer step) {
        return switch (vendor) {
            case "argos" -> ArgosReader.read(root, step);
            case "yoti" -> YotiReader.read(root);
            case "id-analyzer" -> IdAnalyzerReader.read(root);
            case "aiprise" -> AiPriseReader.read(root);
            case "biometric-vision" -> BiometricVisionReader.read(root);
            default -> throw new IllegalArgumentException("no hand-written reader for " + vendor);
        };
    }

    /** The next action of a report {@link #read} returned. */
    public static NextAction action(Object report) {
        return ((Report) report).resolution().action();
    }

    /** The report's outcome and codes as the app printed them, to show what a reader understood. */
    public static String describe(Object report) {
        Report read = (Report) report;
        return read.outcome() + "; " + read.lines().stream()
                .map(line -> line.role() + " " + line.wire() + (line.code().isPresent() ? "" : " (unknown)"))
                .toList();
    }
}
