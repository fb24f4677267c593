package io.codebook.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UnrecognizedResponseTest {

    /** What every generated {@code Unrecognized} record is, stripped of its catalog. */
    private record Body(Object tree) implements UnrecognizedResponse {
        @Override
        public Resolution resolve(Policy policy, Attempts attempts) {
            return Resolution.resolve(verdict(), findings(), attempts, OptionalInt.empty(), policy);
        }
    }

    @Test
    void aBodyOfNoDocumentedShapeKeepsTheBodyConcludesNothingAndGoesToAPerson() {
        Map<String, Object> tree = Map.of("surprise", List.of(1, 2));
        Body body = new Body(tree);
        assertEquals("unrecognized", body.shape());
        assertEquals(Verdict.UNKNOWN, body.verdict());
        assertEquals(List.of(), body.findings());
        assertEquals(Map.of(), body.statuses());
        assertEquals(OptionalInt.empty(), body.attemptsMade());
        assertEquals(tree, body.tree());
        assertEquals(NextAction.MANUAL_REVIEW, body.resolve().action());
    }
}
