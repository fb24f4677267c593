package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.compat.Effect;
import org.junit.jupiter.api.Test;

/** {@code failOn} reads as users write it and fails the build at its level and above, never below. */
class FailOnTest {

    @Test
    void eachLevelFailsOnItsEffectAndTheMoreSevereOnes() {
        assertTrue(FailOn.COMPILE.fails(Effect.COMPILE));
        assertFalse(FailOn.COMPILE.fails(Effect.RUNTIME));
        assertFalse(FailOn.COMPILE.fails(Effect.SAFE));
        assertTrue(FailOn.RUNTIME.fails(Effect.COMPILE));
        assertTrue(FailOn.RUNTIME.fails(Effect.RUNTIME));
        assertFalse(FailOn.RUNTIME.fails(Effect.SAFE));
        assertTrue(FailOn.ANY.fails(Effect.SAFE));
        for (Effect effect : Effect.values()) {
            assertFalse(FailOn.NONE.fails(effect), "none never fails: " + effect);
        }
    }

    @Test
    void theParameterIsReadWhateverItsCase() {
        assertEquals(FailOn.RUNTIME, FailOn.parse("runtime"));
        assertEquals(FailOn.RUNTIME, FailOn.parse(" RUNTIME "));
        assertEquals("compile", FailOn.COMPILE.id());
    }

    @Test
    void anUnknownLevelSaysWhichOnesExist() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> FailOn.parse("breaking"));

        assertEquals("failOn is 'breaking'; use one of compile, runtime, any, none", wrong.getMessage());
    }
}
