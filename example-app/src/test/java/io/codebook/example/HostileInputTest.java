package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.runtime.CatalogCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vendor responses are untrusted input. A large corpus of hostile and near-miss strings goes through
 * every generated lookup, handler, factory and text accessor of all catalogs: nothing throws, and
 * nothing that is not a documented wire value is taken for one.
 */
class HostileInputTest {

    private static final int RANDOM_STRINGS = Integer.getInteger("codebook.corpus.size", 20_000);

    private static final List<String> WIRE_CODES = Stream.of(IdAnalyzerWarning.values(), AiPriseWarning.values(),
                    ArgosCode.values(), YotiReasonCode.values(), YotiFailureType.values(), YotiFailureDetail.values(),
                    CanonicalReason.values())
            .flatMap(Arrays::stream)
            .map(CatalogCode::code)
            .distinct()
            .toList();

    private static final Set<String> LIVENESS_CLIENT_DETAILS = Arrays.stream(BiometricVisionFailure.values())
            .filter(f -> f.technology() == BiometricVisionFailure.Technology.LIVENESS
                    && f.failureType() == BiometricVisionFailure.FailureType.CLIENT)
            .flatMap(f -> f.failureDetail().stream())
            .collect(java.util.stream.Collectors.toSet());

    /** null, blanks, control characters, huge, non-ASCII, and near misses of every real code. */
    private static List<String> corpus() {
        List<String> corpus = new ArrayList<>(Arrays.asList(null, "", " ", "\t", "\n", "\u0000", "\u202e", "\uFEFF",
                "x".repeat(1_000_000), "Ünïcødé ☃ 🙂", "ДОКУМЕНТ", "{0}", "%s%n%d", "'", "\\u0041", "None", "null", "~"));
        for (String code : WIRE_CODES) {
            corpus.add(code.toLowerCase(Locale.ROOT).equals(code) ? code.toUpperCase(Locale.ROOT) : code.toLowerCase(Locale.ROOT));
            corpus.add(code + " ");
            corpus.add(" " + code);
            corpus.add(code + "\u0000");
            corpus.add(code.substring(0, code.length() - 1));
        }
        for (BiometricVisionFailure failure : BiometricVisionFailure.values()) {
            failure.failureDetail().ifPresent(detail -> {
                corpus.add(detail);
                corpus.add(detail + " ");
                corpus.add(detail.toUpperCase(Locale.ROOT));
            });
        }
        Random random = new Random(42);
        for (int i = 0; i < RANDOM_STRINGS; i++) {
            int length = random.nextInt(40);
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < length; c++) {
                text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x10FFFF + 1 - 0xE000) + 0xE000
                        : random.nextInt(0x80));
            }
            corpus.add(text.toString());
        }
        return corpus;
    }

    /** A handler of all 70 codes, each answering "known", and of unknown wire values, answering "unknown". */
    @SuppressWarnings("unchecked")
    private static final IdAnalyzerWarning.Cases<String> EVERY_CODE_KNOWN = (IdAnalyzerWarning.Cases<String>)
            java.lang.reflect.Proxy.newProxyInstance(HostileInputTest.class.getClassLoader(),
                    new Class<?>[] {IdAnalyzerWarning.Cases.class},
                    (proxy, method, args) -> method.getName().equals("unknown") ? "unknown" : "known");

    @Test
    void noHostileStringIsTakenForACodeAndNothingThrows() {
        Set<String> known = new HashSet<>(WIRE_CODES);
        known.add("FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED"); // Yoti's documented alias
        int looked = 0;
        for (String wire : corpus()) {
            boolean real = wire != null && known.contains(wire);
            assertTrue(real || IdAnalyzerWarning.fromCode(wire).isEmpty(), wire);
            assertTrue(real || AiPriseWarning.fromCode(wire).isEmpty(), wire);
            assertTrue(real || YotiReasonCode.fromCode(wire).isEmpty(), wire);
            assertTrue(real || YotiFailureType.fromCode(wire).isEmpty(), wire);
            assertTrue(real || YotiFailureDetail.fromCode(wire).isEmpty(), wire);
            assertTrue(real || CanonicalReason.fromCode(wire).isEmpty(), wire);
            assertTrue(ArgosCode.fromKey(1, "retry", wire).isEmpty() || real, wire);
            assertTrue(ArgosCode.fromKey(null, wire, wire).isEmpty(), wire);
            assertTrue(BiometricVisionFailure.fromKey(wire, wire, wire).isEmpty(), wire);
            assertEquals(wire != null && LIVENESS_CLIENT_DETAILS.contains(wire),
                    BiometricVisionFailure.fromKey("Liveness", "CLIENT", wire).isPresent(), wire);
            assertEquals(wire != null && Set.of("High", "Medium", "Low", "None").contains(wire),
                    IdAnalyzerWarning.Severity.fromValue(wire).isPresent(), wire);
            String handled = IdAnalyzerWarning.match(wire, EVERY_CODE_KNOWN);
            assertEquals(IdAnalyzerWarning.fromCode(wire).isPresent() ? "known" : "unknown", handled);
            assertTrue(real || ArgosOutcome.retry(1, Arrays.asList(wire), 0).codes().get(0).known().isEmpty(), wire);
            assertTrue(real || ArgosOutcome.requestError(2, wire).code().known().isEmpty(), wire);
            assertTrue(real || ArgosOutcome.reject(wire).code().known().isEmpty(), wire);
            YotiOutcome.Aborted aborted = YotiOutcome.aborted(wire, Arrays.asList(wire), Arrays.asList(wire));
            assertTrue(real || aborted.code().known().isEmpty(), wire);
            assertEquals(wire == null ? "" : wire, aborted.code().wire(), "kept as sent");
            assertTrue(real || AiPriseOutcome.warning(wire, wire).code().known().isEmpty(), wire);
            // a severity the catalog does not know reads as empty and never discards the code
            IdAnalyzerOutcome.Warning warning = IdAnalyzerOutcome.warning("FACE_MISMATCH", wire, null);
            assertEquals(wire != null && Set.of("high", "medium", "low", "none").contains(wire),
                    warning.severity().isPresent(), wire);
            assertEquals(Optional.of(IdAnalyzerWarning.FACE_MISMATCH), warning.code().known(), wire);
            assertTrue(BiometricVisionOutcome.technologyFailure(wire, wire, wire).code().known().isEmpty());
            String locale = wire == null ? "" : wire;
            String ageText = ArgosCode.REJECT_UNDER_AGE_LIMIT.userText(Locale.forLanguageTag(locale));
            assertTrue(!ageText.isBlank() && !ageText.contains("{"), "a text to show as it is, for any locale tag");
            String text = ArgosCode.Texts.rejectBlacklistCountry(Locale.forLanguageTag(locale), wire);
            assertTrue(wire == null || wire.length() > 100_000 || text.contains(wire), "argument appears as it is");
            looked++;
        }
        assertTrue(looked > RANDOM_STRINGS);
    }

    @Test
    void everyDocumentedWireValueIsStillFoundExactly() {
        for (IdAnalyzerWarning warning : IdAnalyzerWarning.values()) {
            assertEquals(warning, IdAnalyzerWarning.fromCode(warning.code()).orElseThrow());
        }
        for (ArgosCode code : ArgosCode.values()) {
            Integer step = code.step().isPresent() ? code.step().getAsInt() : null;
            assertEquals(code, ArgosCode.fromKey(step, code.kind().value(), code.code()).orElseThrow());
        }
        for (BiometricVisionFailure failure : BiometricVisionFailure.values()) {
            assertEquals(failure, BiometricVisionFailure.fromKey(failure.technology().value(),
                    failure.failureType().value(), failure.failureDetail().orElse(null)).orElseThrow());
        }
    }
}
