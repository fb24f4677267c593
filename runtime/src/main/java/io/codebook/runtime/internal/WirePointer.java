package io.codebook.runtime.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Used by generated code; not an API of its own, and it may change in any release (it is public only
 * because generated code lives in its users' packages).
 *
 * <p>A JSON Pointer (RFC 6901) into the plain tree any JSON library produces ({@code Map} with
 * {@code String} keys, {@code List}, {@code String}, {@code Number}, {@code Boolean}, {@code null}),
 * with two wildcards a catalog spec may use: {@code *}, every element of an array, and a key family
 * such as {@code <tech>_result}, every key of an object that starts and ends as written, whose middle
 * is captured under the name in angle brackets. Walking a pointer never throws and never recurses
 * into the tree, so no tree, however deep or odd, makes it fail.
 */
public final class WirePointer {

    /** One step of a pointer. */
    private sealed interface Step permits Key, Each, Family {}

    private record Key(String name) implements Step {}

    private record Each() implements Step {}

    private record Family(String prefix, String capture, String suffix) implements Step {}

    /**
     * A value the pointer reaches, with what each wildcard matched on the way: the index of an array
     * element (or {@code -1} where a single value stood for the array), the key a family matched.
     *
     * @param value the value reached; never {@code null}
     * @param bindings one per wildcard of the pointer, in order: {@code Integer} or {@code String}
     * @param captures the middle of each key a family matched, by the family's name
     */
    public record Match(Object value, List<Object> bindings, Map<String, String> captures) {

        public Match {
            Objects.requireNonNull(value, "value");
            bindings = Collections.unmodifiableList(bindings);
            captures = Collections.unmodifiableMap(captures);
        }

        /** What the family named {@code name} captured; {@code null} when it has no such family. */
        public String capture(String name) {
            return captures.get(name);
        }
    }

    private final String text;
    private final List<Step> steps;
    /** Whether every step is a key: then the pointer reaches one value at most, found without a walk. */
    private final boolean keysOnly;

    private WirePointer(String text, List<Step> steps) {
        this.text = text;
        this.steps = List.copyOf(steps);
        this.keysOnly = steps.stream().allMatch(Key.class::isInstance);
    }

    /**
     * The pointer written as {@code text}: {@code ""} for the whole value, else {@code /}-separated
     * steps with {@code ~0} for {@code ~} and {@code ~1} for {@code /}.
     *
     * @throws IllegalArgumentException for text that is not such a pointer; the processor checks
     *     every pointer of a spec, so generated code never passes one
     */
    public static WirePointer parse(String text) {
        if (text.isEmpty()) {
            return new WirePointer(text, List.of());
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("A pointer starts with '/': " + text);
        }
        List<Step> steps = new ArrayList<>();
        for (String token : text.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            int open = token.indexOf('<');
            if (token.equals("*")) {
                steps.add(new Each());
            } else if (open >= 0 && token.indexOf('>', open) > open + 1) {
                int close = token.indexOf('>', open);
                steps.add(new Family(token.substring(0, open), token.substring(open + 1, close),
                        token.substring(close + 1)));
            } else {
                steps.add(new Key(name));
            }
        }
        return new WirePointer(text, steps);
    }

    /**
     * Every value this pointer reaches in {@code root}, in document order; {@code null} values are
     * not reached.
     *
     * @param oneOrMany whether a value that is not an array counts as its own single element where
     *     the pointer says {@code *} (a vendor that sends one object where its docs show a list)
     */
    public List<Match> all(Object root, boolean oneOrMany) {
        if (keysOnly) {
            Object value = first(root, oneOrMany);
            return value == null ? List.of() : List.of(new Match(value, List.of(), Map.of()));
        }
        List<Match> found = new ArrayList<>();
        List<Object> bindings = new ArrayList<>();
        java.util.LinkedHashMap<String, String> captures = new java.util.LinkedHashMap<>();
        walk(root, 0, oneOrMany, bindings, captures, found);
        return found;
    }

    /** The first value {@link #all} would reach; {@code null} when none. */
    public Object first(Object root, boolean oneOrMany) {
        if (keysOnly) {
            // most pointers of a spec name one value: read it without the walk's bookkeeping
            Object current = root;
            for (int i = 0; i < steps.size() && current != null; i++) {
                current = child(current, ((Key) steps.get(i)).name());
            }
            return current;
        }
        List<Match> all = all(root, oneOrMany);
        return all.isEmpty() ? null : all.get(0).value();
    }

    /**
     * The value at this pointer with its wildcards bound as {@code bound}'s were: the message at
     * {@code /retry/3/retryMsg} for the code at {@code /retry/3/retryCode}, the comment at
     * {@code /Items/0/kyc/comment/2} for the code at {@code /Items/0/kyc/commentCode/2}.
     * {@code null} when there is none.
     */
    public Object bound(Object root, Match bound) {
        Object current = root;
        int wildcard = 0;
        for (Step step : steps) {
            if (current == null) {
                return null;
            }
            if (step instanceof Key key) {
                current = child(current, key.name());
                continue;
            }
            Object binding = wildcard < bound.bindings().size() ? bound.bindings().get(wildcard) : null;
            wildcard++;
            if (step instanceof Family family) {
                String key = familyKey(family, bound.capture(family.capture()), binding);
                if (key == null) {
                    return null;
                }
                current = child(current, key);
            } else if (binding instanceof Integer index) {
                current = index < 0 ? current : current instanceof List<?> list && index < list.size() ? list.get(index) : null;
            } else if (binding instanceof String key) {
                current = child(current, key);
            } else {
                return null;
            }
        }
        return current;
    }

    /**
     * The key of {@code family} whose middle is what the other pointer's family of the same name
     * captured ({@code liveness_reason} for {@code <tech>_reason} beside {@code liveness_result});
     * without such a capture, the key the other pointer's wildcard matched, if it is of this family.
     */
    private static String familyKey(Family family, String captured, Object binding) {
        if (captured != null && !captured.isEmpty()) {
            return family.prefix() + captured + family.suffix();
        }
        return binding instanceof String name && name.length() > family.prefix().length() + family.suffix().length()
                && name.startsWith(family.prefix()) && name.endsWith(family.suffix()) ? name : null;
    }

    private void walk(Object value, int at, boolean oneOrMany, List<Object> bindings,
            java.util.LinkedHashMap<String, String> captures, List<Match> found) {
        if (value == null) {
            return;
        }
        if (at == steps.size()) {
            found.add(new Match(value, bindings.isEmpty() ? List.of() : new ArrayList<>(bindings),
                    captures.isEmpty() ? Map.of() : new java.util.LinkedHashMap<>(captures)));
            return;
        }
        Step step = steps.get(at);
        if (step instanceof Key key) {
            walk(child(value, key.name()), at + 1, oneOrMany, bindings, captures, found);
        } else if (step instanceof Each) {
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    bindings.add(i);
                    walk(list.get(i), at + 1, oneOrMany, bindings, captures, found);
                    bindings.remove(bindings.size() - 1);
                }
            } else if (oneOrMany) {
                bindings.add(-1);
                walk(value, at + 1, oneOrMany, bindings, captures, found);
                bindings.remove(bindings.size() - 1);
            }
        } else if (step instanceof Family family && value instanceof Map<?, ?> map) {
            for (Object key : new ArrayList<>(map.keySet())) { // not List.copyOf: a HashMap may hold a null key
                if (key instanceof String name && name.length() > family.prefix().length() + family.suffix().length()
                        && name.startsWith(family.prefix()) && name.endsWith(family.suffix())) {
                    bindings.add(name);
                    captures.put(family.capture(),
                            name.substring(family.prefix().length(), name.length() - family.suffix().length()));
                    walk(child(map, name), at + 1, oneOrMany, bindings, captures, found);
                    captures.remove(family.capture());
                    bindings.remove(bindings.size() - 1);
                }
            }
        }
    }

    /** The member {@code name} of an object, or the element an index names in an array; else {@code null}. */
    private static Object child(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            try {
                return map.get(name);
            } catch (RuntimeException notKeyedByString) {
                return null; // a sorted map of other keys: nothing here is a JSON member
            }
        }
        if (value instanceof List<?> list && !name.isEmpty() && name.length() < 10 && name.chars().allMatch(c -> c >= '0' && c <= '9')
                && (name.length() == 1 || name.charAt(0) != '0')) {
            int index = Integer.parseInt(name);
            return index < list.size() ? list.get(index) : null;
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
