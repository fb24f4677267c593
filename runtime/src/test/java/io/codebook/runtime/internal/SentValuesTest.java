package io.codebook.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentValuesTest {

    @Test
    void aCopyKeepsTheOrderSentAndLeavesNullsOut() {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("retryCode", "glare");
        sent.put(null, "no name");
        sent.put("retryMsg", null);
        sent.put("attempts", "2");

        Map<String, String> copy = SentValues.of(sent);

        assertEquals(List.of("retryCode", "attempts"), List.copyOf(copy.keySet()));
        assertEquals(Map.of("retryCode", "glare", "attempts", "2"), copy);
        assertNull(copy.get(null), "a lookup of no name answers nothing, as a LinkedHashMap would");
        assertTrue(SentValues.of(null).isEmpty());
    }

    @Test
    void nobodyCanChangeACopyNorTheMapItWasMadeFrom() {
        Map<String, String> sent = new HashMap<>(Map.of("code", "A"));
        Map<String, String> copy = SentValues.of(sent);

        sent.put("code", "B");

        assertEquals("A", copy.get("code"));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("code", "C"));
        assertThrows(UnsupportedOperationException.class, () -> copy.entrySet().iterator().next().setValue("C"));
    }

    @Test
    void aCopyIsHandedOnAsItIsNotCopiedAgain() {
        Map<String, String> copy = SentValues.of(Map.of("code", "A"));

        assertSame(copy, SentValues.of(copy));
    }
}
