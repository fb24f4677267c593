package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Name;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecScalar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, checked access to one map of a spec. Every accessor reports what is wrong at the value's
 * position and returns empty, so a stage goes on and finds the next problem too.
 */
final class Fields {

    private final SpecMap map;
    private final String where;
    private final Problems problems;
    /** The known keys that an unknown key here was taken for ("did you mean"): meant, so not missing. */
    private final Set<String> misspelled = new HashSet<>();

    /**
     * @param where how to name this map in messages, e.g. "code UNRECOGNIZED_DOCUMENT"
     * @param known every key allowed here; others are reported with a "did you mean"
     */
    Fields(SpecMap map, String where, Collection<String> known, Problems problems) {
        this.map = map;
        this.where = where;
        this.problems = problems;
        for (SpecMap.Entry entry : map.entries()) {
            String key = entry.key().value();
            if (!known.contains(key)) {
                Optional<String> meant = Suggestions.closest(key, known);
                meant.ifPresent(misspelled::add);
                String hint = meant.map(s -> " Did you mean '" + s + "'?")
                        .orElse(" Known keys here: " + String.join(", ", known) + ".");
                problems.report(entry.key().position(), Message.UNKNOWN_KEY, key, where, hint);
            }
        }
    }

    /**
     * Whether an unknown key of this map was reported as a likely misspelling of {@code key}: the
     * value is there under a wrong name, so its absence is not a second mistake.
     */
    boolean misspelled(String key) {
        return misspelled.contains(key);
    }

    /**
     * The required {@code id} of a group or outcome: lower-case words joined by '-', and not used
     * by another of its kind ({@code seen} remembers where each was first used).
     *
     * @param format what to report for an id that is not lower-case words joined by '-'
     * @param duplicate what to report for an id used before
     */
    Optional<String> uniqueId(Message format, Message duplicate, Map<String, SpecPosition> seen) {
        Optional<String> id = text("id", true);
        id.ifPresent(value -> {
            if (!SpecLocator.CATALOG_ID.matcher(value).matches()) {
                problems.report(positionOf("id"), format, value);
            }
            SpecPosition first = seen.putIfAbsent(value, positionOf("id"));
            if (first != null) {
                problems.report(positionOf("id"), duplicate, value, first);
            }
        });
        return id;
    }

    /** Reads a nested map, or reports what a node that should have been a map is. */
    static Optional<SpecMap> asMap(SpecNode node, String what, Problems problems) {
        if (node instanceof SpecMap m) {
            return Optional.of(m);
        }
        problems.report(node.position(), Message.NOT_A_MAP, what, node.kind());
        return Optional.empty();
    }

    SpecMap map() {
        return map;
    }

    SpecPosition position() {
        return map.position();
    }

    boolean has(String key) {
        return map.get(key).isPresent();
    }

    /** Position of the value under {@code key}, or of the map when the key is absent. */
    SpecPosition positionOf(String key) {
        return map.get(key).map(SpecNode::position).orElse(map.position());
    }

    Optional<SpecNode> node(String key) {
        return map.get(key);
    }

    /** A Java name the spec asks for under {@code key}, with where it is written. */
    Optional<Name> name(String key) {
        return text(key, false).map(value -> new Name(value, positionOf(key)));
    }

    /** A text value; {@code required} reports its absence. */
    Optional<String> text(String key, boolean required) {
        Optional<SpecNode> node = map.get(key);
        if (node.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return scalarText(node.get(), "'" + key + "' in " + where, problems);
    }

    static Optional<String> scalarText(SpecNode node, String what, Problems problems) {
        if (node instanceof SpecScalar scalar && !scalar.empty()) {
            return Optional.of(scalar.value());
        }
        if (node instanceof SpecScalar) {
            problems.report(node.position(), Message.MISSING_VALUE, what);
        } else {
            problems.report(node.position(), Message.NOT_A_TEXT, what, node.kind());
        }
        return Optional.empty();
    }

    Optional<Integer> integer(String key, boolean required) {
        return text(key, required).flatMap(text -> parseInteger(text, positionOf(key), "'" + key + "' in " + where, problems));
    }

    static Optional<Integer> parseInteger(String text, SpecPosition position, String what, Problems problems) {
        if (text.matches("-?(0|[1-9][0-9]{0,9})")) {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException tooLarge) {
                // falls through to the error below
            }
        }
        problems.report(position, Message.NOT_AN_INTEGER, what, text);
        return Optional.empty();
    }

    Optional<Boolean> bool(String key, boolean required) {
        return text(key, required).flatMap(text -> parseBoolean(text, positionOf(key), "'" + key + "' in " + where, problems));
    }

    static Optional<Boolean> parseBoolean(String text, SpecPosition position, String what, Problems problems) {
        if (text.equals("true") || text.equals("false")) {
            return Optional.of(Boolean.parseBoolean(text));
        }
        problems.report(position, Message.NOT_A_BOOLEAN, what, text);
        return Optional.empty();
    }

    Optional<SpecMap> submap(String key, boolean required) {
        Optional<SpecNode> node = map.get(key);
        if (node.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return asMap(node.get(), "'" + key + "' in " + where, problems);
    }

    Optional<SpecList> list(String key, boolean required) {
        Optional<SpecNode> node = map.get(key);
        if (node.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        if (node.get() instanceof SpecList list) {
            return Optional.of(list);
        }
        problems.report(node.get().position(), Message.NOT_A_LIST, key, where, node.get().kind());
        return Optional.empty();
    }

    /** A list of texts, where a single text is also accepted (used for {@code notes}). */
    List<String> texts(String key) {
        Optional<SpecNode> node = map.get(key);
        List<String> result = new ArrayList<>();
        if (node.isEmpty()) {
            return result;
        }
        if (node.get() instanceof SpecList list) {
            for (SpecNode item : list.items()) {
                scalarText(item, "an entry of '" + key + "' in " + where, problems).ifPresent(result::add);
            }
        } else {
            scalarText(node.get(), "'" + key + "' in " + where, problems).ifPresent(result::add);
        }
        return result;
    }

    /** A list of texts where a list is expected (single values are a common slip, so said so). */
    List<String> textList(String key) {
        return textList(key, false);
    }

    /** A list of texts; {@code required} reports its absence. */
    List<String> textList(String key, boolean required) {
        List<String> result = new ArrayList<>();
        list(key, required).ifPresent(list -> {
            for (SpecNode item : list.items()) {
                scalarText(item, "an entry of '" + key + "' in " + where, problems).ifPresent(result::add);
            }
        });
        return result;
    }

    private void missing(String key) {
        if (!misspelled(key)) {
            problems.report(map.position(), Message.MISSING_KEY, where, key);
        }
    }
}
