package io.codebook.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.codebook.benchmarks.AiPriseOutcome;
import io.codebook.benchmarks.AiPriseWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AiPrise puts warnings inside each section of a result ({@code id_info.warnings[]},
 * {@code face_match.warnings[]}…), as codes or as objects with a {@code code} and a
 * {@code decision}, and sums the result up in {@code verification_result}.
 *
 * <p>Benchmark baseline: the example app's hand-written readers ({@code io.codebook.example.response}),
 * kept verbatim; only the package and the imports of generated types changed.
 */
final class AiPriseReader {

    private AiPriseReader() {}

    static boolean recognises(JsonNode root) {
        if (root.has("verification_result")) {
            return true;
        }
        return root.properties().stream().anyMatch(field -> field.getValue().path("warnings").isArray());
    }

    static Report read(JsonNode root) {
        List<String> notes = new ArrayList<>();
        Optional.ofNullable(Json.text(root, "verification_result")).ifPresent(r -> notes.add("verification_result " + r));
        List<CodeLine> lines = new ArrayList<>();
        int known = 0;
        for (Map.Entry<String, JsonNode> section : root.properties()) {
            for (JsonNode warning : section.getValue().path("warnings")) {
                String code = warning.isTextual() ? warning.asText() : Json.text(warning, "code");
                String decision = warning.isObject() ? Json.text(warning, "decision") : null;
                AiPriseOutcome outcome = AiPriseOutcome.warning(code, decision);
                known += outcome instanceof AiPriseOutcome.Warning ? 1 : 0;
                lines.add(CodeLine.of("warning in " + section.getKey(), Json.raw("code", code, "decision", decision,
                                "section", section.getKey()), AiPriseWarning.fromCode(code))
                        .withDecision(AiPriseOutcome.Decision.fromValue(decision).map(AiPriseOutcome.Decision::action)));
            }
        }
        int unknown = lines.size() - known;
        return Report.of("aiprise", "AiPrise", "Warning x" + known + (unknown > 0 ? ", Unknown x" + unknown : ""),
                lines, notes, 0);
    }
}
