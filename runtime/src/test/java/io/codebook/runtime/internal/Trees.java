package io.codebook.runtime.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the plain trees a JSON library produces, keeping the order written as most libraries do. */
final class Trees {

    private Trees() {}

    /** An object of {@code key, value, key, value, …}, in that order; values may be {@code null}. */
    static Map<String, Object> obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** An array of these values; they may be {@code null}. */
    static List<Object> arr(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
