package io.codebook.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.codebook.benchmarks.IdAnalyzerOutcome;
import io.codebook.benchmarks.IdAnalyzerWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ID Analyzer sends {@code warning[]} entries with {@code code}, {@code description}, lower-case
 * {@code severity} and {@code decision}, and a top-level {@code decision}.
 *
 * <p>Benchmark baseline: the example app's hand-written readers ({@code io.codebook.example.response}),
 * kept verbatim; only the package and the imports of generated types changed.
 */
final class IdAnalyzerReader {

    private IdAnalyzerReader() {}

    static Report read(JsonNode root) {
        List<String> notes = new ArrayList<>();
        Optional.ofNullable(Json.text(root, "decision")).ifPresent(d -> notes.add("overall decision " + d));
        List<CodeLine> lines = new ArrayList<>();
        int known = 0;
        int unknown = 0;
        for (JsonNode entry : Json.objects(root, "warning")) {
            String code = Json.text(entry, "code");
            String severity = Json.text(entry, "severity");
            String decision = Json.text(entry, "decision");
            IdAnalyzerOutcome outcome = IdAnalyzerOutcome.warning(code, severity, decision);
            Optional<IdAnalyzerOutcome.Warning> warning = outcome instanceof IdAnalyzerOutcome.Warning w
                    ? Optional.of(w) : Optional.empty();
            if (warning.isPresent()) {
                known++;
            } else {
                unknown++;
            }
            lines.add(CodeLine.of("warning", Json.raw("code", code, "severity", severity, "decision", decision,
                            "description", Json.text(entry, "description")), IdAnalyzerWarning.fromCode(code))
                    .withDecision(IdAnalyzerOutcome.Decision.fromValue(decision).map(IdAnalyzerOutcome.Decision::action)));
        }
        return Report.of("id-analyzer", "ID Analyzer", "Warning x" + known + (unknown > 0 ? ", Unknown x" + unknown : ""),
                lines, notes, 0);
    }
}
