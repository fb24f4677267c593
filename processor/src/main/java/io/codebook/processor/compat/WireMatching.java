package io.codebook.processor.compat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs the codes (or enum values) of two versions that a consumer meets as the same one: first by
 * what the vendor sends (the wire key, other spellings included), then, for one whose wire key
 * changed, by its generated constant. What pairs with nothing was removed, or added.
 *
 * @param <T> what is matched
 */
final class WireMatching<T> {

    /** How a pair was recognised. */
    enum How {
        /** The same wire key. */
        SAME_KEY,
        /** The baseline's wire key is now another spelling (an alias) of the current one: it still reads. */
        KEY_NOW_ALIAS,
        /** A spelling the baseline accepted besides its key is now the key, and the old key no longer reads. */
        ALIAS_NOW_KEY,
        /** The same constant stands for another wire key. */
        SAME_CONSTANT
    }

    /**
     * What one item is known by.
     *
     * @param key its wire key (a code's key parts, a value's spelling)
     * @param aliasKeys the wire keys its other spellings give
     * @param constant its generated constant's name
     */
    record Item<T>(T item, Object key, List<Object> aliasKeys, String constant) {

        Item {
            aliasKeys = List.copyOf(aliasKeys);
        }
    }

    record Pair<T>(T baseline, T current, How how) {}

    private final List<Pair<T>> pairs;
    private final List<T> removed;
    private final List<T> added;
    private final Map<T, T> currentOf = new IdentityHashMap<>();

    private WireMatching(List<Pair<T>> pairs, List<T> removed, List<T> added) {
        this.pairs = List.copyOf(pairs);
        this.removed = List.copyOf(removed);
        this.added = List.copyOf(added);
        pairs.forEach(pair -> currentOf.put(pair.baseline(), pair.current()));
    }

    /**
     * @param byWire whether wire keys of the two versions can be compared at all; when the key's shape
     *     changed they cannot, and only constants pair items
     */
    static <T> WireMatching<T> match(List<Item<T>> baseline, List<Item<T>> current, boolean byWire) {
        Map<Object, Item<T>> byKey = new HashMap<>();
        Map<Object, Item<T>> byAlias = new HashMap<>();
        Map<String, Item<T>> byConstant = new HashMap<>();
        for (Item<T> item : current) {
            byKey.putIfAbsent(item.key(), item);
            item.aliasKeys().forEach(alias -> byAlias.putIfAbsent(alias, item));
            byConstant.putIfAbsent(item.constant(), item);
        }
        Map<Item<T>, Pair<T>> found = new IdentityHashMap<>();
        Set<Item<T>> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        if (byWire) {
            for (Item<T> old : baseline) {
                wireMatch(old, byKey, byAlias).ifPresent(pair -> {
                    found.put(old, new Pair<>(old.item(), pair.item().item(), pair.how()));
                    taken.add(pair.item());
                });
            }
        }
        for (Item<T> old : baseline) {
            Item<T> same = byConstant.get(old.constant());
            if (!found.containsKey(old) && same != null && !taken.contains(same)) {
                found.put(old, new Pair<>(old.item(), same.item(), How.SAME_CONSTANT));
                taken.add(same);
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> removed = new ArrayList<>();
        for (Item<T> old : baseline) {
            Pair<T> pair = found.get(old);
            if (pair == null) {
                removed.add(old.item());
            } else {
                pairs.add(pair);
            }
        }
        List<T> added = current.stream().filter(item -> !taken.contains(item)).map(Item::item).toList();
        return new WireMatching<>(pairs, removed, added);
    }

    private record Found<T>(Item<T> item, How how) {}

    private static <T> Optional<Found<T>> wireMatch(Item<T> old, Map<Object, Item<T>> byKey,
            Map<Object, Item<T>> byAlias) {
        if (byKey.containsKey(old.key())) {
            return Optional.of(new Found<>(byKey.get(old.key()), How.SAME_KEY));
        }
        if (byAlias.containsKey(old.key())) {
            return Optional.of(new Found<>(byAlias.get(old.key()), How.KEY_NOW_ALIAS));
        }
        return old.aliasKeys().stream().filter(byKey::containsKey).findFirst()
                .map(alias -> new Found<>(byKey.get(alias), How.ALIAS_NOW_KEY));
    }

    List<Pair<T>> pairs() {
        return pairs;
    }

    /** The baseline's items that pair with nothing, in the baseline's order. */
    List<T> removed() {
        return removed;
    }

    /** The current items that no baseline item pairs with, in the current order. */
    List<T> added() {
        return added;
    }

    /** What a baseline item is now, if anything. */
    Optional<T> currentOf(T baseline) {
        return Optional.ofNullable(currentOf.get(baseline));
    }
}
