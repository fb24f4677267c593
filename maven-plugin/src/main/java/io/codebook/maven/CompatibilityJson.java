package io.codebook.maven;

import io.codebook.processor.compat.Change;
import io.codebook.processor.compat.CompatibilityReport;
import io.codebook.processor.compat.Effect;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.json.JsonString;
import io.codebook.processor.specset.SpecError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The machine-readable form of a compatibility report, written without a JSON library (the plugin
 * depends on nothing but the processor): one change per line, so two reports diff line by line.
 */
final class CompatibilityJson {

    private CompatibilityJson() {}

    static String of(CompatibilityReport report, FailOn failOn) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"baseline\": ").append(string(report.baseline())).append(",\n");
        json.append("  \"current\": ").append(string(report.current())).append(",\n");
        json.append("  \"failOn\": ").append(string(failOn.id())).append(",\n");
        json.append("  \"catalogs\": ").append(report.catalogs()).append(",\n");
        List<String> counts = new ArrayList<>();
        for (Effect effect : Effect.values()) {
            counts.add(string(effect.name()) + ": " + report.count(effect));
        }
        json.append("  \"counts\": {").append(String.join(", ", counts)).append("},\n");
        json.append("  \"failing\": ").append(failOn.failing(report).size()).append(",\n");
        json.append("  \"changes\": ").append(array(report.changes().stream().map(CompatibilityJson::change).toList()))
                .append(",\n");
        json.append("  \"errors\": ").append(array(report.errors().stream().map(CompatibilityJson::error).toList()))
                .append("\n}\n");
        return json.toString();
    }

    private static String change(Change change) {
        return "{\"catalog\": " + string(change.catalog()) + ", \"effect\": " + string(change.effect().name())
                + ", \"kind\": " + string(change.kind().name()) + ", \"position\": " + position(Optional.of(change.position()))
                + ", \"message\": " + string(change.message()) + "}";
    }

    private static String error(SpecError error) {
        return "{\"catalog\": " + string(error.catalog()) + ", \"version\": " + string(error.version()) + ", \"id\": "
                + string(error.problem().id()) + ", \"position\": " + position(error.problem().position())
                + ", \"message\": " + string(error.problem().message()) + "}";
    }

    private static String position(Optional<SpecPosition> position) {
        return position.map(p -> "{\"file\": " + string(p.file()) + ", \"line\": " + p.line() + ", \"column\": "
                + p.column() + "}").orElse("null");
    }

    private static String array(List<String> items) {
        return items.isEmpty() ? "[]" : "[\n    " + String.join(",\n    ", items) + "\n  ]";
    }

    /** A JSON string, escaped as everything Codebook writes as JSON is. */
    static String string(String text) {
        return JsonString.of(text);
    }
}
