package io.codebook.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.codebook.benchmarks.BiometricVisionFailure;
import io.codebook.benchmarks.BiometricVisionOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Biometric.Vision webhooks: {@code technology.end} with one technology's {@code failure_reason}
 * ({@code {type, detail}} or {@code null}), and {@code flow.end} with the flow's own
 * {@code failure_reason} and a result per technology.
 *
 * <p>Benchmark baseline: the example app's hand-written readers ({@code io.codebook.example.response}),
 * kept verbatim; only the package and the imports of generated types changed.
 */
final class BiometricVisionReader {

    private BiometricVisionReader() {}

    static boolean recognises(JsonNode root) {
        String event = Json.text(root, "event");
        return (event != null && (event.startsWith("flow.") || event.startsWith("technology."))) || root.has("technologies");
    }

    static Report read(JsonNode root) {
        List<String> notes = new ArrayList<>();
        String event = Json.text(root, "event");
        if (event != null) {
            notes.add("event " + event);
        }
        List<CodeLine> lines = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        JsonNode flowFailure = root.path("flow").path("failure_reason");
        if (flowFailure.isObject()) {
            String type = Json.text(flowFailure, "type");
            String detail = Json.text(flowFailure, "detail");
            outcomes.add(name(BiometricVisionOutcome.flowFailure(type, detail)));
            lines.add(CodeLine.of("flow failure", Json.raw("technology", "Flow", "type", type, "detail", detail),
                    BiometricVisionFailure.fromKey("Flow", type, detail)));
        }
        List<JsonNode> technologies = new ArrayList<>(Json.objects(root, "technologies"));
        if (root.has("technology")) {
            technologies.add(root);
        }
        for (JsonNode result : technologies) {
            JsonNode failure = result.path("failure_reason");
            if (!failure.isObject()) {
                continue; // null: the technology passed
            }
            String technology = Json.text(result, "technology");
            String type = Json.text(failure, "type");
            String detail = Json.text(failure, "detail");
            outcomes.add(name(BiometricVisionOutcome.technologyFailure(technology, type, detail)));
            lines.add(CodeLine.of("technology failure", Json.raw("technology", technology, "type", type,
                    "detail", detail), BiometricVisionFailure.fromKey(technology, type, detail)));
        }
        return Report.of("biometric-vision", "Biometric.Vision", outcomes.isEmpty() ? "no failure" : String.join(", ", outcomes),
                lines, notes, 0);
    }

    private static String name(BiometricVisionOutcome outcome) {
        return outcome.match(new BiometricVisionOutcome.Cases<String>() {
            @Override
            public String technologyFailure(BiometricVisionOutcome.TechnologyFailure failure) {
                return "TechnologyFailure";
            }

            @Override
            public String flowFailure(BiometricVisionOutcome.FlowFailure failure) {
                return "FlowFailure";
            }
        });
    }
}
