package io.codebook.processor.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The grammar is the one source of the spec format: the committed JSON Schema is generated from it,
 * every shipped and test spec is valid under that schema, and the binders require exactly the keys
 * the grammar marks required.
 */
class SpecGrammarTest {

    private static final Path SCHEMAS = Path.of("..", "catalog-specs", "src", "main", "resources", "codebook");
    private static final boolean UPDATE = Boolean.getBoolean("codebook.updateSchema");

    /** YAML as editors read it (YAML 1.2's core types): {@code no}, {@code on} and dates stay text. */
    private static Yaml yaml() {
        Resolver resolver = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|false)$"), "tf");
                addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?[0-9]+$"), "-+0123456789");
                addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+)$"), "-+0123456789.");
                addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|)$"), "~n\0");
            }
        };
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(dumper), dumper, resolver);
    }

    private static List<Path> specs() throws IOException {
        List<Path> specs = new ArrayList<>();
        for (Path dir : List.of(SCHEMAS, Path.of("src", "test", "resources", "specs"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(specs::add);
            }
        }
        return specs;
    }

    @Test
    void theCommittedSchemasAreTheOnesTheGrammarGives() throws IOException {
        for (Map.Entry<String, String> schema : Map.of(SpecSchema.SPEC_FILE, SpecSchema.spec(),
                SpecSchema.OVERLAY_FILE, SpecSchema.overlay()).entrySet()) {
            Path file = SCHEMAS.resolve(schema.getKey());
            if (UPDATE) {
                Files.writeString(file, schema.getValue(), StandardCharsets.UTF_8);
            }
            assertEquals(schema.getValue(), Files.readString(file, StandardCharsets.UTF_8),
                    schema.getKey() + " differs from the grammar: run with -Dcodebook.updateSchema=true and commit it");
        }
    }

    @Test
    void everyShippedAndTestSpecIsValidUnderTheSchema() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(SpecSchema.spec()));
        List<String> invalid = new ArrayList<>();
        for (Path spec : specs()) {
            JsonNode tree = json.valueToTree(yaml().load(Files.readString(spec, StandardCharsets.UTF_8)));
            Set<ValidationMessage> messages = schema.validate(tree);
            messages.forEach(m -> invalid.add(spec.getFileName() + ": " + m.getMessage()));
        }
        assertEquals(List.of(), invalid);
        assertTrue(specs().size() >= 14, "the shipped catalogs and the test specs were read");
    }

    /** The first instance of each rule in the specs, as (spec text, path of keys and indexes to it). */
    private static void instances(Object node, SpecGrammar.Shape shape, List<Object> path, Map<String, List<Object>> found,
            Map<String, Object> roots, Object root) {
        if (shape instanceof SpecGrammar.Keyed keyed && node instanceof Map<?, ?> map) {
            SpecGrammar.Rule rule = SpecGrammar.rules().get(keyed.rule());
            if (!found.containsKey(rule.name())) {
                found.put(rule.name(), List.copyOf(path));
                roots.put(rule.name(), root);
            }
            for (SpecGrammar.Key key : rule.keys()) {
                if (map.containsKey(key.name())) {
                    List<Object> deeper = new ArrayList<>(path);
                    deeper.add(key.name());
                    instances(map.get(key.name()), key.shape(), deeper, found, roots, root);
                }
            }
        } else if (shape instanceof SpecGrammar.ListOf list && node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                List<Object> deeper = new ArrayList<>(path);
                deeper.add(i);
                instances(items.get(i), list.items(), deeper, found, roots, root);
            }
        } else if (shape instanceof SpecGrammar.MapOf of && node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                List<Object> deeper = new ArrayList<>(path);
                deeper.add(entry.getKey());
                instances(entry.getValue(), of.values(), deeper, found, roots, root);
            }
        } else if (shape instanceof SpecGrammar.OneOf oneOf) {
            oneOf.shapes().forEach(s -> instances(node, s, path, found, roots, root));
        }
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(SpecGrammarTest::copy).toList());
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> at(Object root, List<Object> path) {
        Object node = root;
        for (Object step : path) {
            node = step instanceof Integer i && node instanceof List<?> list ? list.get(i) : ((Map<Object, Object>) node).get(step);
        }
        return (Map<Object, Object>) node;
    }

    @Test
    void theBindersRequireExactlyTheKeysTheGrammarRequires() throws IOException {
        Map<String, List<Object>> found = new LinkedHashMap<>();
        Map<String, Object> roots = new LinkedHashMap<>();
        for (Path spec : specs()) {
            Object root = yaml().load(Files.readString(spec, StandardCharsets.UTF_8));
            instances(root, new SpecGrammar.Keyed("spec"), List.of(), found, roots, root);
        }
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Object>> instance : found.entrySet()) {
            SpecGrammar.Rule rule = SpecGrammar.rules().get(instance.getKey());
            for (SpecGrammar.Key key : rule.keys()) {
                Object root = copy(roots.get(rule.name()));
                Map<Object, Object> map = at(root, instance.getValue());
                if (!map.containsKey(key.name())) {
                    continue;
                }
                map.remove(key.name());
                if (map.isEmpty()) {
                    continue; // an empty map is no longer of this rule: the binder reads it as another
                }
                String text = yaml().dump(root);
                boolean reported = CatalogBinderTest.problems(text).stream()
                        .anyMatch(p -> p.contains("needs '" + key.name() + "'") || p.contains("needs a '" + key.name() + "'"));
                checked++;
                if (!key.requiredWhen().isEmpty()) {
                    continue; // required only in some maps of its kind: either answer can be right here
                }
                if (reported != key.required()) {
                    disagreements.add(rule.name() + "." + key.name() + ": grammar says " + (key.required() ? "required" : "optional")
                            + ", the binder " + (reported ? "requires it" : "does not"));
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(checked >= 60, "keys checked: " + checked);
    }

    @Test
    void theSchemaRejectsWhatTheBinderRejectsByForm() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(SpecSchema.spec()));
        String valid = Files.readString(SCHEMAS.resolve("id-analyzer.yaml"), StandardCharsets.UTF_8);
        for (String broken : List.of(valid.replace("  vendor:", "  vendr:"), valid.replaceFirst("codebook: 1", "codebook: one"),
                valid.replaceFirst("(?m)^groups:", "grups:"))) {
            JsonNode tree = json.valueToTree(yaml().load(broken));
            assertTrue(!schema.validate(tree).isEmpty(), "the schema must reject this edit too");
            assertTrue(!CatalogBinderTest.problems(broken).isEmpty(), "as the binder does");
        }
    }

    @Test
    void theReferencesKeyTablesSayWhatTheGrammarSays() throws IOException {
        String reference = Files.readString(Path.of("..", "catalog-specs", "README.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher table = Pattern.compile("(?m)^\\| key \\| type \\| required.*\\n\\|[-| ]+\\n((?:\\|.*\\n)+)")
                .matcher(reference);
        List<String> disagreements = new ArrayList<>();
        Set<String> documented = new java.util.TreeSet<>();
        while (table.find()) {
            Map<String, String> required = new LinkedHashMap<>();
            for (String row : table.group(1).strip().split("\\n")) {
                String[] cells = row.split("\\|");
                String key = cells[1].strip().replace("`", "");
                if (!key.startsWith("*")) { // "*attribute name*": the keys a map of its kind declares
                    required.put(key, cells[3].strip());
                }
            }
            SpecGrammar.Rule rule = SpecGrammar.rules().values().stream()
                    .filter(r -> Set.copyOf(r.names()).equals(required.keySet())).findFirst().orElse(null);
            if (rule == null) {
                disagreements.add("a table of keys " + required.keySet() + " matches no kind of map of the grammar");
                continue;
            }
            documented.add(rule.name());
            for (SpecGrammar.Key key : rule.keys()) {
                String said = required.get(key.name());
                boolean yes = said.startsWith("yes");
                if (key.requiredWhen().isEmpty() && yes != key.required()) {
                    disagreements.add(rule.name() + "." + key.name() + ": the reference says '" + said + "'");
                }
                if (!key.requiredWhen().isEmpty() && said.equals("no")) {
                    disagreements.add(rule.name() + "." + key.name() + ": required when " + key.requiredWhen()
                            + ", but the reference says 'no'");
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(documented.containsAll(List.of("spec", "catalog", "attribute", "group", "code", "variant", "placeholder",
                "priority", "outcome", "responses", "shape")), documented.toString());
    }
}
