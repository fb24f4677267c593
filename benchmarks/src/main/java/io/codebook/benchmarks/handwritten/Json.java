package io.codebook.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// Benchmark baseline: the example app's hand-written reader code (io.codebook.example.response), kept
// verbatim; only the package and the imports of generated types changed. See package-info.java.
/**
 * Small, forgiving reads of vendor JSON: absent, null and empty values are all "none".
 *
 * <p>Benchmark baseline: the example app's hand-written readers ({@code io.codebook.example.response}),
 * kept verbatim; only the package and the imports of generated types changed.
 */
final class Json {

    private Json() {}

    /** The text of a field, or null when it is absent, null or empty (vendors send all three). */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.asInt();
        }
        if (value.isTextual() && value.asText().matches("[0-9]{1,9}")) {
            return Integer.valueOf(value.asText());
        }
        return null;
    }

    /** A field that is a list of objects, a single object, or empty: always a list. */
    static List<JsonNode> objects(JsonNode node, String field) {
        JsonNode value = node.path(field);
        List<JsonNode> objects = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> {
                if (item.isObject()) {
                    objects.add(item);
                }
            });
        } else if (value.isObject()) {
            objects.add(value);
        }
        return objects;
    }

    /** Raw values for the record, dropping the ones the response did not send. */
    static Map<String, String> raw(String... keysAndValues) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                raw.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return raw;
    }
}
