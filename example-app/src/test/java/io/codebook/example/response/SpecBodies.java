package io.codebook.example.response;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Builds vendor bodies from what the shipped specs say about them: for a shape, a body that meets
 * its conditions, with a status field set to a value and codes placed where the spec says they
 * sit. Used to check the readers against every documented status value, not only against the
 * samples someone thought of.
 */
final class SpecBodies {

    private SpecBodies() {}

    /** The shipped specs that describe responses, by catalog id. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> shippedWithResponses() throws IOException {
        Map<String, Map<String, Object>> specs = new LinkedHashMap<>();
        Path dir = Path.of(System.getProperty("user.dir")).resolveSibling("catalog-specs")
                .resolve("src/main/resources/codebook");
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Map<String, Object> spec = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
                    if (spec.containsKey("responses")) {
                        specs.put((String) ((Map<String, Object>) spec.get("catalog")).get("id"), spec);
                    }
                }
            }
        }
        return specs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> ? (List<Object>) value : List.of();
    }

    /**
     * Sets {@code value} at {@code path} in {@code body}, creating what is missing: an object for
     * a key, a list of one for {@code *}, the key {@code family} names (its prefix, {@code captured},
     * its suffix) for a key family. An existing value on the way is kept unless it is in the way.
     */
    @SuppressWarnings("unchecked")
    static Object set(Object body, String path, Object value, Map<String, String> captured) {
        if (path.isEmpty()) {
            return value;
        }
        List<String> steps = new ArrayList<>(List.of(path.substring(1).split("/", -1)));
        Object root = body == null ? new LinkedHashMap<String, Object>() : body;
        Object current = root;
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i).replace("~1", "/").replace("~0", "~");
            boolean last = i == steps.size() - 1;
            String nextStep = last ? null : steps.get(i + 1);
            Object fresh = last ? value : nextStep.equals("*") ? new ArrayList<>() : new LinkedHashMap<String, Object>();
            if (step.equals("*")) {
                List<Object> list = (List<Object>) current;
                Object element = list.isEmpty() ? null : list.get(list.size() - 1);
                boolean fits = !last && (nextStep.equals("*") ? element instanceof List : element instanceof Map);
                if (last || !fits) {
                    list.add(fresh);
                }
                current = list.get(list.size() - 1);
                continue;
            }
            int open = step.indexOf('<');
            String key = open >= 0 ? step.substring(0, open) + captured.getOrDefault(
                    step.substring(open + 1, step.indexOf('>')), "x") + step.substring(step.indexOf('>') + 1) : step;
            Map<String, Object> map = (Map<String, Object>) current;
            Object existing = map.get(key);
            boolean fits = nextStep != null && (nextStep.equals("*") ? existing instanceof List : existing instanceof Map);
            if (last || !fits) {
                map.put(key, last ? value : fresh);
            }
            current = map.get(key);
        }
        return root;
    }

    /** A deep copy of a body built from maps and lists, so that one case does not change another. */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }
}
