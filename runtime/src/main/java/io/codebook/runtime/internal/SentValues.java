package io.codebook.runtime.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Values as a vendor sent them, by name, in the order they were read: an unmodifiable copy without
 * {@code null} keys or values. A reading passes the same values from a reader to an outcome, its
 * codes and their findings; each of them copies what it is given so that nobody can change it
 * afterwards, and a copy this class made is handed on as it is instead of being copied again.
 *
 * <p>Unlike {@code Map.copyOf}, it keeps the order and answers {@code get(null)} with {@code null}.
 *
 * @param <V> the type of the values
 */
public final class SentValues<V> extends AbstractMap<String, V> {

    private static final SentValues<Object> NONE = new SentValues<>(new LinkedHashMap<>());

    private final Map<String, V> values;

    private SentValues(LinkedHashMap<String, V> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** {@code map} as an unmodifiable, ordered copy without nulls; no values for {@code null}. */
    @SuppressWarnings("unchecked") // a copy of a map of V holds V, and it can no longer be written
    public static <V> Map<String, V> of(Map<String, ? extends V> map) {
        if (map instanceof SentValues<?> copy) {
            return (Map<String, V>) copy;
        }
        if (map == null || map.isEmpty()) {
            return (Map<String, V>) NONE;
        }
        LinkedHashMap<String, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return new SentValues<>(copy);
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return values.entrySet();
    }

    @Override
    public V get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        values.forEach(action);
    }
}
