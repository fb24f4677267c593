package io.codebook.example.response;

import static io.codebook.example.response.SpecBodies.copy;
import static io.codebook.example.response.SpecBodies.list;
import static io.codebook.example.response.SpecBodies.map;
import static io.codebook.example.response.SpecBodies.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.runtime.NextAction;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.VendorResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The fail-closed rule, checked from the shipped specs themselves: for every shape of every
 * vendor, every documented status value that does not approve, combined with no code, a code the
 * catalog does not know and a code it does, never resolves to proceed. The bodies are built from
 * the spec (its conditions, status fields and code paths), so a status value or a shape added to a
 * spec is checked without anyone writing a case for it.
 */
class FailClosedTest {

    private static final String UNDOCUMENTED = "CODEBOOK_UNDOCUMENTED_CODE";

    /** One body, what it was built to show, and the shape it was built for. */
    private record Case(String what, String shape, Object body) {}

    @Test
    void noNonApprovingStatusEverResolvesToProceedWhateverCodesCame() throws IOException {
        int checked = 0;
        TreeSet<String> shapesSeen = new TreeSet<>();
        TreeSet<String> shapesDescribed = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : SpecBodies.shippedWithResponses().entrySet()) {
            ResponseReader<?> reader = VendorReaders.BY_NAME.values().stream()
                    .filter(r -> r.catalog().id().equals(entry.getKey())).findFirst().orElseThrow();
            Map<String, Object> spec = entry.getValue();
            Map<String, Object> responses = map(spec.get("responses"));
            for (Object shapeNode : list(responses.get("shapes"))) {
                Map<String, Object> shape = map(shapeNode);
                String id = entry.getKey() + "/" + shape.get("id");
                List<Case> cases = verdictCases(shape, map(responses.get("statuses")));
                if (!cases.isEmpty()) {
                    shapesDescribed.add(id); // a shape whose only verdict is an approval has nothing to check here
                }
                for (Case verdictCase : cases) {
                    for (String variant : List.of("no code", "an undocumented code", "a documented code")) {
                        Optional<Object> body = withCodes(verdictCase.body(), shape, spec, reader, variant);
                        if (body.isEmpty()) {
                            continue; // a shape that carries no code: the no-code case covers it
                        }
                        VendorResponse response = reader.read(complete(body.get(), shape), Map.of());
                        checked++;
                        if (response.shape().equals(shape.get("id"))) {
                            shapesSeen.add(id);
                        }
                        if (response.resolve().action() == NextAction.PROCEED) {
                            failures.add(id + ", " + verdictCase.what() + ", " + variant + ": proceeds, read as "
                                    + response.shape() + " " + response.verdict() + " from " + body.get());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        TreeSet<String> buildsDescribed = new TreeSet<>();
        for (Map.Entry<String, Map<String, Object>> entry : SpecBodies.shippedWithResponses().entrySet()) {
            for (Object shapeNode : list(map(entry.getValue().get("responses")).get("shapes"))) {
                if ("approved".equals(map(shapeNode).get("verdict"))) {
                    continue;
                }
                for (Object build : list(map(shapeNode).get("outcomes"))) {
                    buildsDescribed.add(entry.getKey() + "/" + map(shapeNode).get("id") + "/" + map(build).get("kind"));
                }
            }
        }
        assertEquals(buildsDescribed, documentedFound, "a documented code was checked in every outcome of every shape");
        assertEquals(shapesDescribed, shapesSeen, "every shape was built and read as itself at least once");
        assertTrue(checked > 300, "bodies checked: " + checked);
    }

    /** The bodies that meet a shape's conditions, each with a status field set to a value that does not approve. */
    private static List<Case> verdictCases(Map<String, Object> shape, Map<String, Object> vocabularies) {
        Object base = conditions(shape);
        List<Case> cases = new ArrayList<>();
        Object verdict = shape.get("verdict");
        if (verdict instanceof String fixed) {
            if (!fixed.equals("approved")) {
                cases.add(new Case("verdict " + fixed, (String) shape.get("id"), base));
            }
            return cases;
        }
        for (Object readNode : list(verdict)) {
            Map<String, Object> read = map(readNode);
            Map<String, Object> values = map(map(vocabularies.get(read.get("status"))).get("values"));
            List<String> allowed = allowedBy(shape, (String) read.get("at"));
            for (Map.Entry<String, Object> value : values.entrySet()) {
                if (value.getValue().equals("approved") || (allowed != null && !allowed.contains(value.getKey()))) {
                    continue; // approving, or a value the shape's own conditions rule out (its trigger)
                }
                Object body = set(copy(base), (String) read.get("at"), value.getKey(), Map.of());
                cases.add(new Case(read.get("at") + " = " + value.getKey() + " (" + value.getValue() + ")",
                        (String) shape.get("id"), body));
            }
            if (allowed == null) {
                cases.add(new Case(read.get("at") + " = a value nobody documented", (String) shape.get("id"),
                        set(copy(base), (String) read.get("at"), "CODEBOOK_UNDOCUMENTED_STATUS", Map.of())));
            }
        }
        return cases;
    }

    /** The values a shape's {@code equals}/{@code in} condition on {@code path} allows; null when it has none. */
    private static List<String> allowedBy(Map<String, Object> shape, String path) {
        for (Object conditionNode : list(shape.get("when"))) {
            Map<String, Object> condition = map(conditionNode);
            if (path.equals(condition.get("at"))) {
                return condition.containsKey("equals") ? List.of(String.valueOf(condition.get("equals")))
                        : list(condition.get("in")).stream().map(String::valueOf).toList();
            }
        }
        return null;
    }

    /** A body that meets the shape's {@code equals}/{@code in} conditions; {@code present} ones are met last. */
    private static Object conditions(Map<String, Object> shape) {
        Object body = new LinkedHashMap<String, Object>();
        for (Object conditionNode : list(shape.get("when"))) {
            Map<String, Object> condition = map(conditionNode);
            if (condition.containsKey("equals")) {
                body = set(body, (String) condition.get("at"), String.valueOf(condition.get("equals")), Map.of());
            } else if (condition.containsKey("in")) {
                body = set(body, (String) condition.get("at"), String.valueOf(list(condition.get("in")).get(0)), Map.of());
            }
        }
        return body;
    }

    /** Meets the {@code present} conditions that nothing else filled. */
    private static Object complete(Object body, Map<String, Object> shape) {
        Object complete = body;
        for (Object conditionNode : list(shape.get("when"))) {
            Map<String, Object> condition = map(conditionNode);
            if (condition.containsKey("present") && !has(complete, (String) condition.get("present"))) {
                complete = set(complete, (String) condition.get("present"), "present", Map.of());
            }
        }
        return complete;
    }

    private static boolean has(Object body, String path) {
        Object current = body;
        for (String step : path.substring(1).split("/", -1)) {
            current = map(current).get(step);
            if (current == null) {
                return false;
            }
        }
        return true;
    }

    /** The outcomes of shapes for which a documented code was placed and read as documented. */
    private static final TreeSet<String> documentedFound = new TreeSet<>();

    /**
     * The body with the codes of the variant placed at every outcome's code paths; empty for a code
     * variant of a shape that carries no codes.
     */

    private static Optional<Object> withCodes(Object body, Map<String, Object> shape, Map<String, Object> spec,
            ResponseReader<?> reader, String variant) {
        List<Object> builds = list(shape.get("outcomes"));
        if (variant.equals("no code")) {
            return Optional.of(copy(body));
        }
        if (builds.isEmpty()) {
            return Optional.empty();
        }
        Object result = copy(body);
        for (Object buildNode : builds) {
            Map<String, Object> build = map(buildNode);
            if (variant.equals("an undocumented code")) {
                result = place(result, build, spec, undocumentedRow(build, spec));
                continue;
            }
            Optional<Object> known = documented(result, shape, build, spec, reader);
            if (known.isEmpty()) {
                return Optional.empty(); // this status value makes the body another shape's: no code of this one fits
            }
            documentedFound.add(map(spec.get("catalog")).get("id") + "/" + shape.get("id") + "/" + build.get("kind"));
            result = known.get();
        }
        return Optional.of(result);
    }

    /** The first row of the catalog whose code the reader reads as documented in this outcome, placed in the body. */
    private static Optional<Object> documented(Object body, Map<String, Object> shape, Map<String, Object> build,
            Map<String, Object> spec, ResponseReader<?> reader) {
        for (Map<String, Object> row : rows(spec)) {
            Object candidate = place(copy(body), build, spec, row);
            if (candidate == null) {
                continue;
            }
            VendorResponse response = reader.read(complete(candidate, shape), Map.of());
            boolean known = response.shape().equals(shape.get("id")) && response.findings().stream()
                    .anyMatch(f -> f.role().equals(build.get("kind")) && f.known().isPresent());
            if (known) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every code of the catalog as a row of its values (its group's shared values included). */
    private static List<Map<String, Object>> rows(Map<String, Object> spec) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object groupNode : list(spec.get("groups"))) {
            Map<String, Object> group = map(groupNode);
            for (Object codeNode : list(group.get("codes"))) {
                Map<String, Object> row = new LinkedHashMap<>(map(group.get("shared")));
                row.putAll(map(codeNode));
                rows.add(row);
            }
        }
        return rows;
    }

    /** A row no documented code has: its code, or (without one) its first key part read from the body. */
    private static Map<String, Object> undocumentedRow(Map<String, Object> build, Map<String, Object> spec) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", UNDOCUMENTED);
        for (Map.Entry<String, Object> part : map(build.get("key")).entrySet()) {
            row.put(part.getKey(), UNDOCUMENTED);
        }
        return row;
    }

    /**
     * Places a row's values where the outcome reads them: its code at {@code code}/{@code codes},
     * key parts at their paths, a captured key part as the key its family names; inside one element
     * with {@code each}. {@code null} when the row cannot be placed (a value no capture translates).
     */
    private static Object place(Object body, Map<String, Object> build, Map<String, Object> spec, Map<String, Object> row) {
        Map<String, String> captured = new LinkedHashMap<>();
        Object element = build.containsKey("each") ? new LinkedHashMap<String, Object>() : null;
        for (Map.Entry<String, Object> part : map(build.get("key")).entrySet()) {
            Object source = part.getValue();
            Object value = row.get(part.getKey());
            if (source instanceof String path) {
                if (value == null) {
                    continue;
                }
                if (element != null) {
                    element = set(element, path, String.valueOf(value), captured);
                } else {
                    body = set(body, path, String.valueOf(value), captured);
                }
            } else if (map(source).containsKey("capture")) {
                String wire = value == null ? null : map(map(source).get("values")).entrySet().stream()
                        .filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst()
                        .orElse(UNDOCUMENTED.equals(value) ? UNDOCUMENTED : null);
                if (wire == null) {
                    return null;
                }
                captured.put((String) map(source).get("capture"), wire);
            }
        }
        Object code = row.get("code");
        String codePath = (String) (build.containsKey("codes") ? build.get("codes") : build.get("code"));
        if (code != null && codePath != null) {
            if (element != null) {
                element = codePath.isEmpty() ? String.valueOf(code) : set(element, codePath, String.valueOf(code), captured);
            } else {
                body = set(body, codePath, String.valueOf(code), captured);
            }
        }
        if (element != null) {
            body = set(body, (String) build.get("each"), element, captured);
        }
        return body;
    }
}
