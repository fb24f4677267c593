package io.codebook.example.response;

import io.codebook.example.AiPriseResponse;
import io.codebook.example.ArgosResponse;
import io.codebook.example.BiometricVisionResponse;
import io.codebook.example.IdAnalyzerResponse;
import io.codebook.example.YotiResponse;
import io.codebook.runtime.ResponseReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The generated readers of the vendors this app integrates, by the name {@code --vendor} takes. The
 * app holds no knowledge of any vendor's JSON: which shapes a body may have, and what they mean, is
 * in each vendor's catalog spec.
 */
final class VendorReaders {

    /** In the order a body of unnamed vendor is tried against them. */
    static final Map<String, ResponseReader<?>> BY_NAME = byName();

    private VendorReaders() {}

    private static Map<String, ResponseReader<?>> byName() {
        Map<String, ResponseReader<?>> readers = new LinkedHashMap<>();
        readers.put("argos", ArgosResponse.READER);
        readers.put("yoti", YotiResponse.READER);
        readers.put("id-analyzer", IdAnalyzerResponse.READER);
        readers.put("aiprise", AiPriseResponse.READER);
        readers.put("biometric-vision", BiometricVisionResponse.READER);
        return readers;
    }

    /** The named vendor's reader. */
    static Optional<ResponseReader<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The first reader that recognises the body's shape. */
    static Optional<ResponseReader<?>> recognising(Object tree) {
        return BY_NAME.values().stream().filter(reader -> reader.recognises(tree)).findFirst();
    }
}
